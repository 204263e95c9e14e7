package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.cli.TrainCommand;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.Memory;
import org.linebench.ml.model.ModelOutput;

/**
 * Data files a logger, a spreadsheet or a full disk left behind: every one stops with its file,
 * line and field and exit code 2, or is read right; none hangs, none destroys a model.
 */
class HostileDataTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private Path write(String name, String text) throws Exception {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private DataException refused(Path f) {
    return assertTimeoutPreemptively(HANG, () -> assertThrows(DataException.class, () -> CsvTable.read(f, null)));
  }

  @Test
  void utf16WithItsByteOrderMarkIsReadAsUtf16() throws Exception {
    // what a spreadsheet's "Unicode text" export writes: UTF-16LE with BOM, tab-separated
    String text = "温度 [°C]\t状态\n41.5\t正常\n42.0\t报警\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    b.write(text.getBytes(StandardCharsets.UTF_16LE));
    CsvTable t = CsvTable.read(write("unicode.txt", b.toByteArray()), null);
    assertEquals(StandardCharsets.UTF_16LE, t.charset());
    assertEquals(List.of("温度 [°C]", "状态"), t.columns().stream().map(CsvTable.Column::name).toList());
    assertEquals(42.0, t.number(1, 0));
    assertEquals(List.of("正常", "报警"), t.columns().get(1).values());
  }

