package org.linebench.rules.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.linebench.model.line.Line;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.internal.view.Views;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The technical file as a document independent of its output: titled sections of paragraphs,
 * labelled fields, tables and a chart, in the report's language. The PDF writer lays it out page by
 * page; a section added here appears in every format that renders the document.
 */
public record Document(String title, List<Section> sections) {
  /** Rows of detail a section lists before it counts the rest (a plant of thousands of stations). */
  public static final int DETAIL_CAP = 200;
  /** Findings of one rule shown in full before the rest of them are counted. */
  public static final int PER_RULE = 25;
  /** Lines and line files the cover lists one by one; more go into one field (lines) or an appendix (files). */
  public static final int COVER_ITEMS = 10;

  /** A section: a bookmark and a heading in the output. */
  public record Section(String id, String title, List<Block> blocks) {}

  public sealed interface Block permits Paragraph, Fields, Table, Chart, Figure {}

  /** Running text; {@code strong} for a verdict or a heading of a group. */
  public record Paragraph(String text, boolean strong) implements Block {}

  /** Labelled values (a cover, one finding), with an optional heading and its severity. */
  public record Fields(String heading, Severity severity, List<String[]> fields) implements Block {}

  /** A table: a header row and rows of cells. */
  public record Table(List<String> header, List<List<String>> rows) implements Block {}

  /** Findings by standard, stacked by severity; the severity names in {@link Severity} order. */
  public record Chart(Map<String, long[]> byStandard, List<String> severities) implements Block {}

  /**
   * A vector drawing (the line diagram) in its own units, origin top left, y downwards; colours as
   * 0xRRGGBB. Each output draws the shapes with its own primitives (PDF paths, SVG elements).
   */
  public record Figure(double width, double height, List<Shape> shapes) implements Block {}

  public sealed interface Shape permits Rect, Polyline, Label {}

  public record Rect(double x, double y, double width, double height, double radius, int fill, int stroke, boolean dashed) implements Shape {}

  /** Points as x0, y0, x1, y1, ...; an arrow head at the last point when {@code arrow}. */
  public record Polyline(double[] points, int stroke, boolean dashed, boolean arrow) implements Shape {}

  public record Label(double x, double y, double size, int colour, String text, boolean centred) implements Shape {}

  /** This document with a section inserted at the given position (a section another bundle contributes). */
  public Document with(int index, Section section) {
    List<Section> all = new ArrayList<>(sections);
    all.add(Math.min(index, all.size()), section);
    return new Document(title, List.copyOf(all));
  }

