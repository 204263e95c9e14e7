package org.linebench.rules.report;

import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The report as one JSON object: summary, packs with their rules, findings with their evidence. */
public final class JsonFormat implements ReportFormat {

  @Override
  public String name() {
    return "json"; //$NON-NLS-1$
  }

  @Override
  public String render(Report report) {
    JsonObject root = new JsonObject();
    root.addProperty("tool", "LineBench"); //$NON-NLS-1$ //$NON-NLS-2$
    root.addProperty("language", report.locale().getLanguage()); //$NON-NLS-1$
    JsonObject summary = new JsonObject();
    summary.addProperty("files", report.files()); //$NON-NLS-1$
    summary.addProperty("plants", report.plants()); //$NON-NLS-1$
    for (Severity s : Severity.values()) {
      summary.addProperty(s.id() + "s", report.count(s)); //$NON-NLS-1$
    }
    root.add("summary", summary); //$NON-NLS-1$
    JsonArray packs = new JsonArray();
    for (RulePack p : report.packs()) {
      JsonObject pack = new JsonObject();
      pack.addProperty("id", p.id()); //$NON-NLS-1$
      pack.addProperty("name", p.name()); //$NON-NLS-1$
      JsonArray j = new JsonArray();
      p.jurisdictions().stream().sorted().forEach(j::add);
      pack.add("jurisdictions", j); //$NON-NLS-1$
      JsonArray rules = new JsonArray();
      for (RuleDescriptor d : p.rules()) {
        rules.add(rule(d, report));
      }
      pack.add("rules", rules); //$NON-NLS-1$
      packs.add(pack);
    }
    root.add("packs", packs); //$NON-NLS-1$
    JsonArray findings = new JsonArray();
    for (Finding f : report.findings()) {
      findings.add(finding(f, report));
    }
    root.add("findings", findings); //$NON-NLS-1$
    root.add("register", register(report)); //$NON-NLS-1$
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n"; //$NON-NLS-1$
  }

  /** The risk assessment register: one object per hazard. */
  static JsonArray register(Report report) {
    JsonArray out = new JsonArray();
    for (RegisterEntry e : report.register()) {
      JsonObject o = new JsonObject();
      o.addProperty("hazard", e.hazard()); //$NON-NLS-1$
      o.addProperty("label", e.label()); //$NON-NLS-1$
      o.addProperty("station", e.station()); //$NON-NLS-1$
      o.addProperty("zone", e.zone()); //$NON-NLS-1$
      o.addProperty("kind", e.kind()); //$NON-NLS-1$
      JsonArray phases = new JsonArray();
      e.phases().forEach(phases::add);
      o.add("phases", phases); //$NON-NLS-1$
      JsonArray persons = new JsonArray();
      e.persons().forEach(persons::add);
      o.add("persons", persons); //$NON-NLS-1$
      o.addProperty("risk", e.risk()); //$NON-NLS-1$
      o.addProperty("design", e.design()); //$NON-NLS-1$
      JsonArray measures = new JsonArray();
      e.measures().forEach(measures::add);
      o.add("measures", measures); //$NON-NLS-1$
      o.addProperty("residual", e.residual()); //$NON-NLS-1$
      o.addProperty("file", report.display(e.file())); //$NON-NLS-1$
      o.addProperty("line", e.line()); //$NON-NLS-1$
      out.add(o);
    }
    return out;
  }

  static JsonObject rule(RuleDescriptor d, Report report) {
    JsonObject r = new JsonObject();
    r.addProperty("id", d.id()); //$NON-NLS-1$
    r.addProperty("standard", d.standard()); //$NON-NLS-1$
    r.addProperty("edition", d.edition()); //$NON-NLS-1$
    r.addProperty("clause", d.clause()); //$NON-NLS-1$
    r.addProperty("article", d.article()); //$NON-NLS-1$
    r.addProperty("severity", d.severity().id()); //$NON-NLS-1$
    r.addProperty("title", d.title(report.locale())); //$NON-NLS-1$
    r.addProperty("rationale", d.rationale(report.locale())); //$NON-NLS-1$
    return r;
  }

  static JsonObject finding(Finding f, Report report) {
    JsonObject o = new JsonObject();
    o.addProperty("ruleId", f.ruleId()); //$NON-NLS-1$
    o.addProperty("pack", f.packId()); //$NON-NLS-1$
    o.addProperty("severity", f.severity().id()); //$NON-NLS-1$
    o.addProperty("citation", f.citation()); //$NON-NLS-1$
    o.addProperty("file", report.display(f.file())); //$NON-NLS-1$
    o.addProperty("line", f.line()); //$NON-NLS-1$
    o.addProperty("column", f.column()); //$NON-NLS-1$
    o.addProperty("element", f.element()); //$NON-NLS-1$
    o.addProperty("message", f.message()); //$NON-NLS-1$
    if (!f.formula().isEmpty()) {
      o.addProperty("formula", f.formula()); //$NON-NLS-1$
    }
    JsonArray ev = new JsonArray();
    for (Evidence e : f.evidence()) {
      JsonObject v = new JsonObject();
      v.addProperty("name", e.name()); //$NON-NLS-1$
      v.addProperty("value", e.value()); //$NON-NLS-1$
      v.addProperty("unit", e.unit()); //$NON-NLS-1$
      v.addProperty("computed", e.computed()); //$NON-NLS-1$
      ev.add(v);
    }
    o.add("evidence", ev); //$NON-NLS-1$
    o.addProperty("internalError", f.internalError()); //$NON-NLS-1$
    return o;
  }
}
