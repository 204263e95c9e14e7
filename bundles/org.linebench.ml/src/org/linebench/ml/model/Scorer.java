package org.linebench.ml.model;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.linebench.core.AtomicFiles;
import org.linebench.core.CsvFiles;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.Schema;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.series.SeriesFeature;
import org.linebench.ml.weka.WekaRuntime;

/** Scores new data with a loaded model: one prediction per data row. */
public final class Scorer {
  static {
    WekaRuntime.start();
  }


  private Scorer() {}

  /**
   * The predictions for a table.
   *
   * @param rows one per data row, in order
   * @param classes the class values (empty for a numeric target)
   * @param unknownValues nominal values the model never saw, read as missing
   */
  public record Predictions(String target, List<String> classes, List<Row> rows, int unknownValues) {}

  /**
   * One prediction.
   *
   * @param row the data row, 1-based
   * @param predicted the predicted class, or the number for a numeric target
   * @param probabilities per class (the model's own probabilities), empty for a numeric target
   */
  public record Row(int row, String predicted, double[] probabilities) {}

  /**
   * Scores every row of the table; the target column may be absent.
   *
   * @throws DataException when a column the model reads is missing or has the wrong type
   * @throws ModelException when the model fails on the data
   */
  public static Predictions score(ModelArtifacts.Loaded model, CsvTable table) throws DataException, ModelException {
    return new StreamScorer(model).score(table);
  }

  /** The series features of a model, in the card's order. */
  public static List<SeriesFeature> seriesFeatures(ModelCard card) {
    return card.schema().derived().stream().filter(Schema.Derived::series)
        .map(d -> new SeriesFeature(d.name(), d.left(), d.operation(), d.window())).toList();
  }

  static String format(double d) {
    return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.6g", d); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The predictions as CSV: {@code row}, {@code predicted}, and {@code p(<class>)} per class. */
  public static String toCsv(Predictions p) throws IOException {
    return toCsv(p, true);
  }

  /** The predictions as CSV, with or without the header line (rows appended to a file that has it). */
  public static String toCsv(Predictions p, boolean withHeader) throws IOException {
    List<String> header = new ArrayList<>();
    header.add("row"); //$NON-NLS-1$
    // a data format, not a text for people: the same names in every language
    header.add("predicted"); //$NON-NLS-1$
    for (String c : p.classes()) {
      header.add("p(" + c + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    StringWriter w = new StringWriter();
    try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
      if (withHeader) {
        out.printRecord(header);
      }
      List<String> fields = new ArrayList<>();
      for (Row r : p.rows()) {
        fields.clear();
        fields.add(Integer.toString(r.row()));
        fields.add(r.predicted());
        for (double d : r.probabilities()) {
          fields.add(String.format(Locale.ROOT, "%.4f", d)); //$NON-NLS-1$
        }
        out.printRecord(fields);
      }
    }
    return w.toString();
  }

  /** Writes the predictions as CSV, atomically. */
  public static void write(Predictions p, Path file, Charset charset) throws IOException {
    AtomicFiles.write(file, toCsv(p).getBytes(charset));
  }

  /** Writes the predictions as CSV in UTF-8, atomically; with a byte order mark (for Excel) when {@code bom}. */
  public static void write(Predictions p, Path file, boolean bom) throws IOException {
    CsvFiles.write(file, toCsv(p), bom);
  }
}
