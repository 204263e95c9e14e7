package org.linebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linebench.cli.ExitCode;
import org.linebench.cli.internal.Cli;
import org.linebench.cli.internal.CommandRegistry;

/** The command line's contract, driven through the real extension registry. */
class CliTest {

  private record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new Cli(CommandRegistry.fromPlatform(), o, e, Path.of("/work")).run(List.of(args));
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsEveryContributedCommandWithItsDescription() {
    Result r = run("help");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("Usage: linebench"), r.out());
    assertTrue(r.out().matches("(?s).*\\n  help +Show the commands.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\n  version +Show the version.*"), r.out());
    assertTrue(r.out().contains("test-echo"), "commands of other bundles are listed: " + r.out());
    assertTrue(r.out().indexOf("  help ") < r.out().indexOf("  version "), "sorted by name");
    assertEquals("", r.err());
  }

  @Test
  void noArgumentsAndGlobalHelpShowTheOverview() {
    String overview = run("help").out();
    assertEquals(overview, run().out());
    assertEquals(overview, run("--help").out());
    assertEquals(overview, run("-h").out());
  }

  @Test
  void unknownCommandIsAUsageErrorWithOneLineOnStderr() {
    Result r = run("no-such-command");
    assertEquals(ExitCode.USAGE, r.code());
    assertEquals("", r.out(), "nothing on stdout but results");
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("'no-such-command'"), r.err());
  }

  @Test
  void helpOfAnUnknownCommandSaysSoOnce() {
    Result r = run("help", "frob");
    assertEquals(ExitCode.USAGE, r.code());
    assertEquals(List.of("linebench help: unknown command 'frob'. Run 'linebench help' for the list of commands."), r.errLines());
  }

  @Test
  void helpOptionOfACommandPrintsItsUsageWithoutRunningIt() {
    Result r = run("test-crash", "--help");
    assertEquals(ExitCode.OK, r.code());
    assertEquals("test-crash", r.out().strip());
    Result h = run("help", "test-echo");
    assertEquals(ExitCode.OK, h.code());
    assertTrue(h.out().startsWith("Usage: test-echo"), h.out());
  }

  @Test
  void optionsArePassedToTheCommandWithoutTheGlobalOnes() {
    Result r = run("--lang", "zh", "test-echo", "a.line", "--format=json", "--strict", "b.line", "--lang=en", "--", "--c");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertEquals("lang=en strict=true format=json files=[a.line, b.line, --c]", r.out().strip());
    assertEquals("lang=zh strict=false format=- files=[]", run("test-echo", "--lang", "zh").out().strip());
  }

  @Test
  void badOptionsAreUsageErrors() {
    for (String[] args : new String[][] {{"test-echo", "--nope"}, {"test-echo", "--format"}, {"test-echo", "--strict=yes"},
        {"version", "extra", "--bad"}, {"--lang"}, {"--lang", "fr", "help"}}) {
      Result r = run(args);
      assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args));
      assertEquals(1, r.errLines().size(), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void inputErrorsAreOneLineWithExitCode2() {
    Result r = run("test-input");
    assertEquals(ExitCode.USAGE, r.code());
    assertEquals(List.of("linebench test-input: no such file: missing.line"), r.errLines());
  }

  @Test
  void findingsGiveExitCode1AndResultsOnStdout() {
    Result r = run("test-findings");
    assertEquals(ExitCode.FINDINGS, r.code());
    assertEquals("a finding", r.out().strip());
  }

  @Test
  void aCrashingCommandIsAnInternalErrorNamingItsBundleWithoutStackTrace() {
    Result r = run("test-crash");
    assertEquals(ExitCode.INTERNAL, r.code());
    assertTrue(r.err().contains("org.linebench.cli.tests.TestCommands$Crash"), "names the culprit: " + r.err());
    assertTrue(r.err().contains("IllegalStateException: boom"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
    Result d = run("--debug", "test-crash");
    assertTrue(d.err().contains("\tat org.linebench.cli.tests.TestCommands$Crash.run"), d.err());
  }

  @Test
  void versionNamesLineBenchJavaAndPlatform() {
    Result r = run("version");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().startsWith("LineBench 0.1.0"), r.out());
    assertTrue(r.out().contains(System.getProperty("java.version")), r.out());
    assertEquals(r.out(), run("--version").out());
  }

  @Test
  void languagesAreParsed() {
    assertEquals("zh", Cli.parseLanguage("zh").orElseThrow().getLanguage());
    assertEquals("CN", Cli.parseLanguage("zh-CN").orElseThrow().getCountry());
    assertEquals("en", Cli.parseLanguage("EN").orElseThrow().getLanguage());
    assertTrue(Cli.parseLanguage("de").isEmpty());
  }
}
