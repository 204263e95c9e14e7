package org.linebench.launcher;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A file system of a machine that is not there: files with their text, in that machine's path syntax. */
final class FakeDisk implements Disk {

  private final Map<String, String> files = new TreeMap<>();
  private final Set<String> readOnly = new HashSet<>();
  final List<String> made = new ArrayList<>();
  private final char separator;

  FakeDisk(char separator) {
    this.separator = separator;
  }

  FakeDisk file(String path, String text) {
    files.put(path, text);
    return this;
  }

  FakeDisk file(String path) {
    return file(path, "");
  }

  /** A Java home with its release file. */
  FakeDisk java(String home, String version) {
    String bin = home + separator + "bin" + separator + (separator == '\\' ? "java.exe" : "java");
    return file(bin).file(home + separator + "release", "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version + "\"\n");
  }

  FakeDisk readOnly(String folder) {
    readOnly.add(folder);
    return this;
  }

  @Override
  public boolean isFile(String path) {
    return files.containsKey(path);
  }

  @Override
  public List<String> list(String folder) {
    Set<String> names = new TreeSet<>();
    String prefix = folder + separator;
    for (String f : files.keySet()) {
      if (f.startsWith(prefix)) {
        String rest = f.substring(prefix.length());
        int end = rest.indexOf(separator);
        names.add(end < 0 ? rest : rest.substring(0, end));
      }
    }
    return new ArrayList<>(names);
  }

  @Override
  public String read(String file, Charset charset) {
    return files.get(file);
  }

  @Override
  public boolean writableFolder(String folder) {
    for (String r : readOnly) {
      if (folder.startsWith(r)) {
        return false;
      }
    }
    made.add(folder);
    return true;
  }
}
