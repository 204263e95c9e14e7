package org.linebench.ml.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A CSV file as factories export it: UTF-8 with or without BOM, or GBK/GB18030 (detected, or
 * forced); comma, semicolon or tab; quoted fields; header names with spaces, units in brackets
 * ({@code Torque [Nm]}) and Chinese; missing values empty, {@code ?}, {@code NA} or {@code NaN}.
 * Columns whose values are all numbers are numeric, the others nominal.
 */
public final class CsvTable {
  /** GB18030 decodes everything GBK does, and more. */
  public static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$
  private static final Set<String> MISSING = Set.of("", "?", "NA", "N/A", "NaN", "nan", "null", "NULL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
  private static final Pattern UNIT = Pattern.compile("\\[([^\\]]+)\\]\\s*$"); //$NON-NLS-1$
  /** A column at least this numeric, with a few words in it, is a numeric column with bad values. */
  private static final double NUMERIC_SHARE = 0.95;

  /** A column of the table. */
  public record Column(String name, boolean numeric, String unit, List<String> values) {}

  private final String file;
  private String sha256 = ""; //$NON-NLS-1$
  private final Charset charset;
  private final char delimiter;
  private final List<Column> columns;
  private final List<String[]> rows;

  private CsvTable(String file, Charset charset, char delimiter, List<Column> columns, List<String[]> rows) {
    this.file = file;
    this.charset = charset;
    this.delimiter = delimiter;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads a CSV file.
   *
   * @param forced the encoding to use, or null to detect UTF-8 (with or without BOM) or GB18030
   * @throws DataException for unreadable or inconsistent data, naming file, line and column
   */
  public static CsvTable read(Path path, Charset forced) throws DataException {
    String name = path.toString();
    byte[] bytes = bytes(path);
    Charset charset = forced;
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
      charset = charset == null ? StandardCharsets.UTF_8 : charset;
    }
    String text;
    if (charset == null) {
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        charset = StandardCharsets.UTF_8;
      } catch (CharacterCodingException e) {
        charset = GB18030;
        text = new String(bytes, start, bytes.length - start, charset);
      }
    } else {
      text = new String(bytes, start, bytes.length - start, charset);
    }
    CsvTable table = parse(name, charset, text);
    table.sha256 = org.linebench.ml.model.ModelArtifacts.sha256(bytes);
    return table;
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

  /** Reads an ARFF file (always UTF-8, as Weka writes it) into the same shape as a CSV table. */
  public static CsvTable readArff(Path path) throws DataException {
    String name = path.toString();
    byte[] bytes = bytes(path);
    org.linebench.ml.train.WekaRuntime.start();
    Instances data;
    try (Reader reader = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
      weka.core.converters.ArffLoader.ArffReader arff = new weka.core.converters.ArffLoader.ArffReader(reader);
      data = arff.getData();
    } catch (IOException | RuntimeException e) {
      // Weka's message reads "..., read Token[...], line 12": keep its line number
      Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage())); //$NON-NLS-1$
      int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
      throw new DataException(name, line, 0, NLS.bind(Messages.Arff_invalid, String.valueOf(e.getMessage()).replaceAll(",? *read Token.*", ""))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (data.numInstances() == 0) {
      throw new DataException(name, 0, 0, Messages.Csv_empty);
    }
    List<Column> columns = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute att = data.attribute(a);
      List<String> values = new ArrayList<>();
      for (int v = 0; att.isNominal() && v < att.numValues(); v++) {
        values.add(att.value(v));
      }
      Matcher m = UNIT.matcher(att.name());
      columns.add(new Column(att.name(), att.isNumeric(), m.find() ? m.group(1).trim() : null, List.copyOf(values)));
    }
    List<String[]> rows = new ArrayList<>(data.numInstances());
    for (weka.core.Instance in : data) {
      String[] row = new String[columns.size()];
      for (int a = 0; a < row.length; a++) {
        if (in.isMissing(a)) {
          row[a] = ""; //$NON-NLS-1$
        } else if (data.attribute(a).isNumeric()) {
          row[a] = Double.toString(in.value(a));
        } else {
          row[a] = in.stringValue(a);
        }
      }
      rows.add(row);
    }
    CsvTable table = new CsvTable(name, StandardCharsets.UTF_8, ',', List.copyOf(columns), rows);
    table.sha256 = org.linebench.ml.model.ModelArtifacts.sha256(bytes);
    return table;
  }

