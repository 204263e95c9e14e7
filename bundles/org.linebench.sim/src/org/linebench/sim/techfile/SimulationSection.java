package org.linebench.sim.techfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linebench.core.InputFiles;
import org.linebench.ml.card.Hashes;
import org.linebench.model.line.Line;
import org.linebench.rules.PlantModel;
import org.linebench.rules.report.Document;
import org.linebench.rules.report.Document.Block;
import org.linebench.rules.report.Report;
import org.linebench.rules.report.SectionContributor;
import org.linebench.rules.report.SectionException;
import org.linebench.rules.report.Texts;
import org.linebench.sim.Durations;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The section "simulation results" of the technical file, for each result a simulation saved
 * ({@code linebench simulate --format json --output F.json}) and {@code validate --simulation F.json}
 * names: the run (replications, horizon, warm-up, seed), whether the line files simulated are those
 * validated (by SHA-256), throughput with its interval, the line's OEE, the bottleneck and what a
 * change there buys, and per station its availability, failed and set-up time and where that
 * downtime comes from (the model that predicts its stops, the MTBF and MTTR or set-up it declares).
 * A file that is not such a result stops the report ({@link SectionException}).
 */
public final class SimulationSection implements SectionContributor {
  /** The format the simulate command writes (its JSON report's first field). */
  static final String FORMAT = "linebench-simulation/1"; //$NON-NLS-1$

