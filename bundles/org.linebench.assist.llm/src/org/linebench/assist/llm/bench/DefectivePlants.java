package org.linebench.assist.llm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.linebench.core.AtomicFiles;

/**
 * Writes plants full of deliberate defects, for measuring {@code linebench ask}: robot cells whose
 * guards, doors, light curtains, mats and two-hand controls stand too close or are too low, safety
 * functions whose performance level does not follow from their risk, category, PFHd or MTTFd,
 * emergency stops of category 2 or covering too little, collaborative robots without modes,
 * equipment without marks, stations without a Chinese warning, important data stored or sent
 * abroad. Even-numbered plants are in China ({@code country CN}), odd ones in Germany. The values
 * come from a seeded random generator: the same seed writes the same files. The files import
 * {@code linebench.lib.*}: copy the example library beside them.
 */
public final class DefectivePlants {
  private static final String[] RISKS = {"S1 F1 P1", "S1 F2 P2", "S2 F1 P1", "S2 F1 P2", "S2 F2 P1", "S2 F2 P2"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
  private static final String[] PLS = {"PLa", "PLb", "PLc", "PLd", "PLe"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
  private static final String[] CATEGORIES = {"B", "1", "2", "3", "4"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

  private DefectivePlants() {}

  /** Writes plant number {@code n} of {@code stations} stations into {@code dir}; returns the file. */
  public static Path write(Path dir, int n, int stations, long seed) throws IOException {
    Random r = new Random(seed * 31 + n);
    boolean cn = n % 2 == 0;
    StringBuilder b = new StringBuilder();
    b.append("namespace defects.p").append(n).append("\n\nimport linebench.lib.*\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
    b.append("plant P").append(n).append(" \"Plant with defects ").append(n).append("\" {\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    b.append(cn ? "\tcountry CN\n\tlanguage zh\n" : "\tcountry DE\n\tlanguage en\n"); //$NON-NLS-1$ //$NON-NLS-2$
    if (r.nextBoolean()) {
      b.append("\tmaker \"Defect Works Ltd.\"\n\taddress \"1 Test Road\"\n"); //$NON-NLS-1$
    }
    if (cn && r.nextBoolean()) {
      b.append("\tciio\n"); //$NON-NLS-1$
    }
    b.append("\tline L \"Line with defects\" {\n\t\ttakt 60 s\n\t\tsource In\n"); //$NON-NLS-1$
    List<String> chain = new ArrayList<>();
    List<String> zones = new ArrayList<>();
    chain.add("In"); //$NON-NLS-1$
    for (int s = 0; s < stations; s++) {
      String st = "S" + s; //$NON-NLS-1$
      chain.add(st);
      switch (s % 3) {
        case 0 -> robotCell(b, st, r, zones);
        case 1 -> press(b, st, r, zones);
        default -> manual(b, st, r);
      }
    }
    chain.add("Out"); //$NON-NLS-1$
    b.append("\t\tsink Out\n"); //$NON-NLS-1$
    for (int i = 0; i + 1 < chain.size(); i++) {
      b.append("\t\tflow ").append(chain.get(i)).append(" -> ").append(chain.get(i + 1)).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
    }
    List<String> covered = zones.subList(0, zones.size() / 2);
    b.append("\t\temergency-stop E1 category ").append(r.nextBoolean() ? "2" : "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (!covered.isEmpty()) {
      b.append(" covers ").append(String.join(", ", covered)); //$NON-NLS-1$ //$NON-NLS-2$
    }
    b.append("\n\t}\n"); //$NON-NLS-1$
    if (cn) {
      b.append("\tdata D1 class important stored-in ").append(r.nextBoolean() ? "DE" : "CN").append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      b.append("\tdata-flow F1 D1 to \"Headquarters\" in DE\n"); //$NON-NLS-1$
      b.append("\tdata D2 class general personal-information stored-in CN\n"); //$NON-NLS-1$
      b.append("\tdata-flow F2 D2 to \"HR\" in DE\n"); //$NON-NLS-1$
    }
    b.append("}\n"); //$NON-NLS-1$
    Path file = dir.resolve("defects-" + n + ".line"); //$NON-NLS-1$ //$NON-NLS-2$
    AtomicFiles.write(file, b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return file;
  }

  private static void robotCell(StringBuilder b, String st, Random r, List<String> zones) {
    b.append("\t\tstation ").append(st).append(" : WeldCell {\n"); //$NON-NLS-1$ //$NON-NLS-2$
    b.append("\t\t\tstopping-time ").append(100 + r.nextInt(400)).append(" ms\n"); //$NON-NLS-1$ //$NON-NLS-2$
    boolean cobot = r.nextInt(3) == 0;
    b.append("\t\t\trobot R : ").append(cobot ? "UR10e collaborative" : "KR210").append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    b.append("\t\t\tzone Z height ").append(1000 + r.nextInt(1500)).append(" mm\n"); //$NON-NLS-1$ //$NON-NLS-2$
    zones.add(st + ".Z"); //$NON-NLS-1$
    if (r.nextInt(4) > 0) {
      b.append("\t\t\tguard G protects Z height ").append(900 + r.nextInt(1600)).append(" mm distance ").append(100 + r.nextInt(900)) //$NON-NLS-1$ //$NON-NLS-2$
          .append(" mm opening ").append(10 + r.nextInt(200)).append(" mm ground-clearance ").append(100 + r.nextInt(300)).append(" mm\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (r.nextBoolean()) {
      b.append("\t\t\tinterlocked-door D protects Z response ").append(10 + r.nextInt(40)).append(" ms distance ").append(100 + r.nextInt(600)) //$NON-NLS-1$ //$NON-NLS-2$
          .append(" mm\n"); //$NON-NLS-1$
    }
    b.append("\t\t\tlight-curtain LC protects Z detection ").append(r.nextBoolean() ? 14 : 30).append(" mm response ").append(10 + r.nextInt(20)) //$NON-NLS-1$ //$NON-NLS-2$
        .append(" ms distance ").append(100 + r.nextInt(500)).append(" mm\n"); //$NON-NLS-1$ //$NON-NLS-2$
    if (r.nextBoolean()) {
      b.append("\t\t\tpressure-mat M protects Z response ").append(20 + r.nextInt(30)).append(" ms distance ").append(200 + r.nextInt(800)) //$NON-NLS-1$ //$NON-NLS-2$
          .append(" mm\n"); //$NON-NLS-1$
    }
    safetyFunction(b, "SF", r, "LC"); //$NON-NLS-1$ //$NON-NLS-2$
    warning(b, r);
    b.append("\t\t}\n"); //$NON-NLS-1$
  }

  private static void press(StringBuilder b, String st, Random r, List<String> zones) {
    b.append("\t\tstation ").append(st).append(" machining {\n"); //$NON-NLS-1$ //$NON-NLS-2$
    b.append("\t\t\tcycle-time 40 s\n\t\t\tstopping-time ").append(100 + r.nextInt(300)).append(" ms\n"); //$NON-NLS-1$ //$NON-NLS-2$
    String marks = switch (r.nextInt(3)) {
      case 0 -> ""; //$NON-NLS-1$
      case 1 -> " marks CE"; //$NON-NLS-1$
      default -> " marks CCC"; //$NON-NLS-1$
    };
    b.append("\t\t\tmachine M1 power ").append(1 + r.nextInt(50)).append(" kW").append(marks).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
    b.append("\t\t\tcomponent K category relay").append(r.nextBoolean() ? " marks CE" : "").append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    b.append("\t\t\tzone Z\n"); //$NON-NLS-1$
    zones.add(st + ".Z"); //$NON-NLS-1$
    b.append("\t\t\ttwo-hand-control T protects Z response ").append(10 + r.nextInt(30)).append(" ms distance ").append(100 + r.nextInt(400)) //$NON-NLS-1$ //$NON-NLS-2$
        .append(" mm\n"); //$NON-NLS-1$
    b.append("\t\t\tguard G protects Z height ").append(800 + r.nextInt(1200)).append(" mm distance ").append(100 + r.nextInt(500)) //$NON-NLS-1$ //$NON-NLS-2$
        .append(" mm opening ").append(10 + r.nextInt(60)).append(" mm\n"); //$NON-NLS-1$ //$NON-NLS-2$
    safetyFunction(b, "PSF", r, "G"); //$NON-NLS-1$ //$NON-NLS-2$
    warning(b, r);
    b.append("\t\t}\n"); //$NON-NLS-1$
  }

  private static void manual(StringBuilder b, String st, Random r) {
    b.append("\t\tstation ").append(st).append(" : ManualLoad {\n\t\t\toperators ").append(1 + r.nextInt(3)).append("\n\t\t}\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static void safetyFunction(StringBuilder b, String name, Random r, String device) {
    b.append("\t\t\tsafety-function ").append(name); //$NON-NLS-1$
    if (r.nextInt(5) > 0) {
      b.append(" risk ").append(RISKS[r.nextInt(RISKS.length)]); //$NON-NLS-1$
    }
    if (r.nextInt(5) > 0) {
      b.append(" achieved ").append(PLS[r.nextInt(PLS.length)]); //$NON-NLS-1$
    }
    if (r.nextBoolean()) {
      b.append(" pfhd ").append(new String[] {"5e-5", "4e-6", "2e-6", "4.2e-8", "5e-7", "2e-4"}[r.nextInt(6)]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }
    if (r.nextInt(4) > 0) {
      b.append(" category ").append(CATEGORIES[r.nextInt(CATEGORIES.length)]); //$NON-NLS-1$
    }
    if (r.nextBoolean()) {
      b.append(" mttfd ").append(2 + r.nextInt(60)).append(" years dc-avg ").append(50 + r.nextInt(50)).append(" %"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      if (r.nextBoolean()) {
        b.append(" ccf ").append(40 + r.nextInt(50)); //$NON-NLS-1$
      }
    }
    b.append(" devices ").append(device).append('\n'); //$NON-NLS-1$
  }

  private static void warning(StringBuilder b, Random r) {
    switch (r.nextInt(3)) {
      case 0 -> b.append("\t\t\ttext warning zh \"危险！设备运行中\"\n"); //$NON-NLS-1$
      case 1 -> b.append("\t\t\ttext warning en \"Danger: machine in motion\"\n"); //$NON-NLS-1$
      default -> { /* no warning at all */ }
    }
  }
}
