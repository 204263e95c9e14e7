package org.linebench.ml.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.linebench.core.InputFiles;
import org.linebench.ml.card.Hashes;

/**
 * Reads a CSV file in two passes over the stream, so that memory follows the data, not its
 * text: the first pass finds the encoding, the header, the rows and each column's type (and
 * every error, with its line and field); then the memory the table needs is estimated and, if
 * it fits, the second pass fills one primitive array per column ({@code double[]} for numbers,
 * dictionary codes for words). A file that changes between the passes is refused.
 */
final class CsvReader {
  /** A column at least this numeric, with a few words in it, is a numeric column with bad values. */
  private static final double NUMERIC_SHARE = 0.95;
  /** Bytes looked at for a byte-order mark and NUL bytes before parsing. */
  private static final int SNIFF = 64 * 1024;
  /** Distinct words counted per column for the memory estimate; beyond, every word is taken as new. */
  private static final int DISTINCT_SAMPLE = 10_000;
  /** Bytes of a {@code String} of n Latin-1 characters and its dictionary entry, beyond n. */
  private static final long WORD_OVERHEAD = 96;
  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line[: ]+([\\d,]+)"); //$NON-NLS-1$

  /** Where the text comes from: opened once per pass. */
  private interface Source {
    Reader open(Charset charset, MessageDigest digest) throws IOException;
  }

  private final String name;
  private final Source source;
  private final long size;

  private CsvReader(String name, Source source, long size) {
    this.name = name;
    this.source = source;
    this.size = size;
  }

  /** The statistics of the first pass. */
  private static final class Scan {
    List<String> header;
    char delimiter;
    int rows;
    int[] present;
    int[] numbers;
    long[] textChars;
    int[] firstWordLine;
    String[] firstWord;
    int[] nonFiniteLine;
    String[] nonFinite;
    List<Set<String>> distinct;
    String sha256 = ""; //$NON-NLS-1$
  }

