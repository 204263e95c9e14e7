package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.sim.cli.SimulateCommand;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code linebench simulate}: its reports on the body shop example, and how it refuses bad input. */
class SimulateCommandTest {
  private static final String[] SHORT = {"--horizon", "2w", "--warmup", "1d", "--replications", "4"};

  record Run(int code, String out, String err) {}

  static Run simulate(Path cwd, String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new SimulateCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, cwd));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] with(String... more) {
    String[] all = new String[more.length + SHORT.length];
    System.arraycopy(more, 0, all, 0, more.length);
    System.arraycopy(SHORT, 0, all, more.length, SHORT.length);
    return all;
  }

  private static Path repo() {
    return Lines.examples().getParent();
  }

  @Test
  void theBodyshopReportsStatesThroughputOeeAndTheBottleneck() throws Exception {
    Run r = simulate(repo(), with("examples/bodyshop", "--line", "BodyInWhite"));
    assertEquals(ExitCode.OK, r.code(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("Simulation of line BodyInWhite\n4 replications of 14 d each (warm-up 1 d), seed 1;"), out);
    assertTrue(out.matches("(?s).*\nThroughput: \\d+\\.\\d\\d pieces/h \\(95 % confidence interval \\d+\\.\\d\\d to \\d+\\.\\d\\d\\)\n.*"), out);
    assertTrue(out.contains("\nLine OEE: "), out);
    assertTrue(out.matches("(?s).*\nstation\\s+working\\s+starved\\s+blocked\\s+failed\\s+set-up\\s+off shift\\s+util\\.\\s+OEE.*"), out);
    for (String s : List.of("OP10", "OP20", "OP30", "OP40", "OP50", "OP60")) {
      assertTrue(out.matches("(?s).*\n" + s + "( \\*)?\\s+\\d+\\.\\d.*"), s + " has a row: " + out);
    }
    assertTrue(out.matches("(?s).*\nBottleneck: OP\\d0 \\(active-period method: mean active period .*"), out);
    assertTrue(out.contains("OP20: model TipWear scores a mean failure probability of 0.0"), out);
    assertTrue(out.contains("B1 (6 places): mean fill"), out);
    assertTrue(r.err().contains("simulating: 100 %"), r.err());
    assertFalse(r.err().contains("warning:"), "a short run does not warn: " + r.err());
    assertTrue(r.err().contains("model 'TipWear' scored 600 rows for station 'OP20'"), r.err());
  }

  @Test
  void jsonCsvAndHtml(@TempDir Path dir) throws Exception {
    Run json = simulate(repo(), with("examples/bodyshop", "--line", "BodyInWhite", "--format", "json", "--no-what-if"));
    JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
    assertEquals("BodyInWhite", o.get("line").getAsString());
    assertEquals(6, o.getAsJsonArray("stations").size());
    assertEquals(3, o.getAsJsonArray("shifts").size());
    assertTrue(o.getAsJsonObject("throughputPerHour").get("mean").getAsDouble() > 10);
    assertEquals(0, o.getAsJsonArray("whatIfs").size(), "--no-what-if");
    JsonObject op20 = o.getAsJsonArray("stations").get(1).getAsJsonObject();
    assertEquals("OP20", op20.get("name").getAsString());
    assertEquals("TipWear", op20.get("model").getAsString());

    Run csv = simulate(repo(), with("examples/bodyshop", "--line", "BodyInWhite", "--format", "csv", "--no-what-if"));
    List<String> rows = csv.out().lines().toList();
    assertEquals(8, rows.size(), csv.out());
    assertTrue(rows.get(0).startsWith("element,label,working,starved,blocked,failed,setup,off_shift,utilisation,"), rows.get(0));
    assertTrue(rows.get(7).startsWith("BodyInWhite,line,"), rows.get(7));
    Path csvFile = dir.resolve("report.csv");
    simulate(repo(), with("examples/bodyshop", "--line", "BodyInWhite", "--format", "csv", "--no-what-if", "--output", csvFile.toString()));
    byte[] bytes = Files.readAllBytes(csvFile);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "a byte order mark for Excel");
    simulate(repo(), with("examples/bodyshop", "--line", "BodyInWhite", "--format", "csv", "--no-what-if", "--no-bom", "--output", csvFile.toString()));
    assertTrue(Files.readString(csvFile, StandardCharsets.UTF_8).startsWith("element,label,"), "--no-bom");

    Path html = dir.resolve("report.html");
    Run h = simulate(repo(), with("examples/bodyshop", "--line", "BodyInWhite", "--format", "html", "--no-what-if", "--output", html.toString()));
    assertEquals("", h.out());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg") && page.contains("Simulation of line BodyInWhite"), page);
    assertTrue(h.err().contains("report written to " + html), h.err());
  }

  @Test
  void usageErrors() {
    assertThrows(UsageException.class, () -> simulate(repo()));
    UsageException horizon = assertThrows(UsageException.class, () -> simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--horizon", "1 year"));
    assertEquals("--horizon needs a duration such as 90s, 30min, 8h, 1d, 2w or 1y (got '1 year')", horizon.getMessage());
    UsageException warmup = assertThrows(UsageException.class, () -> simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--horizon", "1d",
        "--warmup", "2d"));
    assertEquals("the warm-up (2 d) must be shorter than the horizon (1 d)", warmup.getMessage());
    UsageException format = assertThrows(UsageException.class, () -> simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--format", "pdf"));
    assertEquals("unknown format 'pdf'; formats: text, json, csv, html", format.getMessage());
    assertThrows(UsageException.class, () -> simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--replications", "0"));
    UsageException one = assertThrows(UsageException.class, () -> simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--replications", "1"));
    assertEquals("--replications must be between 2 and 10000 (got 1): the confidence intervals come from the spread between the replications",
        one.getMessage());
    CommandException missing = assertThrows(CommandException.class, () -> simulate(repo(), "examples/nowhere"));
    assertEquals(ExitCode.USAGE, missing.exitCode());
    assertTrue(missing.getMessage().startsWith("no such file or folder: "), missing.getMessage());
  }

  @Test
  void aLineThatCannotRunIsRefusedWithFileLineAndElement(@TempDir Path dir) throws Exception {
    String clean = """
        namespace t
        plant P {
        	country CN
        	line L {
        		source In
        		station A assembly {
        			cycle-time 30 s
        		}
        		station B assembly {
        			cycle-time 40 s
        		}
        		sink Out
        		flow In -> A
        		flow A -> B
        		flow B -> Out
        	}
        }
        """;
    Lines.write(dir, "ok.line", clean);
    assertEquals(ExitCode.OK, simulate(dir, "ok.line", "--horizon", "1d", "--warmup", "1h", "--replications", "2").code());

    Lines.write(dir.resolve("nocycle"), "a.line", clean.replace("\t\t\tcycle-time 40 s\n", ""));
    CommandException e = assertThrows(CommandException.class, () -> simulate(dir, "nocycle", "--horizon", "2d"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals("the line files have errors (1): fix them first (linebench validate shows them all)", e.getMessage());

    Lines.write(dir.resolve("nosource"), "a.line", clean.replace("\t\tsource In\n", "").replace("\t\tflow In -> A\n", ""));
    ByteArrayOutputStream err2 = new ByteArrayOutputStream();
    assertThrows(CommandException.class, () -> new SimulateCommand().run(new CommandContext(List.of("nosource", "--horizon", "2d"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err2, true, StandardCharsets.UTF_8),
        Locale.ENGLISH, dir)));
    String shown = err2.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("nosource/a.line:4:"), shown);
    assertTrue(shown.contains("error: line 'L' has no source: material must enter somewhere [line.no-source]"), shown);

    Lines.write(dir.resolve("two"), "a.line", clean.replace("\tline L {", "\tline M {\n\t\tsource I\n\t\tstation X assembly {\n"
        + "\t\t\tcycle-time 1 s\n\t\t}\n\t\tsink O\n\t\tflow I -> X\n\t\tflow X -> O\n\t}\n\tline L {"));
    UsageException which = assertThrows(UsageException.class, () -> simulate(dir, "two", "--horizon", "2d"));
    assertEquals("the files declare several lines (M, L): choose one with --line", which.getMessage());
    CommandException unknown = assertThrows(CommandException.class, () -> simulate(dir, "two", "--line", "Z", "--horizon", "2d"));
    assertEquals("no line named 'Z'; the lines: M, L", unknown.getMessage());
    assertEquals(ExitCode.OK, simulate(dir, "two", "--line", "P.M", "--horizon", "2d", "--replications", "2").code());

    // the same line in two plants: named with their plants, and a bare name that fits both is not enough
    Lines.write(dir.resolve("same"), "a.line", clean);
    Lines.write(dir.resolve("same"), "b.line", clean.replace("plant P {", "plant Q {"));
    UsageException both = assertThrows(UsageException.class, () -> simulate(dir, "same", "--horizon", "2d"));
    assertEquals("the files declare several lines (P.L, Q.L): choose one with --line", both.getMessage());
    UsageException bare = assertThrows(UsageException.class, () -> simulate(dir, "same", "--line", "L", "--horizon", "2d"));
    assertEquals("the files declare several lines (P.L, Q.L): choose one with --line", bare.getMessage());
    assertTrue(simulate(dir, "same", "--line", "Q.L", "--horizon", "2d", "--replications", "2").out().startsWith("Simulation of line L\n"));
  }

  @Test
  void aShortRunSaysWhereItsGapInLittlesLawComesFrom() throws Exception {
    // a week: the pieces left in the line over Sunday count towards the work in process, not yet towards a lead time
    Run week = simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--horizon", "1w", "--replications", "2", "--no-what-if");
    String wip = week.out().lines().filter(l -> l.startsWith("Work in process:")).findFirst().orElseThrow();
    assertTrue(wip.matches("Work in process: .* holds within (\\d+\\.\\d\\d) % \\(the pieces in the line when measuring starts and ends "
        + "count towards the work in process but only partly towards the lead times: a longer horizon narrows the gap\\)"), wip);
    Run month = simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--horizon", "30d", "--replications", "2", "--no-what-if");
    String close = month.out().lines().filter(l -> l.startsWith("Work in process:")).findFirst().orElseThrow();
    assertTrue(close.matches(".* holds within 0\\.\\d\\d %"), close);
  }

  @Test
  void lineFilesOfOtherEncodingsAreReadAndBinaryOnesRefusedOnce(@TempDir Path dir) throws Exception {
    String line = """
        namespace t
        plant P "长春" {
        	country CN
        	line L "白车身" {
        		source In
        		station A assembly {
        			cycle-time 30 s
        		}
        		sink Out
        		flow In -> A
        		flow A -> Out
        	}
        }
        """;
    Path gbk = dir.resolve("gbk.line");
    Files.write(gbk, line.getBytes(java.nio.charset.Charset.forName("GBK")));
    Run r = simulate(dir, "gbk.line", "--horizon", "1d", "--warmup", "1h", "--replications", "2", "--no-what-if");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.err().contains(gbk + ": read as GB18030 (not UTF-8); LineBench writes line files in UTF-8\n"), r.err());
    assertTrue(r.out().startsWith("Simulation of line L\n"), r.out());

    Path binary = dir.resolve("bin.line");
    Files.write(binary, new byte[] {'n', 'a', 'm', 'e', 0, 0, 1, 2});
    CommandException e = assertThrows(CommandException.class, () -> simulate(dir, "bin.line"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals(binary + " is not a text file: it holds NUL bytes", e.getMessage());
  }

  @Test
  void aRunThatWouldTakeHoursWarnsWithAnEstimateFirst() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        new SimulateCommand().run(new CommandContext(List.of("examples/bodyshop", "--line", "BodyInWhite", "--horizon", "50y", "--replications", "2000"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), errStream, Locale.ENGLISH, repo()));
      } catch (Throwable e) {
        outcome.set(e);
      }
    });
    t.start();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!err.toString(StandardCharsets.UTF_8).contains("simulating line") && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    String shown = err.toString(StandardCharsets.UTF_8);
    t.interrupt();
    t.join(60_000);
    assertFalse(t.isAlive(), "the run stops when interrupted");
    assertTrue(shown.matches("(?s).*warning: this simulation will take about \\d+(\\.\\d)? (h|d) on this computer \\(2000 replications "
        + "of 18250 d, each three times for the what-ifs\\).*"), shown);
    assertTrue(outcome.get() instanceof CommandException c && c.getMessage().equals("the simulation was stopped"), String.valueOf(outcome.get()));
  }

  /** Sets an NLS class's fields from one of its properties files (NLS fixes the language once per JVM). */
  static void load(Class<?> messages, String file) throws Exception {
    java.util.Properties p = new java.util.Properties();
    try (var in = messages.getResourceAsStream(file)) {
      p.load(in);
    }
    for (String key : p.stringPropertyNames()) {
      messages.getField(key).set(null, p.getProperty(key));
    }
  }

  @Test
  void theReportInChinese() throws Exception {
    Class<?> report = org.linebench.sim.report.Messages.class;
    try {
      load(report, "messages_zh.properties");
      Run r = simulate(repo(), "examples/bodyshop", "--line", "BodyInWhite", "--horizon", "1w", "--replications", "2", "--no-what-if");
      assertTrue(r.out().startsWith("产线 BodyInWhite 的仿真\n2 次重复运行，每次 7 d（预热 1 d），随机种子 1；"), r.out());
      assertTrue(r.out().contains("\n产量："), r.out());
      assertTrue(r.out().contains("\n瓶颈："), r.out());
      assertTrue(r.out().matches("(?s).*\n工位\\s+工作\\s+缺料\\s+堵塞\\s+故障\\s+换型\\s+非班次.*"), r.out());
    } finally {
      load(report, "messages.properties");
    }
  }
}
