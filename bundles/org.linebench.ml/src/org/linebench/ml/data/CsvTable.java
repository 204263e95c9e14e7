package org.linebench.ml.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.linebench.core.InputFiles;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A CSV file as factories export it: UTF-8 with or without BOM, UTF-16 with its BOM, or
 * GBK/GB18030 (detected, or forced); comma, semicolon or tab; quoted fields; header names with
 * spaces, units in brackets ({@code Torque [Nm]}) and Chinese; missing values empty, {@code ?},
 * {@code NA} or {@code NaN}. Columns whose values are all numbers are numeric, the others nominal.
 *
 * <p>The table keeps each column as one primitive array: numbers as {@code double} (NaN where
 * missing), words as codes into the column's {@link Column#values() values} (-1 where missing).
 * Its memory follows the data: about 8 bytes per number and 4 per word, plus each distinct word
 * once.
 */
public final class CsvTable {
  /** GB18030 decodes everything GBK does, and more. */
  public static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$
  private static final Set<String> MISSING = Set.of("", "?", "NA", "N/A", "NaN", "nan", "null", "NULL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
  private static final Pattern UNIT = Pattern.compile("\\[([^\\]]+)\\]\\s*$"); //$NON-NLS-1$
  /** Bytes an ARFF file's instances take in memory per byte of the file, for the estimate. */
  private static final int ARFF_MEMORY_FACTOR = 4;

  /**
   * A column of the table.
   *
   * @param values a nominal column's distinct values in the order they first appear (the codes of
   *        {@link CsvTable#code}); empty for a numeric column
   */
  public record Column(String name, boolean numeric, String unit, List<String> values) {}

  private final String file;
  private final String sha256;
  private final Charset charset;
  private final char delimiter;
  private final List<Column> columns;
  private final int rows;
  private final double[][] numbers;
  private final int[][] codes;
  private final int[] lines;

  CsvTable(String file, String sha256, Charset charset, char delimiter, List<Column> columns, int rows, double[][] numbers,
      int[][] codes, int[] lines) {
    this.file = file;
    this.sha256 = sha256;
    this.charset = charset;
    this.delimiter = delimiter;
    this.columns = columns;
    this.rows = rows;
    this.numbers = numbers;
    this.codes = codes;
    this.lines = lines;
  }

  /**
   * Reads a CSV file.
   *
   * @param forced the encoding to use, or null to detect it: a byte-order mark (UTF-8, UTF-16,
   *        UTF-32), else UTF-8 if the file decodes as UTF-8, else GB18030
   * @throws DataException for unreadable or inconsistent data, naming file, line and column
   */
  public static CsvTable read(Path path, Charset forced) throws DataException {
    try {
      return CsvReader.read(path, forced);
    } catch (OutOfMemoryError e) {
      throw new DataException(path.toString(), 0, 0, NLS.bind(Messages.Csv_outOfMemory, Memory.gigabytes(Runtime.getRuntime().maxMemory())));
    }
  }

  /**
   * Reads a data file: ARFF when its name ends with {@code .arff}, CSV otherwise.
   *
   * @param forced the encoding of a CSV file, or null to detect it
   */
  public static CsvTable readAny(Path path, Charset forced) throws DataException {
    String lower = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".arff") ? readArff(path) : read(path, forced); //$NON-NLS-1$
  }

  /** Parses CSV text (no file: the table's hash is empty). */
  public static CsvTable parse(String name, Charset charset, String text) throws DataException {
    return CsvReader.parse(name, charset, text);
  }

