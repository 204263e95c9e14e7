package org.linebench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to the job: a clear message in the JVM's language naming the file (and the line where
 * there is one), exit code 2, no stack trace. Surefire runs this class twice: in English, and with
 * {@code -Duser.language=zh} (the {@code zh} execution in {@code pom.xml}).
 */
class JobErrorsTest {
  static final boolean ZH = Locale.getDefault().getLanguage().equals("zh");
  static SparkSession spark;
  static Path ai4i;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    ai4i = Path.of(System.getProperty("linebench.root", ".."), "data", "ai4i2020", "ai4i2020.csv");
    spark = SparkSession.builder().master("local[1]").appName("JobErrorsTest").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  record Ended(int code, String out, String err) {}

  static Ended job(Supplier<SparkSession> session, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = FleetJob.main(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        session);
    Ended e = new Ended(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).strip());
    assertFalse(e.err().contains("\tat ") || e.err().contains("Exception"), "no stack trace: " + e.err());
    assertEquals(1, e.err().lines().count(), e.err());
    return e;
  }

  /** A session that must not start (the arguments are checked first). */
  static SparkSession noSession() {
    throw new AssertionError("the session was started");
  }

  static SparkSession session() {
    return spark;
  }

  static String text(String en, String zh) {
    return ZH ? zh : en;
  }

  /** A one-station fleet: AI4I's header and its first rows, one of them edited. */
  Path fleet(String name, int rows, int line, String replacement) throws Exception {
    Path file = dir.resolve(name).resolve("plant=P1").resolve("station=OP20").resolve("part-0.csv");
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>(Files.readAllLines(ai4i, StandardCharsets.UTF_8).subList(0, rows + 1));
    if (line > 0) {
      lines.set(line - 1, replacement);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aMissingFolderIsNamed() {
    Path missing = dir.resolve("no-such-fleet");
    Ended e = job(JobErrorsTest::session, "bag", "--data", missing.toString(), "--format", "csv", "--target", "Machine failure",
        "--output", dir.resolve("out").toString());
    assertEquals(2, e.code());
    assertEquals(text("error: no such file or folder: ", "错误：没有这个文件或文件夹：") + missing, e.err());
  }

  @Test
  void anUnknownRecipeIsRefusedBeforeTheSessionStarts() {
    Ended e = job(JobErrorsTest::noSession, "grid", "--data", "/fleet", "--target", "Machine failure", "--config", "maintenence",
        "--output", "out");
    assertEquals(2, e.code());
    assertEquals(text("error: unknown recipe 'maintenence' (recipes: maintenance, quality, regression, rul; or a Weka classifier class name with its options)",
        "错误：未知配方“maintenence”（配方：maintenance, quality, regression, rul；或一个 Weka 分类器类名及其选项）"), e.err());
    Ended c = job(JobErrorsTest::noSession, "grid", "--config", "weka.classifiers.trees.J49 -M 2");
    assertEquals(text("error: unknown classifier 'weka.classifiers.trees.J49': not a Weka classifier class on the job's class path",
        "错误：未知分类器“weka.classifiers.trees.J49”：作业的类路径上没有这个 Weka 分类器类"), c.err());
    Ended u = job(JobErrorsTest::noSession, "train", "--data", "/fleet");
    assertEquals(2, u.code());
    assertEquals(text("error: unknown command 'train' (grid, bag or synth)", "错误：未知命令“train”（可用 grid、bag 或 synth）"), u.err());
  }

  @Test
  void anUnknownColumnIsNamedWithTheDataAndItsColumns() throws Exception {
    Path file = fleet("fleet", 50, 0, null);
    Path root = file.getParent().getParent().getParent();
    Ended e = job(JobErrorsTest::session, "bag", "--data", root.toString(), "--format", "csv", "--target", "Machine failur",
        "--output", dir.resolve("out").toString());
    assertEquals(2, e.code());
    String columns = "UDI, Product ID, Type, Air temperature [K], Process temperature [K], Rotational speed [rpm], Torque [Nm], "
        + "Tool wear [min], Machine failure, TWF, HDF, PWF, OSF, RNF";
    assertEquals(text("error: column 'Machine failur' (--target) is not in " + root + "; its columns: " + columns,
        "错误：列“Machine failur”（--target）不在 " + root + " 中；其列为：" + columns), e.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aCsvLineWithAFieldMissingIsNamedWithItsFileAndLine() throws Exception {
    // line 8 of the file: AI4I's 7th row without its last field
    List<String> rows = Files.readAllLines(ai4i, StandardCharsets.UTF_8);
    String short7 = rows.get(7).substring(0, rows.get(7).lastIndexOf(','));
    Path file = fleet("ragged", 50, 8, short7);
    Path root = file.getParent().getParent().getParent();
    Ended e = job(JobErrorsTest::session, "bag", "--data", root.toString(), "--format", "csv", "--target", "Machine failure",
        "--output", dir.resolve("out").toString());
    assertEquals(2, e.code());
    assertEquals(text("error: " + file + ", line 8: 13 fields where the header has 14", "错误：" + file + "，第 8 行：有 13 个字段，而表头有 14 个"),
        e.err());
  }

  @Test
  void aFileThatIsNoParquetIsNamed() throws Exception {
    Path file = fleet("notparquet", 5, 0, null);
    Path renamed = Files.move(file, file.resolveSibling("part-0.parquet"));
    Path root = renamed.getParent().getParent().getParent();
    Ended e = job(JobErrorsTest::session, "bag", "--data", root.toString(), "--format", "parquet", "--target", "Machine failure",
        "--output", dir.resolve("out").toString());
    assertEquals(2, e.code());
    assertTrue(e.err().startsWith(text("error: cannot read " + renamed + ": ", "错误：无法读取 " + renamed + "：")), e.err());
  }

  @Test
  void noRowsIsAnErrorNamingTheData() throws Exception {
    Path file = fleet("empty", 0, 0, null);
    Path root = file.getParent().getParent().getParent();
    Ended e = job(JobErrorsTest::session, "bag", "--data", root.toString(), "--format", "csv", "--target", "Machine failure",
        "--output", dir.resolve("out").toString());
    assertEquals(2, e.code());
    assertEquals(text("error: no rows to train on in ", "错误：") + root + text("", " 中没有可训练的行"), e.err());
    Path none = Files.createDirectories(dir.resolve("no-files"));
    Ended n = job(JobErrorsTest::session, "bag", "--data", none.toString(), "--format", "csv", "--target", "Machine failure",
        "--output", dir.resolve("out").toString());
    assertEquals(2, n.code());
    assertEquals(text("error: no rows to train on in ", "错误：") + none + text("", " 中没有可训练的行"), n.err());
  }

  @Test
  void bothLanguagesHaveEveryMessage() throws Exception {
    Properties en = new Properties();
    Properties zh = new Properties();
    try (var a = Messages.class.getResourceAsStream("messages.properties"); var b = Messages.class.getResourceAsStream("messages_zh.properties")) {
      en.load(a);
      zh.load(b);
    }
    assertEquals(en.keySet(), zh.keySet());
    for (var f : Messages.class.getFields()) {
      assertTrue(en.containsKey(f.getName()), f.getName());
    }
  }
}