  static CsvTable read(Path path, Charset forced) throws DataException {
    String name = path.toString();
    long size;
    byte[] head;
    try {
      size = InputFiles.checkRegular(path, Long.MAX_VALUE);
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(SNIFF);
      }
    } catch (NoSuchFileException e) {
      throw new DataException(name, 0, 0, NLS.bind(Messages.Csv_cannotRead, InputFiles.reason(e)));
    } catch (IOException e) {
      throw new DataException(name, 0, 0, NLS.bind(Messages.Csv_cannotRead, InputFiles.reason(e)));
    }
    Bom bom = Bom.of(head);
    Charset charset = bom.charset != null && (forced == null || bom.charset != StandardCharsets.UTF_8) ? bom.charset : forced;
    if (bom.charset == null && !isUtf16(forced)) {
      int nul = indexOf(head, (byte) 0);
      if (nul >= 0) {
        throw new DataException(name, 0, 0, NLS.bind(Messages.Csv_binary, nul));
      }
    }
    Source source = (cs, digest) -> {
      InputStream in = new DigestInputStream(Files.newInputStream(path), digest);
      in.readNBytes(bom.length); // read, not skipped: the hash covers the byte-order mark
      return new InputStreamReader(in, cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));
    };
    return new CsvReader(name, source, size).read(charset, true);
  }

  static CsvTable parse(String name, Charset charset, String text) throws DataException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
    Source source = (cs, digest) -> new StringReader(body);
    return new CsvReader(name, source, body.length()).read(charset, false);
  }

  private CsvTable read(Charset forced, boolean hash) throws DataException {
    Charset charset = forced;
    Scan scan;
    if (charset == null) {
      try {
        charset = StandardCharsets.UTF_8;
        scan = scan(charset);
      } catch (Undecodable e) {
        // not UTF-8: Chinese Windows programs write GBK, which GB18030 decodes (and more)
        charset = CsvTable.GB18030;
        try {
          scan = scan(charset);
        } catch (Undecodable again) {
          throw new DataException(name, e.line, 0, Messages.Csv_notUtf8OrGb);
        }
      }
    } else {
      try {
        scan = scan(charset);
      } catch (Undecodable e) {
        throw new DataException(name, e.line, 0, NLS.bind(Messages.Csv_badBytes, charset.name()));
      }
    }
    boolean[] numeric = types(scan);
    checkMemory(scan, numeric);
    try {
      return fill(scan, numeric, charset, hash);
    } catch (Undecodable e) {
      throw new DataException(name, e.line, 0, Messages.Csv_changed);
    }
  }

  /** Bytes that the charset cannot decode, on or after this line. */
  private static final class Undecodable extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    Undecodable(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
  }

  /** The first pass. */
  private Scan scan(Charset charset) throws DataException, Undecodable {
    Scan s = new Scan();
    MessageDigest digest = Hashes.sha256();
    int line = 1;
    try (Reader reader = source.open(charset, digest)) {
      Reader in = reader.markSupported() ? reader : new java.io.BufferedReader(reader, 1 << 16);
      in.mark(SNIFF);
      char[] first = new char[SNIFF];
      int n = in.read(first);
      in.reset();
      s.delimiter = detectDelimiter(firstLine(first, Math.max(n, 0)));
      try (CSVParser parser = CSVParser.parse(in, format(s.delimiter))) {
        for (CSVRecord record : parser) {
          if (s.header == null) {
            header(s, record, line);
          } else {
            row(s, record, line);
          }
          line = (int) parser.getCurrentLineNumber() + 1;
        }
      }
    } catch (UncheckedIOException e) {
      throw problem(e.getCause(), line, charset, s.delimiter);
    } catch (IOException e) {
      throw problem(e, line, charset, s.delimiter);
    }
    if (s.header == null || s.rows == 0) {
      throw new DataException(name, 0, 0, Messages.Csv_empty);
    }
    s.sha256 = Hashes.hex(digest);
    return s;
  }

  private Undecodable problem(IOException e, int line, Charset charset, char delimiter) throws DataException, Undecodable {
    if (e instanceof CharacterCodingException) {
      throw new Undecodable(line);
    }
    if (e instanceof NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
      throw new DataException(name, 0, 0, NLS.bind(Messages.Csv_cannotRead, InputFiles.reason(e)));
    }
    // commons-csv: "EOF reached before encapsulated token finished", "Invalid char between encapsulated token and delimiter"
    String message = String.valueOf(e.getMessage());
    if (message.contains("EOF reached")) { //$NON-NLS-1$
      throw quoteError(line, charset, delimiter, true);
    }
    if (message.toLowerCase(Locale.ROOT).contains("invalid char")) { //$NON-NLS-1$
      Matcher m = LINE_IN_MESSAGE.matcher(message);
      throw quoteError(m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : line, charset, delimiter, false); //$NON-NLS-1$ //$NON-NLS-2$
    }
    throw new DataException(name, line, 0, NLS.bind(Messages.Csv_cannotRead, InputFiles.reason(e)));
  }

  /** The unclosed (or wrongly closed) quote of the record starting on or near this line, with its field. */
  private DataException quoteError(int line, Charset charset, char delimiter, boolean unclosed) {
    int[] where = {line, 0};
    try (Reader in = source.open(charset, Hashes.sha256())) {
      where = QuoteScanner.locate(in, delimiter, line, unclosed);
    } catch (IOException e) {
      // the position stays the record's line
    }
    return new DataException(name, where[0], where[1], unclosed ? Messages.Csv_unterminatedQuote : Messages.Csv_textAfterQuote);
  }

  private void header(Scan s, CSVRecord record, int line) throws DataException {
    s.header = record.toList();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < s.header.size(); c++) {
      if (!seen.add(s.header.get(c))) {
        throw new DataException(name, line, c + 1, NLS.bind(Messages.Csv_duplicateHeader, s.header.get(c)));
      }
    }
    int k = s.header.size();
    s.present = new int[k];
    s.numbers = new int[k];
    s.textChars = new long[k];
    s.firstWordLine = new int[k];
    s.firstWord = new String[k];
    s.nonFiniteLine = new int[k];
    s.nonFinite = new String[k];
    s.distinct = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      s.distinct.add(new HashSet<>());
    }
  }

  private void row(Scan s, CSVRecord record, int line) throws DataException {
    int k = s.header.size();
    if (record.size() != k) {
      throw new DataException(name, line, Math.min(record.size(), k) + 1, NLS.bind(Messages.Csv_ragged, record.size(), k));
    }
    s.rows++;
    for (int c = 0; c < k; c++) {
      String v = record.get(c);
      if (CsvTable.isMissing(v)) {
        continue;
      }
      if (v.indexOf('\0') >= 0) {
        throw new DataException(name, line, c + 1, NLS.bind(Messages.Csv_binary, "-")); //$NON-NLS-1$
      }
      s.present[c]++;
      s.textChars[c] += v.length();
      double d = CsvTable.parseNumber(v);
      if (!Double.isNaN(d)) {
        s.numbers[c]++;
        if (Double.isInfinite(d) && s.nonFinite[c] == null) {
          s.nonFinite[c] = v;
          s.nonFiniteLine[c] = line;
        }
      } else if (s.firstWord[c] == null) {
        s.firstWord[c] = v;
        s.firstWordLine[c] = line;
      }
      Set<String> distinct = s.distinct.get(c);
      // (only columns with words become dictionaries: numbers before the first word are not counted)
      if (distinct != null && s.firstWord[c] != null) {
        distinct.add(v);
        if (distinct.size() > DISTINCT_SAMPLE) {
          s.distinct.set(c, null); // many: the estimate takes every word as new
        }
      }
    }
  }

  /** Each column's type; a numeric column with a word or a number too large for a double is an error where it is. */
  private boolean[] types(Scan s) throws DataException {
    boolean[] numeric = new boolean[s.header.size()];
    for (int c = 0; c < numeric.length; c++) {
      int present = s.present[c];
      int numbers = s.numbers[c];
      numeric[c] = present > 0 && numbers == present;
      if (!numeric[c] && present >= 20 && numbers >= NUMERIC_SHARE * present) {
        throw new DataException(name, s.firstWordLine[c], c + 1,
            NLS.bind(Messages.Csv_notNumeric, new Object[] {s.firstWord[c], s.header.get(c), numbers + "/" + present})); //$NON-NLS-1$
      }
      if (numeric[c] && s.nonFinite[c] != null) {
        throw new DataException(name, s.nonFiniteLine[c], c + 1, NLS.bind(Messages.Csv_notFinite, s.nonFinite[c], s.header.get(c)));
      }
    }
    return numeric;
  }

  /** The bytes the table will take: the arrays, and the words of the dictionaries. */
  static long estimate(int rows, boolean[] numeric, long[] dictionaryBytes) {
    long bytes = 4L * rows; // the line of each row
    for (int c = 0; c < numeric.length; c++) {
      bytes += numeric[c] ? 8L * rows : 4L * rows + dictionaryBytes[c];
    }
    return bytes;
  }

  private void checkMemory(Scan s, boolean[] numeric) throws DataException {
    long[] dictionary = new long[numeric.length];
    for (int c = 0; c < numeric.length; c++) {
      if (!numeric[c]) {
        Set<String> d = s.distinct.get(c);
        long words = d != null ? d.size() : s.present[c];
        long chars = d != null ? d.stream().mapToLong(String::length).sum() : s.textChars[c];
        dictionary[c] = words * WORD_OVERHEAD + 2 * chars;
      }
    }
    long needed = estimate(s.rows, numeric, dictionary);
    Memory.check(name, needed, Math.max(size, 1), s.rows, numeric.length);
  }

  /** The second pass. */
  private CsvTable fill(Scan s, boolean[] numeric, Charset charset, boolean hash) throws DataException, Undecodable {
    int k = numeric.length;
    double[][] numbers = new double[k][];
    int[][] codes = new int[k][];
    List<Map<String, Integer>> dictionaries = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (numeric[c]) {
        numbers[c] = new double[s.rows];
      } else {
        codes[c] = new int[s.rows];
      }
      dictionaries.add(numeric[c] ? null : new HashMap<>());
      words.add(numeric[c] ? null : new ArrayList<>());
    }
    int[] lines = new int[s.rows];
    MessageDigest digest = Hashes.sha256();
    int line = 1;
    int r = -1;
    try (Reader in = source.open(charset, digest); CSVParser parser = CSVParser.parse(in, format(s.delimiter))) {
      for (CSVRecord record : parser) {
        if (r >= 0) {
          if (r >= s.rows || record.size() != k) {
            throw new Undecodable(line);
          }
          lines[r] = line;
          for (int c = 0; c < k; c++) {
            String v = record.get(c);
            boolean missing = CsvTable.isMissing(v);
            if (numeric[c]) {
              numbers[c][r] = missing ? Double.NaN : CsvTable.parseNumber(v);
            } else if (missing) {
              codes[c][r] = -1;
            } else {
              Integer code = dictionaries.get(c).get(v);
              if (code == null) {
                code = words.get(c).size();
                dictionaries.get(c).put(v, code);
                words.get(c).add(v);
              }
              codes[c][r] = code;
            }
          }
        }
        r++;
        line = (int) parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException e) {
      throw new Undecodable(line);
    }
    String sha = Hashes.hex(digest);
    if (r != s.rows || hash && !sha.equals(s.sha256)) {
      throw new Undecodable(line);
    }
    List<CsvTable.Column> columns = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      columns.add(new CsvTable.Column(s.header.get(c), numeric[c], CsvTable.unitOf(s.header.get(c)),
          numeric[c] ? List.of() : List.copyOf(words.get(c))));
    }
    return new CsvTable(name, hash ? sha : "", charset, s.delimiter, List.copyOf(columns), s.rows, numbers, codes, lines); //$NON-NLS-1$
  }

  private static String firstLine(char[] text, int n) {
    for (int i = 0; i < n; i++) {
      if (text[i] == '\n') {
        return new String(text, 0, i);
      }
    }
    return new String(text, 0, n);
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

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUtf16(Charset c) {
    return c != null && (c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32")); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** A byte-order mark: the encoding it announces and its length. */
  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
        return new Bom(Charset.forName("UTF-32BE"), 4); //$NON-NLS-1$
      }
      if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
        return new Bom(Charset.forName("UTF-32LE"), 4); //$NON-NLS-1$
      }
      if (starts(b, 0xEF, 0xBB, 0xBF)) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (starts(b, 0xFE, 0xFF)) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (starts(b, 0xFF, 0xFE)) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return new Bom(null, 0);
    }

    private static boolean starts(byte[] b, int... prefix) {
      if (b.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((b[i] & 0xff) != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
