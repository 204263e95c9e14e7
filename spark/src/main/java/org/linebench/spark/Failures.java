package org.linebench.spark;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkThrowable;
import org.eclipse.osgi.util.NLS;
import org.linebench.ml.data.DataException;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingException;

/**
 * What Spark's errors on bad input mean to the job's user: a missing folder, a file that is no
 * Parquet, a CSV line with the wrong number of fields (found again in the file for its line
 * number), no files at all. Spark names its conditions ({@link SparkThrowable#getCondition()}) and
 * their parameters (the file's path), so no message text is parsed.
 */
final class Failures {
  private Failures() {}

  /** The localized error for a failure of reading the fleet's data, or null when it is none. */
  static JobException describe(Throwable failure, String root) {
    boolean malformed = false;
    String file = null;
    String reason = null;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JobException j) {
        return j;
      }
      if (t instanceof DataException || t instanceof TrainingException) { // LineBench's reader or trainer in a task
        return new JobException(Trainer.describe(t));
      }
      reason = firstLine(t.getMessage());
      if (!(t instanceof SparkThrowable s) || s.getCondition() == null) {
        continue;
      }
      String condition = s.getCondition();
      Map<String, String> parameters = s.getMessageParameters();
      if (condition.startsWith("PATH_NOT_FOUND")) { //$NON-NLS-1$
        return new JobException(NLS.bind(Messages.Job_noData, unquoted(parameters.getOrDefault("path", root)))); //$NON-NLS-1$
      } else if (condition.startsWith("UNABLE_TO_INFER_SCHEMA")) { //$NON-NLS-1$
        return new JobException(NLS.bind(Messages.Job_emptyData, root));
      } else if (condition.startsWith("FAILED_READ_FILE") && file == null) { //$NON-NLS-1$
        file = unquoted(parameters.get("path")); //$NON-NLS-1$
      } else if (condition.startsWith("MALFORMED_RECORD_IN_PARSING")) { //$NON-NLS-1$
        malformed = true;
      }
    }
    if (file == null) {
      return null;
    }
    if (malformed) {
      JobException ragged = ragged(file);
      if (ragged != null) {
        return ragged;
      }
    }
    return new JobException(NLS.bind(Messages.Job_unreadable, file, reason));
  }

  /** The first line of a CSV file whose fields are not as many as the header's, as an error; null if there is none. */
  static JobException ragged(String file) {
    try {
      Path p = new Path(new URI(file));
      FileSystem fs = p.getFileSystem(new Configuration());
      try (Reader in = new InputStreamReader(fs.open(p), StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
        int header = -1;
        long line = 1;
        for (CSVRecord r : parser) {
          if (header < 0) {
            header = r.size();
          } else if (r.size() != header) {
            return new JobException(NLS.bind(Messages.Job_malformedCsv, new Object[] {decoded(file), line, r.size(), header}));
          }
          line = parser.getCurrentLineNumber() + 1;
        }
      }
    } catch (Exception e) { // the file cannot be read again: Spark's own reason is given
      return null;
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return ""; //$NON-NLS-1$
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String unquoted(String path) {
    return path == null ? null : decoded(path.replaceAll("^[`'\"]|[`'\"]$", "")); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static String decoded(String uri) {
    try {
      URI u = new URI(uri);
      return u.getScheme() == null || u.getScheme().equals("file") ? u.getPath() : uri; //$NON-NLS-1$
    } catch (Exception e) {
      return uri;
    }
  }
}
