package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.data.WekaTables;

import weka.core.Instances;

/** CSV as factories export it, and the errors bad data gets. */
class CsvTableTest {
  @TempDir
  Path dir;

  static Path ai4i() {
    String root = System.getProperty("linebench.root");
    Path p = Path.of(root == null ? "../.." : root).toAbsolutePath().normalize().resolve("data/ai4i2020/ai4i2020.csv");
    assertTrue(Files.isRegularFile(p), "the reference data set is expected at " + p);
    return p;
  }

  private Path write(String name, String text, Charset charset) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, text.getBytes(charset));
    return f;
  }

  @Test
  void theAi4iDataSetLoadsWithItsBomUnitsAndTypes() throws Exception {
    CsvTable t = CsvTable.read(ai4i(), null);
    assertEquals(StandardCharsets.UTF_8, t.charset());
    assertEquals(',', t.delimiter());
    assertEquals(10_000, t.rowCount());
    assertEquals(14, t.columns().size());
    assertEquals("UDI", t.columns().get(0).name(), "the byte-order mark is not part of the first name");
    CsvTable.Column air = t.columns().get(3);
    assertEquals("Air temperature [K]", air.name());
    assertEquals("K", air.unit());
    assertTrue(air.numeric());
    CsvTable.Column type = t.columns().get(2);
    assertFalse(type.numeric());
    assertEquals(List.of("M", "L", "H"), type.values());
    Instances data = WekaTables.of(t, "ai4i");
    assertEquals(10_000, data.numInstances());
    assertEquals(339.0, java.util.Arrays.stream(data.attributeToDoubleArray(8)).sum(), "339 machine failures");
  }

  @Test
  void gbkWithSemicolonsAndChineseHeadersIsDetected() throws Exception {
    String text = "时间;主轴温度 [°C];状态\n2026-11-01 08:00;41,5;正常\n2026-11-01 08:01;\"42.0\";报警\n".replace("41,5", "41.5");
    Path f = write("gbk.csv", text, Charset.forName("GBK"));
    CsvTable t = CsvTable.read(f, null);
    assertEquals(CsvTable.GB18030, t.charset());
    assertEquals(';', t.delimiter());
    assertEquals(List.of("时间", "主轴温度 [°C]", "状态"), t.columns().stream().map(CsvTable.Column::name).toList());
    assertEquals("°C", t.columns().get(1).unit());
    assertTrue(t.columns().get(1).numeric(), "quoted numbers are numbers");
    assertEquals(List.of("正常", "报警"), t.columns().get(2).values());
    CsvTable forced = CsvTable.read(f, Charset.forName("GBK"));
    assertEquals("主轴温度 [°C]", forced.columns().get(1).name());
  }

  @Test
  void tabsQuotesAndMissingValues() throws Exception {
    Path f = write("tabs.tsv", "a\t\"b, with comma\"\tc\n1\t\"x\ty\"\t?\n2\tz\tNA\n3\t\t4\n", StandardCharsets.UTF_8);
    CsvTable t = CsvTable.read(f, null);
    assertEquals('\t', t.delimiter());
    assertEquals("b, with comma", t.columns().get(1).name());
    assertEquals(List.of("x\ty", "z"), t.columns().get(1).values(), "an empty field is missing");
    Instances data = WekaTables.of(t, "t");
    assertTrue(data.instance(0).isMissing(2));
    assertEquals(4.0, data.instance(2).value(2));
  }

  @Test
  void raggedRowsNameTheirLine() throws Exception {
    Path f = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n", StandardCharsets.UTF_8);
    DataException e = assertThrows(DataException.class, () -> CsvTable.read(f, null));
    assertEquals(3, e.line());
    assertEquals(f + ":3:3: this row has 2 fields, the header has 3", e.describe());
  }

  @Test
  void aWordInANumericColumnIsReportedWhereItIs() throws Exception {
    StringBuilder b = new StringBuilder("speed [rpm],label\n");
    for (int i = 0; i < 40; i++) {
      b.append(i == 17 ? "fast" : String.valueOf(1500 + i)).append(",ok\n");
    }
    Path f = write("word.csv", b.toString(), StandardCharsets.UTF_8);
    DataException e = assertThrows(DataException.class, () -> CsvTable.read(f, null));
    assertEquals(19, e.line());
    assertEquals(1, e.column());
    assertTrue(e.getMessage().contains("'fast'") && e.getMessage().contains("speed [rpm]"), e.getMessage());
  }

  @Test
  void otherBadFiles() throws Exception {
    assertEquals("the file has no header line or no data",
        assertThrows(DataException.class, () -> CsvTable.read(write("empty.csv", "a,b\n", StandardCharsets.UTF_8), null)).getMessage());
    assertEquals(3, assertThrows(DataException.class,
        () -> CsvTable.read(write("dup.csv", "a,b,a\n1,2,3\n", StandardCharsets.UTF_8), null)).column(), "the second 'a'");
    assertThrows(DataException.class, () -> CsvTable.read(write("quote.csv", "a,b\n1,\"open\n", StandardCharsets.UTF_8), null));
    DataException missing = assertThrows(DataException.class, () -> CsvTable.read(dir.resolve("nope.csv"), null));
    assertTrue(missing.describe().startsWith(dir.resolve("nope.csv") + ": cannot read the file"), missing.describe());
  }

  @Test
  void arffFilesLoadLikeCsv() throws Exception {
    String arff = """
        % spindle readings
        @relation spindle
        @attribute 'Temperature [K]' numeric
        @attribute Type {L,M,H}
        @attribute failure {0,1}
        @data
        301.5,L,0
        ?,M,1
        299.0,H,0
        """;
    Path f = write("spindle.arff", arff, StandardCharsets.UTF_8);
    CsvTable t = CsvTable.readAny(f, null);
    assertEquals(3, t.rowCount());
    assertEquals("Temperature [K]", t.columns().get(0).name());
    assertEquals("K", t.columns().get(0).unit());
    assertTrue(t.columns().get(0).numeric());
    assertEquals(List.of("L", "M", "H"), t.columns().get(1).values());
    assertTrue(CsvTable.isMissing(t.value(1, 0)));
    assertEquals(64, t.sha256().length());

    Path bad = write("bad.arff", arff.replace("299.0,H,0", "299.0,X,0"), StandardCharsets.UTF_8);
    DataException e = assertThrows(DataException.class, () -> CsvTable.readAny(bad, null));
    assertEquals(9, e.line(), e.describe());
    assertTrue(e.getMessage().contains("nominal value not declared"), e.getMessage());
    assertTrue(e.describe().startsWith(bad + ":9"), e.describe());
  }

  /** Numbers read quickly where they are plain decimals are the doubles Java reads, bit for bit. */
  @Test
  void plainDecimalsAreReadAsJavaReadsThem() {
    java.util.Random random = new java.util.Random(11);
    List<String> texts = new java.util.ArrayList<>(List.of("0", "-0", "+5", ".5", "1.", "-.25", "0.1", "0.3", "9007199254740.993",
        "999999999999999", "0.000000000000001", "123456789012345.", "1e5", "1.5E-3", "  7 ", "1.0d", "Infinity", "-", ".", "", "1.2.3",
        "0x1p3", "1234567890123456", "12345678901234567890"));
    for (int i = 0; i < 200_000; i++) {
      int digits = 1 + random.nextInt(17);
      StringBuilder b = new StringBuilder(random.nextBoolean() ? "-" : "");
      int point = random.nextInt(digits + 1);
      for (int d = 0; d < digits; d++) {
        if (d == point) {
          b.append('.');
        }
        b.append((char) ('0' + random.nextInt(10)));
      }
      texts.add(b.toString());
    }
    for (String t : texts) {
      double expected;
      try {
        expected = t.endsWith("d") ? Double.NaN : Double.parseDouble(t);
      } catch (NumberFormatException e) {
        expected = Double.NaN;
      }
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(CsvTable.parseNumber(t)), t);
    }
  }

  @Test
  void missingMarkersAreToldFromNumbers() {
    for (String m : List.of("", "?", "NA", "N/A", "NaN", "nan", "null", "NULL")) {
      assertTrue(CsvTable.isMissing(m), m);
    }
    for (String v : List.of("0", "-1", "+2", ".5", "-NaN", "NA2", "n/a", "none", " ", "-")) {
      assertFalse(CsvTable.isMissing(v), v);
    }
  }
}