  @Test
  void aBinaryFileNamedCsvIsNotATextFile() throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'l', '/'};
    DataException e = refused(write("export.csv", zip));
    assertEquals("not a text file: it holds NUL bytes (the first at byte 5); is it a spreadsheet, an archive or UTF-16 text without "
        + "its byte-order mark?", e.getMessage());
  }

  @Test
  void anUnclosedQuoteIsNamedWithItsLineAndField() throws Exception {
    Path f = write("quote.csv", "a,b,c\n1,2,3\n4,\"open,6\n7,8,9\n10,11,12\n");
    DataException e = refused(f);
    assertEquals(f + ":3:2: the quote that opens this field is never closed", e.describe());
    Path after = write("after.csv", "a,b,c\n1,2,3\n4,\"x\"y,6\n");
    assertEquals(after + ":3:2: text follows the closing quote of this field before the next delimiter", refused(after).describe());
  }

  @Test
  void numbersBeyondADoubleAreDataErrorsWhereTheyAre() throws Exception {
    StringBuilder b = new StringBuilder("x [mm],y\n");
    for (int i = 0; i < 30; i++) {
      b.append(i).append(',').append(i == 3 ? "1e999" : Integer.toString(i * 2)).append('\n');
    }
    Path target = write("target.csv", b.toString());
    assertEquals(target + ":5:2: '1e999' in column 'y' is not a finite number (too large for a double, or infinite)",
        refused(target).describe());
    Path feature = write("feature.csv", b.toString().replace("1e999", "6").replace("\n7,", "\n-Infinity,"));
    assertEquals(feature + ":9:1: '-Infinity' in column 'x [mm]' is not a finite number (too large for a double, or infinite)",
        refused(feature).describe());
  }

  @Test
  void bytesNeitherUtf8NorGb18030AreNamed() throws Exception {
    byte[] bytes = "a,b\n1,2\n3,".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 3);
    bad[bytes.length] = (byte) 0xFF;
    bad[bytes.length + 1] = (byte) 0xFF;
    bad[bytes.length + 2] = '\n';
    DataException e = refused(write("latin.csv", bad));
    assertTrue(e.getMessage().contains("neither UTF-8 nor GB18030/GBK") && e.getMessage().contains("--encoding"), e.getMessage());
  }

  @Test
  void fifosAndFoldersAreRefusedBeforeTheyAreOpened() throws Exception {
    Path fifo = Hostile.fifo(dir.resolve("live.csv"));
    assertTrue(refused(fifo).getMessage().contains("a FIFO (named pipe), not a regular file"), "a FIFO is no data file");
    Files.createDirectories(dir.resolve("folder.csv"));
    assertTrue(refused(dir.resolve("folder.csv")).getMessage().contains("a folder, not a regular file"));
  }

  @Test
  void columnsKeepNumbersAndCodesAndRowsTheirLines() throws Exception {
    Path f = write("lines.csv", "id,note,t [K]\n1,\"two\nlines\",300.5\n2,plain,\n3,\"two\nlines\",301\n");
    CsvTable t = CsvTable.read(f, null);
    assertEquals(3, t.rowCount());
    assertEquals(List.of(2, 4, 5), List.of(t.line(0), t.line(1), t.line(2)), "rows after a quoted line break keep their line");
    assertEquals(List.of("two\nlines", "plain"), t.columns().get(1).values());
    assertArrayEquals(new int[] {0, 1, 0}, new int[] {t.code(0, 1), t.code(1, 1), t.code(2, 1)});
    assertTrue(t.isMissing(1, 2) && Double.isNaN(t.number(1, 2)));
    assertEquals("301", t.value(2, 2));
    assertEquals(64, t.sha256().length());
  }

  @Test
  void dataTooLargeForTheHeapSaysHowMuchItNeeds() {
    DataException e = assertThrows(DataException.class, () -> Memory.check("big.csv", 3L * Runtime.getRuntime().maxMemory(), 0, 1_500_000, 9));
    assertTrue(e.describe().startsWith("big.csv: this data needs about ") && e.getMessage().contains("set LINEBENCH_XMX (e.g. LINEBENCH_XMX=")
        && e.getMessage().contains("or sample the data") && e.getMessage().contains("1500000 rows, 9 columns"), e.describe());
  }

  record Run(int code, String out, String err) {}

  private Run train(String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new TrainCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, dir));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFailedTrainingLeavesThePreviousModelAsItWas() throws Exception {
    String good = Hostile.machineCsv(300, 3);
    Hostile.write(dir.resolve("good.csv"), good);
    assertEquals(ExitCode.OK, train("--data", "good.csv", "--target", "Machine failure", "--classifier", "weka.classifiers.trees.J48",
        "--folds", "2", "--output", "m").code());
    byte[] card = Files.readAllBytes(dir.resolve("m").resolve(ModelFolder.CARD));
    // a numeric target with a value no double holds: the run used to die after writing model.bin
    List<String> lines = new java.util.ArrayList<>(List.of(good.split("\n")));
    lines.set(2, lines.get(2).replaceFirst(",\\d$", ",1e999")); // line 3 of the file
    Hostile.write(dir.resolve("bad.csv"), String.join("\n", lines) + "\n");
    CommandException e = assertThrows(CommandException.class, () -> train("--data", "bad.csv", "--target", "Machine failure",
        "--recipe", "regression", "--folds", "2", "--output", "m"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().matches(".*bad\\.csv:3:8: '1e999' in column 'Machine failure' is not a finite number.*"), e.getMessage());
    assertArrayEquals(card, Files.readAllBytes(dir.resolve("m").resolve(ModelFolder.CARD)), "the old card is untouched");
    ModelCard verified = ModelFolder.verify(dir.resolve("m"));
    assertEquals("weka.classifiers.trees.J48", verified.classifier(), "and its model still verifies");
  }

  @Test
  void foldsAndTheOutputAreCheckedBeforeTheDataIsRead() throws Exception {
    // the data file does not exist: the errors below come before anyone looks for it
    UsageException folds = assertThrows(UsageException.class,
        () -> train("--data", "no-such.csv", "--target", "y", "--folds", "1", "--output", "m"));
    assertTrue(folds.getMessage().contains("--folds must be at least 2, not 1"), folds.getMessage());
    Hostile.write(dir.resolve("taken"), "a file");
    CommandException file = assertThrows(CommandException.class, () -> train("--data", "no-such.csv", "--target", "y", "--output", "taken"));
    assertTrue(file.getMessage().contains("is a file: the output of train is a folder"), file.getMessage());
    try (ModelOutput busy = ModelOutput.open(dir.resolve("busy"))) {
      CommandException locked = assertThrows(CommandException.class, () -> train("--data", "no-such.csv", "--target", "y", "--output", "busy"));
      assertEquals(ExitCode.USAGE, locked.exitCode());
      assertTrue(locked.getMessage().contains("another LineBench run is writing"), locked.getMessage());
    }
    CommandException missing = assertThrows(CommandException.class, () -> train("--data", "no-such.csv", "--target", "y", "--output", "new"));
    assertTrue(missing.getMessage().contains("no-such.csv") && missing.getMessage().contains("no such file"), missing.getMessage());
    assertTrue(Files.notExists(dir.resolve("new")), "a run that wrote nothing leaves no folder behind");
  }
}
