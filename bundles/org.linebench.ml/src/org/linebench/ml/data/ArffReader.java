package org.linebench.ml.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.linebench.core.InputFiles;
import org.linebench.ml.card.Hashes;
import org.linebench.ml.weka.WekaRuntime;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/**
 * Reads an ARFF file with Weka's ARFF parser into the same column-wise table as a CSV file:
 * numbers and dates as numbers, nominal and string attributes as words.
 */
final class ArffReader {
  /** Bytes an ARFF file's instances take in memory per byte of the file, for the estimate. */
  private static final int MEMORY_FACTOR = 4;

  private ArffReader() {}

  /** Reads an ARFF file (always UTF-8, as Weka writes it) into the same shape as a CSV table. */
  static CsvTable read(Path path) throws DataException {
    String name = path.toString();
    WekaRuntime.start();
    MessageDigest digest = Hashes.sha256();
    Instances data;
    try {
      long size = InputFiles.checkRegular(path, Long.MAX_VALUE);
      Memory.check(name, MEMORY_FACTOR * size, size, 0, 0);
      try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest);
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE))) {
        data = new ArffLoader.ArffReader(reader).getData();
        in.transferTo(OutputStream.nullOutputStream()); // the hash covers the whole file
      }
    } catch (InputFiles.RefusedFileException | NoSuchFileException | AccessDeniedException e) {
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
    return fromInstances(name, Hashes.hex(digest), data);
  }

  private static CsvTable fromInstances(String name, String sha, Instances data) throws DataException {
    int k = data.numAttributes();
    int n = data.numInstances();
    List<CsvTable.Column> columns = new ArrayList<>();
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
      Map<String, Integer> index = new HashMap<>();
      for (int v = 0; att.isNominal() && v < att.numValues(); v++) {
        values.add(att.value(v));
        index.put(att.value(v), v);
      }
      for (int r = 0; r < n; r++) {
        Instance in = data.instance(r);
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
      columns.add(new CsvTable.Column(att.name(), numeric, CsvTable.unitOf(att.name()), List.copyOf(values)));
    }
    return new CsvTable(name, sha, StandardCharsets.UTF_8, ',', List.copyOf(columns), n, numbers, codes, null);
  }
}
