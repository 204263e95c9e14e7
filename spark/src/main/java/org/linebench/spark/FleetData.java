package org.linebench.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.ModelCard;

import scala.Tuple2;

/**
 * A fleet's data on any Hadoop-compatible file system (a local folder, {@code hdfs://},
 * {@code s3a://}): CSV with a header or Parquet, in a folder partitioned by plant and station
 * ({@code plant=P1/station=WELD-1/...}). Spark reads it; LineBench's reader reads each task's rows
 * ({@link Csv}). What the card records of it (partitioning, rows and SHA-256 per file) is gathered
 * here, the hashes by a Spark job (each file is read where it lies).
 */
public final class FleetData implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Hidden column of Spark's file sources: the file a row comes from. */
  private static final String FILE_PATH = "_metadata.file_path"; //$NON-NLS-1$

  private final String root;
  private final String format;
  private final transient Dataset<Row> rows;
  private final List<String> partitionedBy;

  private FleetData(String root, String format, Dataset<Row> rows, List<String> partitionedBy) {
    this.root = root;
    this.format = format;
    this.rows = rows;
    this.partitionedBy = partitionedBy;
  }

  /**
   * Opens a folder of CSV or Parquet files. Partition values stay text ({@code station=01} is not
   * a number); CSV fields are all read as text, for LineBench's reader to type.
   *
   * @param format {@code csv} or {@code parquet}
   * @throws JobException when the folder is missing, holds no files or a file Spark cannot read
   */
  public static FleetData open(SparkSession spark, String root, String format) {
    spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false"); //$NON-NLS-1$ //$NON-NLS-2$
    Dataset<Row> rows;
    try {
      rows = switch (format) {
        // FAILFAST: a line with more or fewer fields than the header is an error, not a row of nulls
        case "csv" -> spark.read().option("header", "true").option("inferSchema", "false").option("encoding", "UTF-8") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            .option("mode", "FAILFAST").csv(root); //$NON-NLS-1$ //$NON-NLS-2$
        case "parquet" -> spark.read().parquet(root); //$NON-NLS-1$
        default -> throw new JobException(NLS.bind(Messages.Job_unknownFormat, format));
      };
    } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes, and thrown undeclared
      JobException described = Failures.describe(e, root);
      throw described != null ? described : new IllegalStateException(e.getMessage(), e);
    }
    String[] files = rows.inputFiles();
    List<String> partitions = new ArrayList<>();
    if (files.length > 0) {
      String rel = relative(root, files[0]);
      for (String segment : rel.split("/")) { //$NON-NLS-1$
        int eq = segment.indexOf('=');
        if (eq > 0) {
          partitions.add(segment.substring(0, eq));
        }
      }
    }
    return new FleetData(root, format, rows, List.copyOf(partitions));
  }

  public Dataset<Row> rows() {
    return rows;
  }

  public List<String> partitionedBy() {
    return partitionedBy;
  }

  public String format() {
    return format;
  }

  /** The data columns: every column but the partition columns. */
  public List<String> dataColumns() {
    List<String> c = new ArrayList<>(Arrays.asList(rows.columns()));
    c.removeAll(partitionedBy);
    return c;
  }

  /**
   * Rows and SHA-256 of every file read, for the card; the hashes are computed by a Spark job,
   * each file streamed where it lies.
   *
   * @param synthetic whether the data is made up
   * @param note how it was made or chosen, or null
   * @param training how the model was trained from it, or null
   */
  public ModelCard.Sources sources(JavaSparkContext jsc, boolean synthetic, String note, String training) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : rows.select(functions.col(FILE_PATH)).groupBy(FILE_PATH).count().collectAsList()) {
      counts.put(decoded(r.getString(0)), r.getLong(1));
    }
    List<String> files = new ArrayList<>(Arrays.asList(rows.inputFiles()));
    files.sort(null);
    List<Tuple2<String, Long>> hashed = jsc.parallelize(files, Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 2)))
        .map(FleetData::hash).collect();
    List<ModelCard.SourceFile> out = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      String f = files.get(i);
      long n = counts.getOrDefault(decoded(f), 0L);
      total += n;
      out.add(new ModelCard.SourceFile(relative(root, f), hashed.get(i)._1(), hashed.get(i)._2(), n));
    }
    return new ModelCard.Sources(format, root, partitionedBy, total, synthetic, note, training, out);
  }

  /** A file's SHA-256 (hex) and its size. */
  private static Tuple2<String, Long> hash(String file) throws Exception {
    Path p = new Path(new URI(file));
    FileSystem fs = p.getFileSystem(new Configuration());
    MessageDigest sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = fs.open(p)) {
      for (int n; (n = in.read(buffer)) > 0;) {
        sha.update(buffer, 0, n);
        size += n;
      }
    }
    return new Tuple2<>(HexFormat.of().formatHex(sha.digest()), size);
  }

  private static String decoded(String uri) {
    try {
      return new URI(uri).getPath();
    } catch (Exception e) {
      return uri;
    }
  }

  /** A file's path below the root, as the card names it. */
  static String relative(String root, String file) {
    String f = decoded(file);
    String r = decoded(new Path(root).toUri().toString());
    if (r != null && !r.isEmpty()) {
      String base = r.endsWith("/") ? r : r + "/"; //$NON-NLS-1$ //$NON-NLS-2$
      int at = f.indexOf(base);
      if (at >= 0) {
        return f.substring(at + base.length());
      }
    }
    return f;
  }
}
