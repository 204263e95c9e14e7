package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/** NASA C-MAPSS FD003 as the repository keeps it ({@code data/cmapss/}). */
final class Cmapss {
  private static CsvTable train;

  private Cmapss() {}

  static Path file(String name) {
    String root = System.getProperty("linebench.root");
    Path p = Path.of(root == null ? "../.." : root).toAbsolutePath().normalize().resolve("data/cmapss").resolve(name);
    assertTrue(Files.isRegularFile(p), "C-MAPSS FD003 is expected at " + p);
    return p;
  }

  static Path train() {
    return file("train_FD003.csv");
  }

  static Path test() {
    return file("test_FD003.csv");
  }

  static Path rul() {
    return file("RUL_FD003.csv");
  }

  /** The training series, read once. */
  static synchronized CsvTable trainTable() throws DataException {
    if (train == null) {
      train = CsvTable.read(train(), null);
    }
    return train;
  }
}
