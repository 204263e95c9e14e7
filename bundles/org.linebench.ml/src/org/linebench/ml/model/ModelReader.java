package org.linebench.ml.model;

import java.io.ByteArrayInputStream;
import java.io.InvalidClassException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.weka.WekaRuntime;

/**
 * Deserializes model bytes through {@link AllowListInputStream} on a thread of its own: with a
 * stack deep enough for the deepest trees a model holds, and a deadline the caller waits for at
 * most, so that even a stream that stalls inside a JDK class cannot hang the caller.
 */
final class ModelReader {
  /** Stack of the reading thread: room for {@link AllowListInputStream#MAX_DEPTH} levels. */
  private static final long STACK_BYTES = 256L << 20;
  /** Seconds always allowed, plus one per {@link #BYTES_PER_SECOND} of model. */
  private static final long BASE_SECONDS = 30;
  private static final long BYTES_PER_SECOND = 2L << 20;

  private ModelReader() {}

  /** The time a model of this size may take to read, in seconds. */
  static long budgetSeconds(long bytes) {
    return BASE_SECONDS + bytes / BYTES_PER_SECOND;
  }

  /**
   * The object the bytes hold.
   *
   * @param file the model file, for messages
   * @throws ModelException naming the reason when the bytes are refused or unreadable
   */
  static Object read(byte[] bytes, Path file) throws ModelException {
    WekaRuntime.start();
    long budget = budgetSeconds(bytes.length);
    FutureTask<Object> task = new FutureTask<>(() -> {
      try (AllowListInputStream in = new AllowListInputStream(new ByteArrayInputStream(bytes), bytes.length, budget)) {
        try {
          return in.readObject();
        } catch (InvalidClassException e) {
          // the filter said no: its reason, not the JDK's "filter status: REJECTED"
          throw in.refused() != null ? new AllowListInputStream.Refused(in.refused()) : e;
        }
      }
    });
    Thread reader = new Thread(null, task, "LineBench model reader", STACK_BYTES); //$NON-NLS-1$
    reader.setDaemon(true);
    reader.start();
    try {
      return task.get(budget + 5, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // the reader is a daemon and stops at its own deadline; if a JDK class holds it, it is left behind
      task.cancel(true);
      throw new ModelException(NLS.bind(Messages.Model_refused, file, NLS.bind(Messages.Model_tooSlow, budget)), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new ModelException(NLS.bind(Messages.Model_unreadable, file, Trainer.describe(e)), e);
    } catch (ExecutionException e) {
      throw failure(e.getCause(), file);
    }
  }

  private static ModelException failure(Throwable cause, Path file) {
    if (cause instanceof AllowListInputStream.Refused r) {
      return new ModelException(NLS.bind(Messages.Model_refused, file, r.getMessage()), r);
    }
    if (cause instanceof StackOverflowError) {
      return new ModelException(NLS.bind(Messages.Model_refused, file, Messages.Model_tooDeepForStack), cause);
    }
    if (cause instanceof OutOfMemoryError) {
      return new ModelException(NLS.bind(Messages.Model_memory, file, Runtime.getRuntime().maxMemory() >> 20), cause);
    }
    // IOException, ClassNotFoundException, a Weka class's RuntimeException or LinkageError
    return new ModelException(NLS.bind(Messages.Model_unreadable, file, Trainer.describe(cause)), cause);
  }
}