  private static byte[] bytes(Path path) throws DataException {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new DataException(path.toString(), 0, 0,
          NLS.bind(Messages.Csv_cannotRead, e.getClass().getSimpleName() + ": " + e.getMessage())); //$NON-NLS-1$
    }
  }

  public static CsvTable parse(String name, Charset charset, String text) throws DataException {
    int firstBreak = text.indexOf('\n');
    String headerLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
    char delimiter = detectDelimiter(headerLine);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true).build();
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
      long line = 1;
      for (CSVRecord record : parser) {
        if (header == null) {
          header = record.toList();
          Set<String> seen = new HashSet<>();
          for (int c = 0; c < header.size(); c++) {
            if (!seen.add(header.get(c))) {
              throw new DataException(name, (int) line, c + 1, NLS.bind(Messages.Csv_duplicateHeader, header.get(c)));
            }
          }
        } else if (record.size() != header.size()) {
          throw new DataException(name, (int) line, Math.min(record.size(), header.size()) + 1,
              NLS.bind(Messages.Csv_ragged, record.size(), header.size()));
        } else {
          rows.add(record.toList().toArray(String[]::new));
        }
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException | IOException e) {
      throw new DataException(name, 0, 0, Messages.Csv_unterminatedQuote);
    }
    if (header == null || rows.isEmpty()) {
      throw new DataException(name, 0, 0, Messages.Csv_empty);
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      columns.add(column(name, header.get(c), c, rows));
    }
    return new CsvTable(name, charset, delimiter, columns, rows);
  }

  private static Column column(String file, String header, int c, List<String[]> rows) throws DataException {
    int numbers = 0;
    int present = 0;
    int firstWord = -1;
    for (int r = 0; r < rows.size(); r++) {
      String v = rows.get(r)[c];
      if (MISSING.contains(v)) {
        continue;
      }
      present++;
      if (isNumber(v)) {
        numbers++;
      } else if (firstWord < 0) {
        firstWord = r;
      }
    }
    boolean numeric = present > 0 && numbers == present;
    if (!numeric && present >= 20 && numbers >= NUMERIC_SHARE * present) {
      // +2: the header is line 1 and rows count from 0 (rows with embedded line breaks shift this)
      throw new DataException(file, firstWord + 2, c + 1,
          NLS.bind(Messages.Csv_notNumeric, new Object[] {rows.get(firstWord)[c], header, numbers + "/" + present})); //$NON-NLS-1$
    }
    Matcher m = UNIT.matcher(header);
    String unit = m.find() ? m.group(1).trim() : null;
    Set<String> values = new LinkedHashSet<>();
    if (!numeric) {
      for (String[] row : rows) {
        if (!MISSING.contains(row[c])) {
          values.add(row[c]);
        }
      }
    }
    return new Column(header, numeric, unit, List.copyOf(values));
  }

  private static boolean isNumber(String v) {
    try {
      Double.parseDouble(v);
      return !v.endsWith("d") && !v.endsWith("f") && !v.endsWith("D") && !v.endsWith("F"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The most frequent of comma, semicolon and tab outside quotes in the header line. */
  static char detectDelimiter(String headerLine) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (char ch : headerLine.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (ch) {
          case ',' -> comma++;
          case ';' -> semicolon++;
          case '\t' -> tab++;
          default -> {
            // part of a name
          }
        }
      }
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }

  /** The table as Weka instances, without a class attribute set. */
  public Instances toInstances(String relation) {
    org.linebench.ml.train.WekaRuntime.start();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (Column c : columns) {
      attributes.add(c.numeric() ? new Attribute(c.name()) : new Attribute(c.name(), new ArrayList<>(c.values())));
    }
    Instances data = new Instances(relation, attributes, rows.size());
    for (String[] row : rows) {
      double[] v = new double[columns.size()];
      for (int c = 0; c < v.length; c++) {
        String s = row[c];
        if (MISSING.contains(s)) {
          v[c] = Utils.missingValue();
        } else if (columns.get(c).numeric()) {
          v[c] = Double.parseDouble(s);
        } else {
          v[c] = attributes.get(c).indexOfValue(s);
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

  /** The index of the column with this name, or -1. */
  public int columnIndex(String name) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).name().equals(name)) {
        return c;
      }
    }
    return -1;
  }

  /** The fields of a data row (0-based, not counting the header). */
  public String value(int row, int column) {
    return rows.get(row)[column];
  }

  /**
   * The line of the file on which a data row starts, for messages (exact unless quoted fields span
   * lines).
   */
  public static int lineOf(int row) {
    return row + 2;
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
    return rows.size();
  }
}