  @Override
  public Document.Section section(Report report) {
    if (report.simulations().isEmpty()) {
      return null;
    }
    Texts t = Texts.of(SimulationSection.class, report.locale());
    Map<String, Path> validated = new HashMap<>();
    for (Path in : report.inputs()) {
      String sha = sha256(in);
      if (sha != null) {
        validated.put(sha, in);
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Path p : report.simulations()) {
      blocks.addAll(result(report, t, p, validated));
    }
    return new Document.Section("simulation", t.get("sim.title"), blocks); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static List<Block> result(Report report, Texts t, Path file, Map<String, Path> validated) {
    String shown = report.display(file);
    JsonObject o;
    try {
      o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException e) {
      throw new SectionException(t.bind("sim.unreadable", shown, InputFiles.reason(e))); //$NON-NLS-1$
    } catch (RuntimeException e) {
      throw new SectionException(t.bind("sim.notResult", shown, FORMAT)); //$NON-NLS-1$
    }
    if (!o.has("format") || !FORMAT.equals(o.get("format").getAsString())) { //$NON-NLS-1$ //$NON-NLS-2$
      throw new SectionException(t.bind("sim.notResult", shown, FORMAT)); //$NON-NLS-1$
    }
    try {
      return blocks(report, t, file, o, validated);
    } catch (RuntimeException e) {
      throw new SectionException(t.bind("sim.notResult", shown, FORMAT)); //$NON-NLS-1$
    }
  }

  private static List<Block> blocks(Report report, Texts t, Path file, JsonObject o, Map<String, Path> validated) {
    String line = o.get("line").getAsString(); //$NON-NLS-1$
    List<Block> out = new ArrayList<>();
    out.add(new Document.Paragraph(t.bind("sim.line", label(line, lineLabel(report, line))), true)); //$NON-NLS-1$
    List<String[]> f = new ArrayList<>();
    f.add(new String[] {t.get("sim.file"), report.display(file) + "\nSHA-256 " + sha256(file)}); //$NON-NLS-1$ //$NON-NLS-2$
    JsonObject options = o.getAsJsonObject("options"); //$NON-NLS-1$
    f.add(new String[] {t.get("sim.run"), t.bind("sim.runValue", new Object[] {options.get("replications").getAsInt(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Durations.format(options.get("horizonSeconds").getAsDouble()), Durations.format(options.get("warmupSeconds").getAsDouble()), //$NON-NLS-1$ //$NON-NLS-2$
        options.get("seed").getAsLong()})}); //$NON-NLS-1$
    f.add(new String[] {t.get("sim.lineFiles"), lineFiles(report, t, o, validated)}); //$NON-NLS-1$
    JsonObject th = o.getAsJsonObject("throughputPerHour"); //$NON-NLS-1$
    f.add(new String[] {t.get("sim.throughput"), t.bind("sim.throughputValue", n(th, "mean", 2), n(th, "low", 2), n(th, "high", 2))}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    JsonObject oee = o.getAsJsonObject("lineOee"); //$NON-NLS-1$
    f.add(new String[] {t.get("sim.oee"), t.bind("sim.oeeValue", new Object[] {pct(oee, "oee"), pct(oee, "availability"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        pct(oee, "performance"), pct(oee, "quality")})}); //$NON-NLS-1$ //$NON-NLS-2$
    f.add(new String[] {t.get("sim.bottleneck"), bottleneck(t, o)}); //$NON-NLS-1$
    out.add(new Document.Fields("", null, f)); //$NON-NLS-1$
    List<String> header = new ArrayList<>();
    for (String h : new String[] {"sim.station", "sim.availability", "sim.failed", "sim.setup", "sim.downtime", "sim.utilisation", "sim.pieces"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
      header.add(t.get(h));
    }
    List<List<String>> rows = new ArrayList<>();
    for (JsonElement e : o.getAsJsonArray("stations")) { //$NON-NLS-1$
      rows.add(station(t, e.getAsJsonObject()));
    }
    out.add(new Document.Table(header, rows));
    return out;
  }

  static List<String> station(Texts t, JsonObject s) {
    JsonObject states = s.getAsJsonObject("states"); //$NON-NLS-1$
    JsonObject th = s.getAsJsonObject("piecesPerHour"); //$NON-NLS-1$
    String name = s.get("name").getAsString(); //$NON-NLS-1$
    String label = s.has("label") && !s.get("label").isJsonNull() ? s.get("label").getAsString() : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return List.of(label(name, label), pct(s.getAsJsonObject("oee"), "availability") + " %", pct(states.getAsJsonObject("failed"), "mean") + " %", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        pct(states.getAsJsonObject("setup"), "mean") + " %", downtime(t, s), pct(s, "utilisation") + " %", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        n(th, "mean", 2) + " \u00b1 " + format((number(th, "high") - number(th, "low")) / 2, 2)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }

  /** Where a station's downtime comes from: its model's predicted stops, its declared MTBF and MTTR, its set-up; each on a line. */
  static String downtime(Texts t, JsonObject s) {
    JsonObject d = s.has("declaredDowntime") ? s.getAsJsonObject("declaredDowntime") : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
    List<String> from = new ArrayList<>();
    if (s.has("model") && !s.get("model").isJsonNull()) { //$NON-NLS-1$ //$NON-NLS-2$
      from.add(t.bind("sim.byModel", new Object[] {s.get("model").getAsString(), n(s, "meanFailureProbabilityPerCycle", 4), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          Durations.format(number(d, "predictedRepairSeconds")), n(s, "predictedStopsPerReplication", 1)})); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!Double.isNaN(number(d, "mtbfSeconds"))) { //$NON-NLS-1$
      // MTBF in hours, as lines and catalogues declare it (400 h rather than 16.7 d)
      String mtbf = format(number(d, "mtbfSeconds") / 3600, 1).replaceAll("\\.0$", "") + " h"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      from.add(t.bind("sim.byMtbf", new Object[] {mtbf, Durations.format(number(d, "mttrSeconds")), //$NON-NLS-1$ //$NON-NLS-2$
          n(s, "failuresPerReplication", 1)})); //$NON-NLS-1$
    }
    if (!Double.isNaN(number(d, "setupSeconds"))) { //$NON-NLS-1$
      from.add(t.bind("sim.bySetup", Durations.format(number(d, "setupSeconds")))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return from.isEmpty() ? t.get("sim.noDowntime") : String.join("\n", from); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static String bottleneck(Texts t, JsonObject o) {
    if (!o.has("bottleneck") || o.get("bottleneck").isJsonNull()) { //$NON-NLS-1$ //$NON-NLS-2$
      return t.get("sim.noBottleneck"); //$NON-NLS-1$
    }
    String name = o.get("bottleneck").getAsString(); //$NON-NLS-1$
    double active = Double.NaN;
    for (JsonElement e : o.getAsJsonArray("stations")) { //$NON-NLS-1$
      if (e.getAsJsonObject().get("name").getAsString().equals(name)) { //$NON-NLS-1$
        active = number(e.getAsJsonObject(), "meanActivePeriodSeconds"); //$NON-NLS-1$
      }
    }
    StringBuilder b = new StringBuilder(t.bind("sim.bottleneckValue", name, Durations.format(active))); //$NON-NLS-1$
    for (JsonElement e : o.getAsJsonArray("whatIfs")) { //$NON-NLS-1$
      JsonObject w = e.getAsJsonObject();
      double delta = number(w.getAsJsonObject("deltaPerHour"), "mean"); //$NON-NLS-1$ //$NON-NLS-2$
      String buffer = w.has("buffer") && !w.get("buffer").isJsonNull() ? w.get("buffer").getAsString() : "-"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      b.append('\n').append(t.bind("sim.whatIf." + w.get("change").getAsString(), new Object[] {w.get("station").getAsString(), buffer, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          (delta >= 0 ? "+" : "") + format(delta, 2), format(100 * w.get("amount").getAsDouble(), 0)})); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    return b.toString();
  }

  /** The line files the simulation read, each said to be one validated here (the same SHA-256) or not. */
  private static String lineFiles(Report report, Texts t, JsonObject o, Map<String, Path> validated) {
    if (!o.has("lineFiles") || o.getAsJsonArray("lineFiles").isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
      return t.get("sim.filesUnknown"); //$NON-NLS-1$
    }
    List<String> out = new ArrayList<>();
    for (JsonElement e : o.getAsJsonArray("lineFiles")) { //$NON-NLS-1$
      JsonObject f = e.getAsJsonObject();
      Path same = validated.get(f.get("sha256").getAsString()); //$NON-NLS-1$
      out.add(same != null ? t.bind("sim.fileSame", report.display(same)) : t.bind("sim.fileOther", f.get("file").getAsString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    return String.join("\n", out); //$NON-NLS-1$
  }

  private static String lineLabel(Report report, String line) {
    for (PlantModel p : report.models()) {
      for (Line l : p.lines()) {
        if (l.getName().equals(line) || (p.plant().getName() + "." + l.getName()).equals(line)) { //$NON-NLS-1$
          return l.getLabel();
        }
      }
    }
    return null;
  }

  private static double number(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsDouble() : Double.NaN;
  }

  private static String n(JsonObject o, String key, int decimals) {
    return format(number(o, key), decimals);
  }

  private static String pct(JsonObject o, String key) {
    return format(100 * number(o, key), 1);
  }

  private static String format(double v, int decimals) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static String label(String name, String label) {
    return label == null || label.isEmpty() ? name : name + " \u201c" + label + "\u201d"; //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static String sha256(Path file) {
    try {
      return Hashes.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      return null;
    }
  }
}
