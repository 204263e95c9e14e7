package org.linebench.ml.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.CommandException;
import org.linebench.core.InputFiles;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.model.StreamScorer;

/**
 * {@code score --follow}: reads a CSV file that a data logger appends to and writes a prediction
 * for each row as it arrives. The rows already there are scored first; then the file is read again
 * whenever it grows. Only complete records are read (a line break outside quotes ends one). Each
 * batch of new rows is parsed as the whole file would be and scored with the series history of
 * every unit carried on ({@link StreamScorer}); the predictions are appended to the output and
 * flushed after each batch.
 */
final class Follower {
  /** How often a file that did not grow is looked at again. */
  private static final long POLL_MILLIS = 100;
  /** Bytes read at most per batch. */
  private static final int CHUNK = 4 << 20;

  private final StreamScorer scorer;
  private final Path data;
  private final Charset charset;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private String header;
  /** Line of the file where the pending bytes start. */
  private long pendingLine = 1;
  private long rows;

  Follower(StreamScorer scorer, Path data, Charset charset) {
    this.scorer = scorer;
    this.data = data;
    this.charset = charset;
  }

  /**
   * Follows the file until it has not grown for {@code idleSeconds} (forever when infinite).
   *
   * @return the rows scored
   */
  long follow(OutputStream out, boolean bom, double idleSeconds) throws CommandException {
    try (FileChannel in = FileChannel.open(data, StandardOpenOption.READ)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      long position = 0;
      long idleSince = System.nanoTime();
      boolean headerWritten = false;
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
      while (true) {
        long size = in.size();
        if (size < position) {
          throw new CommandException(NLS.bind(Messages.Cli_followShrunk, data));
        }
        if (size == position) {
          if ((System.nanoTime() - idleSince) / 1e9 >= idleSeconds) {
            return rows;
          }
          Thread.sleep(POLL_MILLIS);
          continue;
        }
        buffer.clear();
        int n = in.read(buffer, position);
        position += n;
        idleSince = System.nanoTime();
        pending.write(buffer.array(), 0, n);
        String batch = completeRecords();
        if (batch == null) {
          continue;
        }
        Scorer.Predictions p = score(batch);
        if (p == null) {
          continue;
        }
        if (!headerWritten) {
          out.write(header(p).getBytes(StandardCharsets.UTF_8));
          headerWritten = true;
        }
        out.write(Scorer.toCsv(p, false).getBytes(StandardCharsets.UTF_8));
        out.flush();
        rows += p.rows().size();
      }
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Cli_cannotRead, data, InputFiles.reason(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return rows;
    }
  }

  private static String header(Scorer.Predictions p) throws IOException {
    String csv = Scorer.toCsv(new Scorer.Predictions(p.target(), p.classes(), java.util.List.of(), 0), true);
    return csv;
  }

  /**
   * The complete records of the pending bytes as text (the header line taken aside), or null when
   * none is complete yet; the rest stays pending.
   */
  private String completeRecords() {
    byte[] b = pending.toByteArray();
    boolean quoted = false;
    int end = -1;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '"') {
        quoted = !quoted;
      } else if (b[i] == '\n' && !quoted) {
        end = i + 1;
      }
    }
    if (end < 0) {
      return null;
    }
    pending.reset();
    pending.write(b, end, b.length - end);
    int start = 0;
    if (pendingLine == 1 && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    String text = new String(Arrays.copyOfRange(b, start, end), charset);
    long firstLine = pendingLine;
    pendingLine += text.chars().filter(c -> c == '\n').count();
    if (header == null) {
      int nl = text.indexOf('\n');
      header = text.substring(0, nl).replace("\r", ""); //$NON-NLS-1$ //$NON-NLS-2$
      text = text.substring(nl + 1);
      firstLine++;
    }
    batchFirstLine = firstLine;
    return text.isBlank() ? null : text;
  }

  /** The file's line on which the current batch starts. */
  private long batchFirstLine;

  /** Parses and scores a batch of records; null when it holds only empty lines. */
  private Scorer.Predictions score(String records) throws CommandException {
    if (records.isBlank()) { // empty lines only
      return null;
    }
    String text = header + '\n' + records;
    try {
      CsvTable table = CsvTable.parse(data.toString(), charset, text);
      return scorer.score(table);
    } catch (DataException e) {
      long line = e.line() >= 2 ? e.line() - 2 + batchFirstLine : e.line();
      throw new CommandException(new DataException(e.file(), (int) line, e.column(), e.getMessage()).describe());
    } catch (ModelException e) {
      throw new CommandException(e.getMessage());
    }
  }

  /** The output stream of predictions: created (or emptied), then appended to. */
  static OutputStream open(Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newOutputStream(output, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
  }
}
