package org.linebench.rules.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0, as code-scanning services read it: one run, the driver's rules with their
 * descriptions, help text and standard, and one result per finding with its level and location
 * (a path relative to the folder validate ran in, with forward slashes).
 */
public final class SarifFormat implements ReportFormat {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"; //$NON-NLS-1$

  @Override
  public String name() {
    return "sarif"; //$NON-NLS-1$
  }

  @Override
  public String render(Report report) {
    Texts t = Texts.of(report.locale());
    Map<String, JsonObject> rules = new LinkedHashMap<>();
    for (RulePack p : report.packs()) {
      for (RuleDescriptor d : p.rules()) {
        JsonObject r = new JsonObject();
        r.addProperty("id", d.id()); //$NON-NLS-1$
        r.add("shortDescription", text(d.title(report.locale()))); //$NON-NLS-1$
        r.add("fullDescription", text(d.rationale(report.locale()))); //$NON-NLS-1$
        r.add("help", text(d.title(report.locale()) + "\n\n" + d.rationale(report.locale()) + "\n\n" + d.citation(report.locale()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject config = new JsonObject();
        config.addProperty("level", level(d.severity())); //$NON-NLS-1$
        r.add("defaultConfiguration", config); //$NON-NLS-1$
        JsonObject props = new JsonObject();
        props.addProperty("pack", p.id()); //$NON-NLS-1$
        props.addProperty("standard", d.designation()); //$NON-NLS-1$
        props.addProperty("clause", d.clause()); //$NON-NLS-1$
        props.addProperty("article", d.article()); //$NON-NLS-1$
        JsonArray tags = new JsonArray();
        tags.add("certification"); //$NON-NLS-1$
        tags.add(p.id());
        props.add("tags", tags); //$NON-NLS-1$
        r.add("properties", props); //$NON-NLS-1$
        rules.put(d.id(), r);
      }
    }
    for (Finding f : report.findings()) {
      if (!rules.containsKey(f.ruleId())) { // structural issue codes
        JsonObject r = new JsonObject();
        r.addProperty("id", f.ruleId()); //$NON-NLS-1$
        r.add("shortDescription", text(t.bind("sarif.structural", f.ruleId()))); //$NON-NLS-1$
        r.add("help", text(t.get("sarif.structuralHelp"))); //$NON-NLS-1$
        JsonObject props = new JsonObject();
        props.addProperty("pack", f.packId()); //$NON-NLS-1$
        r.add("properties", props); //$NON-NLS-1$
        rules.put(f.ruleId(), r);
      }
    }
    JsonArray results = new JsonArray();
    Map<String, Integer> index = new LinkedHashMap<>();
    rules.keySet().forEach(id -> index.put(id, index.size()));
    for (Finding f : report.findings()) {
      JsonObject r = new JsonObject();
      r.addProperty("ruleId", f.ruleId()); //$NON-NLS-1$
      r.addProperty("ruleIndex", index.get(f.ruleId())); //$NON-NLS-1$
      r.addProperty("level", level(f.severity())); //$NON-NLS-1$
      String message = f.message() + (f.citation().isEmpty() ? "" : t.bind("text.citation", f.citation())); //$NON-NLS-1$ //$NON-NLS-2$
      r.add("message", text(message)); //$NON-NLS-1$
      if (f.file() != null) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", report.display(f.file())); //$NON-NLS-1$
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact); //$NON-NLS-1$
        if (f.line() > 0) {
          JsonObject region = new JsonObject();
          region.addProperty("startLine", f.line()); //$NON-NLS-1$
          if (f.column() > 0) {
            region.addProperty("startColumn", f.column()); //$NON-NLS-1$
          }
          physical.add("region", region); //$NON-NLS-1$
        }
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical); //$NON-NLS-1$
        if (!f.element().isEmpty()) {
          JsonArray logical = new JsonArray();
          JsonObject l = new JsonObject();
          l.addProperty("fullyQualifiedName", f.element()); //$NON-NLS-1$
          logical.add(l);
          location.add("logicalLocations", logical); //$NON-NLS-1$
        }
        JsonArray locations = new JsonArray();
        locations.add(location);
        r.add("locations", locations); //$NON-NLS-1$
      }
      if (!f.evidence().isEmpty() || f.internalError()) {
        JsonObject props = new JsonObject();
        JsonArray ev = new JsonArray();
        for (Evidence e : f.evidence()) {
          ev.add(e.toString());
        }
        props.add("evidence", ev); //$NON-NLS-1$
        if (!f.formula().isEmpty()) {
          props.addProperty("formula", f.formula()); //$NON-NLS-1$
        }
        props.addProperty("internalError", f.internalError()); //$NON-NLS-1$
        r.add("properties", props); //$NON-NLS-1$
      }
      results.add(r);
    }
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "LineBench"); //$NON-NLS-1$ //$NON-NLS-2$
    driver.addProperty("version", "0.1.0"); //$NON-NLS-1$ //$NON-NLS-2$
    JsonArray ruleArray = new JsonArray();
    rules.values().forEach(ruleArray::add);
    driver.add("rules", ruleArray); //$NON-NLS-1$
    JsonObject tool = new JsonObject();
    tool.add("driver", driver); //$NON-NLS-1$
    JsonObject run = new JsonObject();
    run.add("tool", tool); //$NON-NLS-1$
    run.addProperty("language", report.locale().getLanguage()); //$NON-NLS-1$
    run.addProperty("columnKind", "unicodeCodePoints"); //$NON-NLS-1$ //$NON-NLS-2$
    run.add("results", results); //$NON-NLS-1$
    JsonObject runProperties = new JsonObject();
    runProperties.add("register", JsonFormat.register(report)); //$NON-NLS-1$
    run.add("properties", runProperties); //$NON-NLS-1$
    JsonObject root = new JsonObject();
    root.addProperty("$schema", SCHEMA); //$NON-NLS-1$
    root.addProperty("version", "2.1.0"); //$NON-NLS-1$ //$NON-NLS-2$
    JsonArray runs = new JsonArray();
    runs.add(run);
    root.add("runs", runs); //$NON-NLS-1$
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n"; //$NON-NLS-1$
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error"; //$NON-NLS-1$
      case WARNING -> "warning"; //$NON-NLS-1$
      case INFO -> "note"; //$NON-NLS-1$
    };
  }

  private static JsonObject text(String s) {
    JsonObject o = new JsonObject();
    o.addProperty("text", s); //$NON-NLS-1$
    return o;
  }
}
