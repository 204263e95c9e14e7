package org.linebench.ml.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

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
    return lower.endsWith(".arff") ? ArffReader.read(path) : read(path, forced); //$NON-NLS-1$
  }

  /** Parses CSV text (no file: the table's hash is empty). */
  public static CsvTable parse(String name, Charset charset, String text) throws DataException {
    return CsvReader.parse(name, charset, text);
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
    double quick = plainDecimal(v);
    if (quick == quick) {
      return quick;
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

  /** Powers of ten a double holds exactly. */
  private static final double[] TENS = new double[23];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  /**
   * A plain decimal ({@code -12.345}: a sign, at most 15 digits, a point) read without
   * {@link Double#parseDouble}'s general machinery, or NaN for any other text. The digits make an
   * integer below 2^53 and the point a power of ten up to 10^22, both exact as doubles, so one
   * division, correctly rounded, gives the double nearest to the decimal: what
   * {@code Double.parseDouble} gives (tested).
   */
  static double plainDecimal(String v) {
    int n = v.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
      negative = v.charAt(0) == '-';
      i = 1;
    }
    long digits = 0;
    int count = 0;
    int decimals = -1;
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++count > 15) {
          return Double.NaN;
        }
        digits = digits * 10 + (c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0) {
      return Double.NaN;
    }
    double d = decimals <= 0 ? digits : digits / TENS[decimals];
    return negative ? -d : d;
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

  /** Whether a field holds no value: empty, {@code ?}, {@code NA}, {@code NaN} and the like. */
  public static boolean isMissing(String value) {
    if (value.isEmpty()) {
      return true;
    }
    char c = value.charAt(0);
    // a number is no missing marker: told without hashing the text (every field of a large file comes here)
    return !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') && MISSING.contains(value);
  }

  /**
   * A table of numbers made in memory (generated data, benchmarks): no file behind it, no hash.
   *
   * @param name the name messages give it
   * @param names the columns' names
   * @param values one array per column, all of the same length (NaN where missing)
   */
  public static CsvTable ofNumbers(String name, List<String> names, double[][] values) {
    List<Column> columns = new ArrayList<>();
    for (String n : names) {
      columns.add(new Column(n, true, unitOf(n), List.of()));
    }
    int rows = values.length == 0 ? 0 : values[0].length;
    for (double[] v : values) {
      if (v.length != rows) {
        throw new IllegalArgumentException(name);
      }
    }
    return new CsvTable(name, "", StandardCharsets.UTF_8, ',', List.copyOf(columns), rows, values.clone(), new int[values.length][], //$NON-NLS-1$
        null);
  }

  /**
   * This table with numeric columns added (features computed from it, a target computed or
   * capped): the same rows, file, hash and lines; its own columns are shared, not copied. A new
   * column with the name of a numeric column replaces it in its place.
   *
   * @param added the new columns (numeric), in order
   * @param values one array per new column, {@code rowCount()} numbers each (NaN where missing)
   * @throws IllegalArgumentException when a column is not numeric, a name is taken by a column of
   *         words or twice, or an array has the wrong length
   */
  public CsvTable withColumns(List<Column> added, double[][] values) {
    List<Column> all = new ArrayList<>(columns);
    List<double[]> n = new ArrayList<>(java.util.Arrays.asList(numbers));
    List<int[]> k = new ArrayList<>(java.util.Arrays.asList(codes));
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < added.size(); i++) {
      Column c = added.get(i);
      int at = columnIndex(c.name());
      if (!c.numeric() || values[i].length != rows || !names.add(c.name()) || at >= 0 && !columns.get(at).numeric()) {
        throw new IllegalArgumentException(c.name());
      }
      if (at >= 0) {
        all.set(at, c);
        n.set(at, values[i]);
      } else {
        all.add(c);
        n.add(values[i]);
        k.add(null);
      }
    }
    return new CsvTable(file, sha256, charset, delimiter, List.copyOf(all), rows, n.toArray(double[][]::new), k.toArray(int[][]::new),
        lines);
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
