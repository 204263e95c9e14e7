package org.linebench.dsl.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic plants of any size for tests and benchmarks: a plant file, and its lines of
 * {@value #STATIONS_PER_LINE} stations, each line in a file of its own. Every fourth station is a
 * robot cell with a hazard zone, guard, interlocked door, light curtain, safety functions and
 * sensors; the others machine, assemble, inspect or are manual workstations; every tenth position
 * is a buffer; inspections send rework back. The result validates without errors.
 */
public final class SyntheticPlants {
  public static final int STATIONS_PER_LINE = 100;
  public static final String NAMESPACE = "synthetic"; //$NON-NLS-1$

  private SyntheticPlants() {}

  /** Writes a plant of {@code stations} stations into {@code dir}; returns the files written. */
  public static List<Path> write(Path dir, int stations, long seed) throws IOException {
    return write(dir, stations, seed, STATIONS_PER_LINE);
  }

  /**
   * Writes a plant of {@code stations} stations into {@code dir}, {@code perLine} stations in each
   * line file (the plant file first); returns the files written.
   */
  public static List<Path> write(Path dir, int stations, long seed, int perLine) throws IOException {
    if (perLine < 1) {
      throw new IllegalArgumentException("stations per line: " + perLine); //$NON-NLS-1$
    }
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    int lines = (stations + perLine - 1) / perLine;
    StringBuilder plant = new StringBuilder();
    plant.append("namespace ").append(NAMESPACE).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
    plant.append("plant Synth \"Synthetic plant of ").append(stations).append(" stations\" {\n"); //$NON-NLS-1$ //$NON-NLS-2$
    plant.append("\tsite \"Suzhou Industrial Park\"\n\tcountry CN\n\tlanguage zh\n"); //$NON-NLS-1$
    plant.append("\tmaker \"合成示例有限公司\"\n\taddress \"江苏省苏州市工业园区 1 号\"\n"); //$NON-NLS-1$
    for (int l = 0; l < lines; l++) {
      plant.append("\tdata D").append(l).append(" class ").append(l % 3 == 0 ? "important" : "general") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          .append(" stored-in CN sensors ").append(lineName(l)).append(".St0.T\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    plant.append("}\n"); //$NON-NLS-1$
    files.add(write(dir.resolve("plant.line"), plant)); //$NON-NLS-1$
    for (int l = 0; l < lines; l++) {
      int n = Math.min(perLine, stations - l * perLine);
      files.add(write(dir.resolve(lineName(l) + ".line"), line(l, n, random))); //$NON-NLS-1$
    }
    return files;
  }

  private static String lineName(int l) {
    return String.format("L%03d", l); //$NON-NLS-1$
  }

  private static Path write(Path file, CharSequence text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static CharSequence line(int l, int stations, Random random) {
    StringBuilder b = new StringBuilder();
    b.append("namespace ").append(NAMESPACE).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
    b.append("line ").append(lineName(l)).append(" of Synth {\n\ttakt 60 s\n\tsource In\n\tsink Out\n"); //$NON-NLS-1$ //$NON-NLS-2$
    List<String> chain = new ArrayList<>();
    List<String> flows = new ArrayList<>();
    List<String> zones = new ArrayList<>();
    chain.add("In"); //$NON-NLS-1$
    for (int s = 0; s < stations; s++) {
      String name = "St" + s; //$NON-NLS-1$
      int cycle = 20 + random.nextInt(35);
      if (s % 4 == 0) {
        zones.add(name + ".Z"); //$NON-NLS-1$
        b.append("\tstation ").append(name).append(" robot-cell {\n") //$NON-NLS-1$ //$NON-NLS-2$
            .append("\t\tcycle-time ").append(cycle).append(" s\n\t\toperators 0\n") //$NON-NLS-1$ //$NON-NLS-2$
            .append("\t\tstopping-time ").append(150 + random.nextInt(300)).append(" ms\n") //$NON-NLS-1$ //$NON-NLS-2$
            .append("\t\trobot R payload ").append(10 + random.nextInt(200)).append(" kg reach 2.5 m speed 2 m/s marks CE, CCC\n") //$NON-NLS-1$ //$NON-NLS-2$
            .append("\t\tzone Z \"robot envelope\"\n") //$NON-NLS-1$
            .append("\t\tguard G protects Z height 2000 mm distance 900 mm opening 40 mm\n") //$NON-NLS-1$
            .append("\t\tinterlocked-door D protects Z\n") //$NON-NLS-1$
            .append("\t\tlight-curtain C protects Z detection 30 mm response 20 ms distance 800 mm\n") //$NON-NLS-1$
            .append("\t\tsafety-function SF1 risk S2 F1 P2 achieved PLd pfhd 5e-8 category 3 devices D\n") //$NON-NLS-1$
            .append("\t\tsafety-function SF2 risk S2 F1 P2 achieved PLd category 3 devices C\n") //$NON-NLS-1$
            .append("\t\tsensor T measures temperature unit °C rate 10 Hz\n") //$NON-NLS-1$
            .append("\t\tsensor Q measures torque unit Nm rate 100 Hz\n") //$NON-NLS-1$
            .append("\t\ttext warning zh \"危险：机器人工作区\"\n\t}\n"); //$NON-NLS-1$
      } else if (s % 4 == 1) {
        b.append("\tstation ").append(name).append(" manual-workstation {\n\t\tcycle-time ").append(cycle) //$NON-NLS-1$ //$NON-NLS-2$
            .append(" s\n\t\toperators 1\n\t\tsensor T measures time unit min\n\t}\n"); //$NON-NLS-1$
      } else if (s % 4 == 2) {
        b.append("\tstation ").append(name).append(" inspection {\n\t\tcycle-time ").append(cycle) //$NON-NLS-1$ //$NON-NLS-2$
            .append(" s\n\t\tsensor T measures position unit mm rate 5 Hz\n\t}\n"); //$NON-NLS-1$
      } else {
        zones.add(name + ".Z"); //$NON-NLS-1$
        b.append("\tstation ").append(name).append(" machining {\n\t\tcycle-time ").append(cycle) //$NON-NLS-1$ //$NON-NLS-2$
            .append(" s\n\t\tstopping-time 400 ms\n\t\tmachine M power ").append(5 + random.nextInt(40)) //$NON-NLS-1$
            .append(" kW marks CCC\n\t\tzone Z\n\t\tguard G protects Z height 1400 mm distance 300 mm opening 10 mm\n") //$NON-NLS-1$
            .append("\t\tsensor T measures rotational-speed unit rpm rate 50 Hz\n\t}\n"); //$NON-NLS-1$
      }
      chain.add(name);
      if (s % 4 == 2 && s > 0) {
        flows.add("\tflow " + name + " -> St" + (s - 1) + " rework\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
      if (s % 10 == 9) {
        String buffer = "B" + s; //$NON-NLS-1$
        b.append("\tbuffer ").append(buffer).append(" capacity ").append(2 + random.nextInt(10)).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        chain.add(buffer);
      }
    }
    chain.add("Out"); //$NON-NLS-1$
    for (int i = 0; i + 1 < chain.size(); i++) {
      b.append("\tflow ").append(chain.get(i)).append(" -> ").append(chain.get(i + 1)).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
    }
    flows.forEach(b::append);
    if (!zones.isEmpty()) {
      b.append("\temergency-stop E category 0 covers ").append(String.join(", ", zones)).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
    }
    b.append("}\n"); //$NON-NLS-1$
    return b;
  }
}