  /**
   * The document of a report, summaries first: cover, summary, open items, equipment, the risk
   * assessment register, the safety functions, findings grouped by rule, rule catalogue; and the sections other bundles
   * contribute ({@link SectionContributor}).
   */
  public static Document of(Report report) {
    Texts t = Texts.of(report.locale());
    Sections.Loaded contributed = Sections.load();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("cover", t.get("doc.cover"), List.of(cover(report, t)))); //$NON-NLS-1$ //$NON-NLS-2$
    sections.add(new Section("summary", t.get("html.summary"), summary(report, t))); //$NON-NLS-1$ //$NON-NLS-2$
    sections.add(new Section("open", t.get("doc.open"), openItems(report, t, contributed.leftOut()))); //$NON-NLS-1$ //$NON-NLS-2$
    Section equipment = EquipmentList.section(report, t);
    if (equipment != null) {
      sections.add(equipment);
    }
    // the plants' views, built once for the register and the safety functions
    List<Plant> views = report.models().stream().map(Views::of).toList();
    sections.add(new Section("register", t.get("html.register"), register(report.plants() == 0 ? List.of() : RegisterEntry.ofViews(views), t))); //$NON-NLS-1$ //$NON-NLS-2$
    sections.add(new Section("safety", t.get("safety.title"), //$NON-NLS-1$ //$NON-NLS-2$
        SafetySection.blocks(SafetyFunctionEntry.of(report.models(), views, report.packs()), t)));
    sections.add(new Section("findings", t.get("html.findings"), findings(report, t))); //$NON-NLS-1$ //$NON-NLS-2$
    sections.add(new Section("catalogue", t.get("html.catalogue"), List.of(catalogue(report, t)))); //$NON-NLS-1$ //$NON-NLS-2$
    Section files = files(report, t);
    if (files != null) {
      sections.add(files);
    }
    return contributed.contribute(new Document(t.get("doc.title"), sections), report); //$NON-NLS-1$
  }

  private static Block cover(Report report, Texts t) {
    List<String[]> f = new ArrayList<>();
    for (PlantModel p : report.models()) {
      f.add(new String[] {t.get("doc.plant"), label(p.plant().getName(), p.plant().getLabel())}); //$NON-NLS-1$
      if (p.lines().size() > COVER_ITEMS) {
        // a plant of a hundred lines: their names in one field, the summary still on page 1 or 2
        f.add(new String[] {t.get("doc.line"), t.bind("doc.lineCount", p.lines().size(), //$NON-NLS-1$ //$NON-NLS-2$
            String.join(", ", p.lines().stream().map(Line::getName).toList()))}); //$NON-NLS-1$
      } else {
        for (Line l : p.lines()) {
          f.add(new String[] {t.get("doc.line"), label(l.getName(), l.getLabel())}); //$NON-NLS-1$
        }
      }
      add(f, t.get("doc.site"), p.plant().getSite()); //$NON-NLS-1$
      add(f, t.get("doc.maker"), p.plant().getMaker()); //$NON-NLS-1$
      add(f, t.get("doc.address"), p.plant().getAddress()); //$NON-NLS-1$
    }
    f.add(new String[] {t.get("doc.date"), LocalDate.now().toString()}); //$NON-NLS-1$
    f.add(new String[] {t.get("doc.version"), "LineBench " + version(FrameworkUtil.getBundle(Document.class))}); //$NON-NLS-1$ //$NON-NLS-2$
    for (RulePack p : report.packs()) {
      f.add(new String[] {t.get("doc.pack"), p.id() + " " + version(Platform.getBundle(p.contributor())) + " — " + p.name()}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (report.inputs().size() > COVER_ITEMS) {
      f.add(new String[] {t.get("doc.hash"), t.bind("doc.hashesInAppendix", report.inputs().size(), t.get("doc.files"))}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    } else {
      for (Path in : report.inputs()) {
        f.add(new String[] {t.get("doc.hash"), report.display(in) + "\nSHA-256 " + sha256(in)}); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    return new Fields("", null, f); //$NON-NLS-1$
  }

  /** The appendix of the line files and their SHA-256, for a report of more files than the cover lists; null otherwise. */
  private static Section files(Report report, Texts t) {
    if (report.inputs().size() <= COVER_ITEMS) {
      return null;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Path in : report.inputs()) {
      rows.add(List.of(report.display(in), sha256(in)));
    }
    return new Section("files", t.get("doc.files"), List.of(new Table(List.of(t.get("doc.hash"), "SHA-256"), rows))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  /**
   * The risk assessment register: a row per hazard of the lines (ISO 12100 / GB/T 15706), at most
   * {@link #DETAIL_CAP} rows and a count of the rest.
   */
  private static List<Block> register(List<RegisterEntry> register, Texts t) {
    if (register.isEmpty()) {
      return List.of(new Paragraph(t.get("html.noRegister"), false)); //$NON-NLS-1$
    }
    List<String> header = new ArrayList<>();
    for (String h : new String[] {"html.hazard", "html.where", "html.kind", "html.phases", "html.persons", "html.risk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        "html.measures", "html.residual"}) { //$NON-NLS-1$ //$NON-NLS-2$
      header.add(t.get(h));
    }
    List<List<String>> rows = new ArrayList<>();
    for (RegisterEntry e : register.subList(0, Math.min(register.size(), DETAIL_CAP))) {
      List<String> done = new ArrayList<>();
      if (!e.design().isEmpty()) {
        done.add(e.design());
      }
      done.addAll(e.measures());
      rows.add(List.of(e.hazard() + (e.label().isEmpty() ? "" : " \u201c" + e.label() + "\u201d"), e.station() + " / " + e.zone(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          word(t, "hazard.", e.kind()), words(t, "phase.", e.phases()), words(t, "person.", e.persons()), e.risk(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          String.join(", ", done), word(t, "residual.", e.residual()))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    Table table = new Table(header, rows);
    return register.size() <= DETAIL_CAP ? List.of(table) : List.of(table, new Paragraph(t.bind("doc.moreHazards", register.size() - DETAIL_CAP), false)); //$NON-NLS-1$
  }

  /** A keyword of the line language (hazard kind, life phase, person, residual risk) in the report's language; the keyword if it has no text. */
  private static String word(Texts t, String prefix, String keyword) {
    String text = t.get(prefix + keyword);
    return text.equals(prefix + keyword) ? keyword : text;
  }

  private static String words(Texts t, String prefix, List<String> keywords) {
    return String.join(t.get("register.separator"), keywords.stream().map(k -> word(t, prefix, k)).toList()); //$NON-NLS-1$
  }

  private static List<Block> summary(Report report, Texts t) {
    List<Block> out = new ArrayList<>();
    StringBuilder packs = new StringBuilder();
    for (RulePack p : report.packs()) {
      packs.append(packs.length() == 0 ? "" : ", ").append(p.id()); //$NON-NLS-1$ //$NON-NLS-2$
    }
    out.add(new Paragraph(t.bind("html.scope", report.files(), report.plants(), packs.length() == 0 ? "-" : packs.toString()), false)); //$NON-NLS-1$ //$NON-NLS-2$
    long errors = report.count(Severity.ERROR);
    out.add(new Paragraph(errors > 0 ? t.bind("html.verdictFail", errors) : t.get("html.verdictPass"), true)); //$NON-NLS-1$ //$NON-NLS-2$
    List<String> header = new ArrayList<>(List.of(t.get("html.standard"))); //$NON-NLS-1$
    List<String> severities = new ArrayList<>();
    for (Severity s : Severity.values()) {
      severities.add(t.get("severity." + s.id())); //$NON-NLS-1$
    }
    header.addAll(severities);
    List<List<String>> rows = new ArrayList<>();
    Map<String, long[]> byStandard = report.byStandard();
    byStandard.forEach((standard, counts) -> {
      List<String> row = new ArrayList<>(List.of(standard));
      for (long n : counts) {
        row.add(Long.toString(n));
      }
      rows.add(row);
    });
    List<String> total = new ArrayList<>(List.of(t.get("html.total"))); //$NON-NLS-1$
    for (Severity s : Severity.values()) {
      total.add(Long.toString(report.count(s)));
    }
    rows.add(total);
    out.add(new Table(header, rows));
    out.add(new Chart(byStandard, severities));
    return out;
  }

  /**
   * The errors and warnings, in file order: at most {@link #DETAIL_CAP} rows, and a count of the rest;
   * then each contributed section that is missing from this document, by bundle and class.
   */
  private static List<Block> openItems(Report report, Texts t, List<Sections.LeftOut> missing) {
    List<List<String>> rows = new ArrayList<>();
    int open = 0;
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.INFO && ++open <= DETAIL_CAP) {
        rows.add(List.of(Integer.toString(rows.size() + 1), t.get("severity." + f.severity().id()), f.ruleId(), //$NON-NLS-1$
            report.display(f.file()) + ":" + f.line())); //$NON-NLS-1$
      }
    }
    List<Block> out = new ArrayList<>();
    if (!rows.isEmpty()) {
      out.add(new Table(List.of("#", t.get("html.severity"), t.get("html.rule"), t.get("html.location")), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
    if (open > DETAIL_CAP) {
      out.add(new Paragraph(t.bind("doc.moreOpen", open - DETAIL_CAP), false)); //$NON-NLS-1$
    }
    missing.forEach(m -> out.add(new Paragraph(m.note(report.locale()), true)));
    return out.isEmpty() ? List.of(new Paragraph(t.get("doc.noOpen"), true)) : List.copyOf(out); //$NON-NLS-1$
  }

  /**
   * Every finding with its evidence, grouped by rule (the rules with errors first, then in the order
   * their first finding comes in the files): a heading with the rule's count, then its findings, at
   * most {@link #PER_RULE} of them, and a count of the rest.
   */
  private static List<Block> findings(Report report, Texts t) {
    if (report.findings().isEmpty()) {
      return List.of(new Paragraph(t.get("html.noFindings"), true)); //$NON-NLS-1$
    }
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    List<List<Finding>> groups = new ArrayList<>(byRule.values());
    groups.sort(Comparator.comparingInt(g -> g.stream().mapToInt(f -> f.severity().ordinal()).min().orElse(0)));
    List<Block> out = new ArrayList<>();
    int n = 0;
    for (List<Finding> g : groups) {
      Finding first = g.get(0);
      out.add(new Paragraph(t.bind("doc.ruleGroup", new Object[] {first.ruleId(), report.standardOf(first), g.size()}), true)); //$NON-NLS-1$
      for (Finding f : g.subList(0, Math.min(g.size(), PER_RULE))) {
        out.add(finding(report, t, f, ++n));
      }
      if (g.size() > PER_RULE) {
        n += g.size() - PER_RULE;
        out.add(new Paragraph(t.bind("doc.moreFindings", g.size() - PER_RULE, first.ruleId()), false)); //$NON-NLS-1$
      }
    }
    return out;
  }

  private static Block finding(Report report, Texts t, Finding f, int n) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {t.get("html.citation"), f.citation().isEmpty() ? report.standardOf(f) : f.citation()}); //$NON-NLS-1$
    fields.add(new String[] {t.get("html.location"), report.display(f.file()) + ":" + f.line() //$NON-NLS-1$ //$NON-NLS-2$
        + (f.element().isEmpty() ? "" : "  " + f.element())}); //$NON-NLS-1$ //$NON-NLS-2$
    fields.add(new String[] {t.get("html.message"), f.message()}); //$NON-NLS-1$
    StringBuilder used = new StringBuilder();
    StringBuilder result = new StringBuilder();
    for (Evidence e : f.evidence()) {
      StringBuilder to = e.computed() ? result : used;
      to.append(to.length() == 0 ? "" : "\n").append(e); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (used.length() > 0) {
      fields.add(new String[] {t.get("doc.evidence"), used.toString()}); //$NON-NLS-1$
    }
    if (!f.formula().isEmpty()) {
      fields.add(new String[] {t.get("doc.formula"), f.formula()}); //$NON-NLS-1$
    }
    if (result.length() > 0) {
      fields.add(new String[] {t.get("doc.result"), result.toString()}); //$NON-NLS-1$
    }
    return new Fields(n + ". " + t.get("severity." + f.severity().id()) + "  " + f.ruleId(), f.severity(), fields); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static Block catalogue(Report report, Texts t) {
    List<List<String>> rows = new ArrayList<>();
    for (RulePack p : report.packs()) {
      for (RuleDescriptor d : p.rules()) {
        rows.add(List.of(d.id(), d.title(report.locale()), d.citation(report.locale()), t.get("severity." + d.severity().id()))); //$NON-NLS-1$
      }
    }
    return new Table(List.of(t.get("html.rule"), t.get("html.title2"), t.get("html.citation"), t.get("html.severity")), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }

  private static String label(String name, String label) {
    return label == null || label.isEmpty() ? name : name + "  " + label; //$NON-NLS-1$
  }

  private static void add(List<String[]> f, String key, String value) {
    if (value != null && !value.isEmpty()) {
      f.add(new String[] {key, value});
    }
  }

  private static String version(Bundle b) {
    return b == null ? "-" : b.getVersion().toString(); //$NON-NLS-1$
  }

  /** The SHA-256 of a file in hex, or "-" when it cannot be read any more. */
  static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))); //$NON-NLS-1$
    } catch (IOException | NoSuchAlgorithmException e) {
      return "-"; //$NON-NLS-1$
    }
  }
}
