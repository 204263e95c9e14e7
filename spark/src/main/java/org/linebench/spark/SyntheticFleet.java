package org.linebench.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/**
 * A fleet's data made up from one line's: the rows of a real table (AI4I 2020) replicated over
 * plants and stations with jitter, in the folder layout a fleet's export has
 * ({@code plant=P1/station=WELD-1/part-00000.csv}). Readings (columns with a unit) get Gaussian
 * noise of {@link #JITTER} of their column's standard deviation, rounded to the column's own
 * decimals; classes, flags and the target are copied; the running index is numbered anew; columns
 * named in {@code leaveOut} (a product serial) are left out. It is synthetic: nothing in the
 * rows says so, so the job is told with {@code --synthetic "NOTE"} and then every card it writes
 * records it (the tests and README's examples pass it).
 */
public final class SyntheticFleet {
  /** Noise of a reading, as a share of its column's standard deviation. */
  public static final double JITTER = 0.05;
  /** The column that tells a station's type (the grid's groups). */
  public static final String STATION_TYPE = "Station type"; //$NON-NLS-1$
  /** Plants and their stations, {@code TYPE-n}. */
  static final String[][] LAYOUT = {
      {"P1", "WELD-1", "WELD-2", "PRESS-1", "PRESS-2"}, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      {"P2", "WELD-3", "WELD-4", "PRESS-3", "PRESS-4"}}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

  private SyntheticFleet() {}

  /** What was written. */
  public record Written(List<Path> files, long rows) {}

  /**
   * Writes {@code rows} rows spread evenly over the layout's stations under {@code root}.
   *
   * @param index the running index's column (numbered anew), or null
   * @param leaveOut columns not written
   */
  public static Written write(CsvTable source, Path root, long rows, long seed, String index, List<String> leaveOut)
      throws IOException {
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < source.columns().size(); c++) {
      if (!leaveOut.contains(source.columns().get(c).name())) {
        columns.add(c);
      }
    }
    double[] sd = new double[source.columns().size()];
    int[] decimals = new int[sd.length];
    for (int c : columns) {
      CsvTable.Column col = source.columns().get(c);
      if (col.numeric() && col.unit() != null) {
        sd[c] = standardDeviation(source, c);
        decimals[c] = decimals(source, c);
      }
    }
    int stations = 0;
    for (String[] plant : LAYOUT) {
      stations += plant.length - 1;
    }
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    long written = 0;
    int station = 0;
    StringBuilder line = new StringBuilder();
    for (String[] plant : LAYOUT) {
      for (int s = 1; s < plant.length; s++, station++) {
        long n = rows / stations + (station < rows % stations ? 1 : 0);
        Path file = root.resolve("plant=" + plant[0]).resolve("station=" + plant[s]).resolve("part-00000.csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Files.createDirectories(file.getParent());
        String type = plant[s].substring(0, plant[s].indexOf('-'));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          List<String> header = new ArrayList<>();
          columns.forEach(c -> header.add(source.columns().get(c).name()));
          header.add(STATION_TYPE);
          w.write(Csv.line(header));
          w.write('\n');
          for (long r = 0; r < n; r++) {
            int row = (int) ((written + r) % source.rowCount());
            line.setLength(0);
            for (int c : columns) {
              CsvTable.Column col = source.columns().get(c);
              if (col.name().equals(index)) {
                line.append(written + r + 1);
              } else if (source.isMissing(row, c)) {
                // left empty
              } else if (sd[c] > 0) {
                double v = source.number(row, c) + random.nextGaussian() * JITTER * sd[c];
                appendRounded(line, v, decimals[c]);
              } else {
                line.append(Csv.field(source.value(row, c)));
              }
              line.append(',');
            }
            line.append(type).append('\n');
            w.append(line);
          }
        }
        written += n;
        files.add(file);
      }
    }
    return new Written(files, written);
  }

  private static final long[] POWERS = {1, 10, 100, 1000, 10000};

  /** A number with this many decimals (String.format is too slow for a million rows). */
  static void appendRounded(StringBuilder b, double v, int decimals) {
    long scaled = Math.round(v * POWERS[decimals]);
    if (scaled < 0) {
      b.append('-');
      scaled = -scaled;
    }
    b.append(scaled / POWERS[decimals]);
    if (decimals > 0) {
      String f = Long.toString(scaled % POWERS[decimals] + POWERS[decimals]);
      b.append('.').append(f, 1, f.length());
    }
  }

  /** Reads the source table with LineBench's reader. */
  public static CsvTable read(Path csv) throws DataException {
    return CsvTable.read(csv, null);
  }

  private static double standardDeviation(CsvTable t, int c) {
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      double v = t.number(r, c);
      if (!Double.isNaN(v)) {
        sum += v;
        sq += v * v;
        n++;
      }
    }
    return n < 2 ? 0 : Math.sqrt(Math.max(0, (sq - sum * sum / n) / (n - 1)));
  }

  /** The most decimals a column's values are written with (at most 4). */
  private static int decimals(CsvTable t, int c) {
    int most = 0;
    for (int r = 0; r < t.rowCount() && most < 4; r++) {
      String v = t.value(r, c);
      int dot = v == null ? -1 : v.indexOf('.');
      if (dot >= 0) {
        most = Math.max(most, Math.min(4, v.length() - dot - 1));
      }
    }
    return most;
  }
}
