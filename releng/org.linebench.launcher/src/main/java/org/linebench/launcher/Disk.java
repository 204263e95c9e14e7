package org.linebench.launcher;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The few questions the launcher asks the file system; tests answer them for a machine that is not there. */
interface Disk {

  boolean isFile(String path);

  /** The names in a folder, sorted; empty when it is not a folder. */
  List<String> list(String folder);

  /** A small text file's content, or null when it cannot be read. */
  String read(String file, Charset charset);

  /** Whether the folder exists or could be made, and can be written to. */
  boolean writableFolder(String folder);

  Disk REAL = new Disk() {
    @Override
    public boolean isFile(String path) {
      return new File(path).isFile();
    }

    @Override
    public List<String> list(String folder) {
      String[] names = new File(folder).list();
      if (names == null) {
        return Collections.emptyList();
      }
      List<String> sorted = new ArrayList<String>(Arrays.asList(names));
      Collections.sort(sorted);
      return sorted;
    }

    @Override
    public String read(String file, Charset charset) {
      File f = new File(file);
      if (!f.isFile() || f.length() > 1 << 20) {
        return null;
      }
      try (InputStream in = new FileInputStream(f)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0;) {
          out.write(buffer, 0, n);
        }
        return new String(out.toByteArray(), charset);
      } catch (IOException e) {
        return null;
      }
    }

    @Override
    public boolean writableFolder(String folder) {
      File f = new File(folder);
      return (f.isDirectory() || f.mkdirs()) && f.canWrite();
    }
  };
}
