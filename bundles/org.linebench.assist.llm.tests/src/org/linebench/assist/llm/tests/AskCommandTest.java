package org.linebench.assist.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.llm.ask.Prompt;
import org.linebench.assist.llm.cli.AskCommand;
import org.linebench.assist.llm.cli.BenchAskCommand;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.testing.LoopbackChatServer;

/** {@code linebench ask} and {@code bench-ask} as the user runs them: hits, a model's answer beside them, and bad input refused. */
class AskCommandTest {
  private static final String Q = "which stations have no Chinese warning?";

  @TempDir
  static Path cwd;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void copy() throws Exception {
    AskFixture.copy("bodyshop-noncompliant", cwd);
  }

  static Run run(Command c, Locale locale, String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = c.run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), locale, cwd));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void hitsWithoutAModel() throws Exception {
    Run r = run(new AskCommand(), Locale.ENGLISH, Q, "bodyshop-noncompliant", "--rules", "cn", "--top", "5");
    assertEquals(ExitCode.OK, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("5 hits for \"which stations have no Chinese warning\\?\" \\(\\d+ documents: rules, elements, findings\\):"), r.out());
    assertTrue(lines.get(1).startsWith(" 1. element  bodyshop-noncompliant/bodyshop-bad.line:"), r.out());
    for (String station : List.of("bodyshop-bad.line:21  ChangchunBad.BodyInWhite.OP10  station OP10 \"上件\"",
        "bodyshop-bad.line:48  ChangchunBad.BodyInWhite.OP30  station OP30", "bodyshop-bad.line:58  ChangchunBad.BodyInWhite.OP40  station OP40 \"螺柱焊\"")) {
      assertTrue(lines.subList(1, 7).stream().anyMatch(l -> l.endsWith(station)), station + " in\n" + r.out());
    }
    assertTrue(r.out().contains("      station OP30 : WeldCell { · text warning en \"Danger: robots in motion\""), r.out());
    assertTrue(r.out().contains("finding  bodyshop-noncompliant/bodyshop-bad.line:48  ChangchunBad.BodyInWhite.OP30  Hazardous equipment carries a Chinese warning"
        + "  [Product Quality Law of the PRC (2018), Art. 27]"), r.out());
  }

  @Test
  void chineseTitles() throws Exception {
    Run r = run(new AskCommand(), Locale.SIMPLIFIED_CHINESE, "哪些工位的光幕距离不够？", "bodyshop-noncompliant", "--rules", "cn", "--top", "3");
    assertTrue(r.out().contains(" 1. element  bodyshop-noncompliant/bodyshop-bad.line:35  ChangchunBad.BodyInWhite.OP20.LC20  光幕 LC20 \"上件光幕\"\n"), r.out());
  }

  @Test
  void theModelsAnswerBesideTheHits() throws Exception {
    try (LoopbackChatServer server = new LoopbackChatServer(r -> LoopbackChatServer.completion("OP30 [2] and OP40 [3] carry no warning in Chinese."))) {
      Path config = cwd.resolve("model.properties");
      Files.writeString(config, "kind = openai\nendpoint = " + server.endpoint() + "\nmodel = qwen2.5:7b\ntimeout-seconds = 10\n");
      Run r = run(new AskCommand(), Locale.ENGLISH, Q, "bodyshop-noncompliant", "--rules", "cn", "--model-config", "model.properties", "--top", "4");
      assertEquals(ExitCode.OK, r.code(), r.err());
      assertTrue(r.out().startsWith("Answer of the language model qwen2.5:7b @ " + server.endpoint() + "/chat/completions (its words, not checked by "
          + "LineBench; the hits below are LineBench's):\nOP30 [2] and OP40 [3] carry no warning in Chinese.\n\n4 hits for \"" + Q + "\""), r.out());
      String user = server.requests().get(0).body().getAsJsonArray("messages").get(1).getAsJsonObject().get("content").getAsString();
      assertTrue(user.contains(Prompt.OPEN + "\n[1] element | bodyshop-noncompliant/bodyshop-bad.line:"), user);
      assertEquals(4, user.lines().filter(l -> l.matches("\\[\\d\\] .*")).count(), user);
      assertEquals("qwen2.5:7b", server.requests().get(0).body().get("model").getAsString());
    }
  }

  @Test
  void anUnreachableModelKeepsTheHitsAndExitsWithTwo() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path config = cwd.resolve("gone.properties");
    Files.writeString(config, "kind = openai\nendpoint = http://127.0.0.1:" + port + "\nmodel = m\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandException e = assertThrows(CommandException.class, () -> new AskCommand().run(new CommandContext(List.of(Q, "bodyshop-noncompliant",
        "--rules", "cn", "--model-config", "gone.properties"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Locale.ENGLISH, cwd)));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals("No language model answers at http://127.0.0.1:" + port + "/v1/chat/completions (connection refused): is the server running?",
        e.getMessage());
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("10 hits for"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badInput() throws Exception {
    AskCommand ask = new AskCommand();
    assertEquals("Give a question and at least one line file or folder: linebench ask \"QUESTION\" <file|folder>...",
        assertThrows(UsageException.class, () -> run(ask, Locale.ENGLISH)).getMessage());
    assertEquals("Give at least one line file or folder after the question.",
        assertThrows(UsageException.class, () -> run(ask, Locale.ENGLISH, Q)).getMessage());
    assertEquals("--top takes a whole number from 1 to 100, not \"0\".",
        assertThrows(UsageException.class, () -> run(ask, Locale.ENGLISH, Q, "bodyshop-noncompliant", "--top", "0")).getMessage());
    assertTrue(assertThrows(UsageException.class, () -> run(ask, Locale.ENGLISH, Q, "bodyshop-noncompliant", "--rules", "xx")).getMessage()
        .startsWith("Unknown rule pack \"xx\"; installed: "));
    CommandException missing = assertThrows(CommandException.class, () -> run(ask, Locale.ENGLISH, Q, "nowhere"));
    assertEquals(ExitCode.USAGE, missing.exitCode());
    assertEquals("No such file or folder: " + cwd.resolve("nowhere"), missing.getMessage());
    CommandException config = assertThrows(CommandException.class,
        () -> run(ask, Locale.ENGLISH, Q, "bodyshop-noncompliant", "--model-config", "none.properties"));
    assertEquals("Model configuration " + cwd.resolve("none.properties") + " does not exist.", config.getMessage());
    Files.writeString(cwd.resolve("half.properties"), "kind = openai\nmodel = m\n");
    assertEquals("A language model of kind openai needs an endpoint (e.g. endpoint = http://127.0.0.1:11434/v1).", assertThrows(CommandException.class,
        () -> run(ask, Locale.ENGLISH, Q, "nowhere", "--model-config", "half.properties")).getMessage());
    Files.createDirectories(cwd.resolve("empty"));
    assertEquals("No line files (*.line) in empty.", assertThrows(CommandException.class, () -> run(ask, Locale.ENGLISH, Q, "empty")).getMessage());
  }

  @Test
  void registeredAsCommands() {
    var registered = java.util.Arrays.stream(org.eclipse.core.runtime.RegistryFactory.getRegistry()
        .getConfigurationElementsFor("org.linebench.cli.commands")).filter(e -> e.getContributor().getName().equals("org.linebench.assist.llm"))
        .map(e -> e.getAttribute("name") + "=" + e.getAttribute("class")).toList();
    assertEquals(List.of("ask=" + AskCommand.class.getName(), "bench-ask=" + BenchAskCommand.class.getName()), registered);
  }

  @Test
  void benchPrintsTheFigure() throws Exception {
    Run r = run(new BenchAskCommand(), Locale.ENGLISH, "--plants", "1", "--rules", "cn,eu");
    assertTrue(r.out().matches("(?s)\\d+ of \\d+ findings \\(\\d+\\.\\d %\\) have their own clause among the 3 best rules; \\d+ rules among them, 2 languages\\.\n"
        + "Time per query over \\d+ documents: median \\d+\\.\\d\\d ms, 95th percentile \\d+\\.\\d\\d ms, slowest \\d+\\.\\d\\d ms; \\d+ indexes \\(one per folder and language\\) built in \\d+ ms in all\\.\n.*"),
        r.out());
    assertEquals("--plants takes a whole number from 0 to 1000, not \"many\".",
        assertThrows(UsageException.class, () -> run(new BenchAskCommand(), Locale.ENGLISH, "--plants", "many")).getMessage());
  }
}
