package org.linebench.sim.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a line file for simulation benchmarks and tests: {@code stations} stations in a row with
 * cycle times of 40 to 55 s (lognormal, 5 % spread), failures (MTBF 8 to 40 h, MTTR 10 to 40 min),
 * a buffer of 3 to 10 places after every fifth station, three shifts with breaks, six days a week.
 * The file validates without errors.
 */
public final class SyntheticLines {
  private SyntheticLines() {}

  /** Writes {@code synthetic-line.line} into {@code dir}; returns it. */
  public static Path write(Path dir, int stations, long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    b.append("namespace synthetic.sim\n\nplant Synth \"Synthetic plant\" {\n\tcountry CN\n"); //$NON-NLS-1$
    b.append("\tcalendar ThreeShifts {\n") //$NON-NLS-1$
        .append("\t\tshift Early 06:00 to 14:00 break 10:00 for 30 min\n") //$NON-NLS-1$
        .append("\t\tshift Late 14:00 to 22:00 break 18:00 for 30 min\n") //$NON-NLS-1$
        .append("\t\tshift Night 22:00 to 06:00 break 02:00 for 30 min\n") //$NON-NLS-1$
        .append("\t\tdays Mon, Tue, Wed, Thu, Fri, Sat\n\t}\n"); //$NON-NLS-1$
    b.append("\tline L \"Synthetic line of ").append(stations).append(" stations\" {\n\t\ttakt 60 s\n\t\tshifts ThreeShifts\n") //$NON-NLS-1$ //$NON-NLS-2$
        .append("\t\tsource In\n"); //$NON-NLS-1$
    StringBuilder flows = new StringBuilder();
    String previous = "In"; //$NON-NLS-1$
    for (int s = 0; s < stations; s++) {
      String name = "S" + s; //$NON-NLS-1$
      int cycle = 40 + random.nextInt(16);
      b.append("\t\tstation ").append(name).append(" assembly {\n\t\t\tcycle-time ").append(cycle) //$NON-NLS-1$ //$NON-NLS-2$
          .append(" s lognormal sd ").append(Math.max(1, cycle / 20)).append(" s\n") //$NON-NLS-1$ //$NON-NLS-2$
          .append("\t\t\tmtbf ").append(8 + random.nextInt(33)).append(" h\n") //$NON-NLS-1$ //$NON-NLS-2$
          .append("\t\t\tmttr ").append(10 + random.nextInt(31)).append(" min\n\t\t}\n"); //$NON-NLS-1$ //$NON-NLS-2$
      flows.append("\t\tflow ").append(previous).append(" -> ").append(name).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
      previous = name;
      if (s % 5 == 4 && s < stations - 1) {
        String buffer = "B" + s; //$NON-NLS-1$
        b.append("\t\tbuffer ").append(buffer).append(" capacity ").append(3 + random.nextInt(8)).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        flows.append("\t\tflow ").append(previous).append(" -> ").append(buffer).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        previous = buffer;
      }
    }
    b.append("\t\tsink Out\n"); //$NON-NLS-1$
    flows.append("\t\tflow ").append(previous).append(" -> Out\n"); //$NON-NLS-1$ //$NON-NLS-2$
    b.append(flows).append("\t}\n}\n"); //$NON-NLS-1$
    Files.createDirectories(dir);
    Path file = dir.resolve("synthetic-line.line"); //$NON-NLS-1$
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }
}