  /** Reads an ARFF file (always UTF-8, as Weka writes it) into the same shape as a CSV table. */
  public static CsvTable readArff(Path path) throws DataException {
    String name = path.toString();
    org.linebench.ml.train.WekaRuntime.start();
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Instances data;
    try {
      long size = InputFiles.checkRegular(path, Long.MAX_VALUE);
      Memory.check(name, ARFF_MEMORY_FACTOR * size, size, 0, 0);
      try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest);
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE))) {
        data = new weka.core.converters.ArffLoader.ArffReader(reader).getData();
        in.transferTo(java.io.OutputStream.nullOutputStream()); // the hash covers the whole file
      }
    } catch (InputFiles.RefusedFileException | java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw new DataException(name, 0, 0, NLS.bind(Messages.Csv_cannotRead, InputFiles.reason(e)));
    } catch (IOException | RuntimeException e) {
      // Weka's message reads "..., read Token[...], line 12": keep its line number
      Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage())); //$NON-NLS-1$
      int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
      throw new DataException(name, line, 0, NLS.bind(Messages.Arff_invalid, String.valueOf(e.getMessage()).replaceAll(",? *read Token.*", ""))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (data.numInstances() == 0) {
      throw new DataException(name, 0, 0, Messages.Csv_empty);
    }
    return fromInstances(name, HexFormat.of().formatHex(digest.digest()), data);
  }

  private static CsvTable fromInstances(String name, String sha, Instances data) throws DataException {
    int k = data.numAttributes();
    int n = data.numInstances();
    List<Column> columns = new ArrayList<>();
    double[][] numbers = new double[k][];
    int[][] codes = new int[k][];
    for (int a = 0; a < k; a++) {
      Attribute att = data.attribute(a);
      boolean numeric = att.isNumeric(); // dates are numeric in Weka too
      List<String> values = new ArrayList<>();
      if (numeric) {
        numbers[a] = new double[n];
      } else {
        codes[a] = new int[n];
      }
      java.util.Map<String, Integer> index = new java.util.HashMap<>();
      for (int v = 0; att.isNominal() && v < att.numValues(); v++) {
        values.add(att.value(v));
        index.put(att.value(v), v);
      }
      for (int r = 0; r < n; r++) {
        weka.core.Instance in = data.instance(r);
        if (numeric) {
          double d = in.isMissing(a) ? Double.NaN : in.value(a);
          if (Double.isInfinite(d)) {
            throw new DataException(name, 0, a + 1, NLS.bind(Messages.Csv_notFinite, Double.toString(d), att.name()));
          }
          numbers[a][r] = d;
        } else if (in.isMissing(a)) {
          codes[a][r] = -1;
        } else {
          String s = in.stringValue(a); // string attributes: a dictionary of their own
          codes[a][r] = index.computeIfAbsent(s, x -> {
            values.add(x);
            return values.size() - 1;
          });
        }
      }
      columns.add(new Column(att.name(), numeric, unitOf(att.name()), List.copyOf(values)));
    }
    return new CsvTable(name, sha, StandardCharsets.UTF_8, ',', List.copyOf(columns), n, numbers, codes, null);
  }

  /** The unit in a header's trailing brackets ({@code Torque [Nm]}), or null. */
  static String unitOf(String header) {
    Matcher m = UNIT.matcher(header);
    return m.find() ? m.group(1).trim() : null;
  }

  /**
   * The number a field holds, or NaN when it is no number (a word, or a Java type suffix such as
   * {@code 1d}); too large numbers are infinite.
   */
  public static double parseNumber(String v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    char last = v.charAt(v.length() - 1);
    if (last == 'd' || last == 'D' || last == 'f' || last == 'F' || !mayBeNumber(v)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * Whether {@link Double#parseDouble} might read the text: digits, signs, points, exponents and
   * blanks, or the words it knows. Words, dates and codes are rejected here without the cost of
   * an exception (millions of them in a large file).
   */
  private static boolean mayBeNumber(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E' || c == ' ' || c == '\t')) {
        return v.contains("Infinity") || v.contains("NaN") || v.contains("0x") || v.contains("0X"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
    }
    return true;
  }

  /** The most frequent of comma, semicolon and tab outside quotes in the header line. */
  static char detectDelimiter(String headerLine) {
    return CsvReader.detectDelimiter(headerLine);
  }

  /** The table as Weka instances, without a class attribute set. */
  public Instances toInstances(String relation) {
    org.linebench.ml.train.WekaRuntime.start();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (Column c : columns) {
      attributes.add(c.numeric() ? new Attribute(c.name()) : new Attribute(c.name(), new ArrayList<>(c.values())));
    }
    Instances data = new Instances(relation, attributes, rows);
    for (int r = 0; r < rows; r++) {
      double[] v = new double[columns.size()];
      for (int c = 0; c < v.length; c++) {
        if (isMissing(r, c)) {
          v[c] = Utils.missingValue();
        } else {
          v[c] = columns.get(c).numeric() ? numbers[c][r] : codes[c][r];
        }
      }
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }

  /** Whether a field holds no value: empty, {@code ?}, {@code NA}, {@code NaN} and the like. */
  public static boolean isMissing(String value) {
    return MISSING.contains(value);
  }

  /** Whether a field of the table holds no value. */
  public boolean isMissing(int row, int column) {
    return numbers[column] != null ? Double.isNaN(numbers[column][row]) : codes[column][row] < 0;
  }

  /** The number in a field of a numeric column (NaN where missing). */
  public double number(int row, int column) {
    return numbers[column][row];
  }

  /** The code of a field of a nominal column: its index in the column's values, -1 where missing. */
  public int code(int row, int column) {
    return codes[column][row];
  }

  /** The index of the column with this name, or -1. */
  public int columnIndex(String name) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).name().equals(name)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The text of a field (0-based row, not counting the header): a nominal column's value as it
   * was written, a number in its shortest form ({@code 1500}, {@code 0.25}); empty where missing.
   */
  public String value(int row, int column) {
    if (isMissing(row, column)) {
      return ""; //$NON-NLS-1$
    }
    return numbers[column] != null ? format(numbers[column][row]) : columns.get(column).values().get(codes[column][row]);
  }

  /** A number as text: integers without a decimal point. */
  public static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The line of the file on which a data row starts, for messages. */
  public int line(int row) {
    return lines != null ? lines[row] : 0;
  }

  /** The SHA-256 of the file's bytes, as read. */
  public String sha256() {
    return sha256;
  }

  public String file() {
    return file;
  }

  public Charset charset() {
    return charset;
  }

  public char delimiter() {
    return delimiter;
  }

  public List<Column> columns() {
    return columns;
  }

  public int rowCount() {
    return rows;
  }
}
