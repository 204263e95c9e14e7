package org.linebench.sim.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/**
 * The columns of the data files a line file names, read once per file version (the editor
 * validates on every keystroke).
 */
final class DataFiles {
  /** A column's name and whether all its values are numbers. */
  record Column(String name, boolean numeric) {}

  /** What validation needs to know of a data file: its columns, or why it cannot be read. */
  record Summary(List<Column> columns, int rows, String error) {
    List<String> names() {
      return columns.stream().map(Column::name).toList();
    }

    List<String> numericNames() {
      return columns.stream().filter(Column::numeric).map(Column::name).toList();
    }
  }

  private record Key(FileTime time, long size) {}

  private static final Map<Path, Map.Entry<Key, Summary>> CACHE = new ConcurrentHashMap<>();

  private DataFiles() {}

  /** The file's summary; null when the file does not exist. */
  static Summary read(Path file) {
    Key key;
    try {
      key = new Key(Files.getLastModifiedTime(file), Files.size(file));
    } catch (IOException e) {
      return null;
    }
    Map.Entry<Key, Summary> cached = CACHE.get(file);
    if (cached != null && cached.getKey().equals(key)) {
      return cached.getValue();
    }
    Summary s;
    try {
      CsvTable t = CsvTable.readAny(file, null);
      s = new Summary(t.columns().stream().map(c -> new Column(c.name(), c.numeric())).toList(), t.rowCount(), null);
    } catch (DataException e) {
      s = new Summary(List.of(), 0, e.describe());
    }
    CACHE.put(file, Map.entry(key, s));
    return s;
  }
}
