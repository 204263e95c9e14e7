package org.linebench.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the Equinox launcher in the launcher's tests: writes its arguments and a few properties of its JVM
 * to the file $LB_RECORD (one a line), prints a line, and exits with $LB_EXIT.
 */
public final class Recorder {

  private Recorder() {}

  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("java.home=" + System.getProperty("java.home"));
    lines.add("stdout.encoding=" + System.getProperty("stdout.encoding"));
    lines.add("file.encoding=" + System.getProperty("file.encoding"));
    lines.add("max heap=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    for (String a : args) {
      lines.add("arg=" + a);
    }
    Files.write(Path.of(System.getenv("LB_RECORD")), lines, StandardCharsets.UTF_8);
    System.out.println("recorder ran");
    System.exit(Integer.parseInt(System.getenv("LB_EXIT")));
  }
}
