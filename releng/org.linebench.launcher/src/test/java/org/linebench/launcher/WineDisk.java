package org.linebench.launcher;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The launcher's questions about {@code C:\...} answered from a Wine prefix's {@code drive_c}. */
final class WineDisk implements Disk {

  private final Path driveC;

  WineDisk(Path driveC) {
    this.driveC = driveC;
  }

  /** The Linux path of a {@code C:\} path (Wine keeps C:\Users in drive_c/users); null for other drives. */
  Path unix(String windows) {
    if (!windows.toUpperCase(Locale.ROOT).startsWith("C:\\")) {
      return null;
    }
    Path p = driveC;
    for (String part : windows.substring(3).split("\\\\")) {
      if (!part.isEmpty()) {
        p = p.resolve(p.equals(driveC) && part.equalsIgnoreCase("Users") ? "users" : part);
      }
    }
    return p;
  }

  @Override
  public boolean isFile(String path) {
    return unix(path) != null && Disk.REAL.isFile(unix(path).toString());
  }

  @Override
  public List<String> list(String folder) {
    return unix(folder) == null ? List.of() : Disk.REAL.list(unix(folder).toString());
  }

  @Override
  public String read(String file, Charset charset) {
    return unix(file) == null ? null : Disk.REAL.read(unix(file).toString(), charset);
  }

  @Override
  public boolean writableFolder(String folder) {
    return unix(folder) != null && Disk.REAL.writableFolder(unix(folder).toString());
  }
}
