package org.linebench.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * CSV files for people: UTF-8, written atomically, by default with a byte order mark first. Excel opens a CSV file
 * without one in the system's code page, which on a Chinese Windows is GBK: every Chinese header and class name
 * would come out garbled. With the mark Excel reads UTF-8; LineBench's own CSV reader skips it, and so do most
 * tools (those that do not get {@code --no-bom}).
 */
public final class CsvFiles {

  /** The byte order mark of UTF-8. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvFiles() {
  }

  /** Writes the CSV text in UTF-8 atomically, with the byte order mark first when {@code bom} is true. */
  public static void write(Path target, String csv, boolean bom) throws IOException {
    byte[] text = csv.getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> {
      if (bom) {
        out.write(BOM);
      }
      out.write(text);
    });
  }
}
