package org.linebench.assist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineIndex;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.LineFile;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Finding;
import org.linebench.rules.report.Report;

/**
 * Checks one line file as {@code linebench validate} does (the line language's structural checks,
 * then the packs, with the files it imports as context), on its text as it is or as a fix would
 * leave it. The packs are loaded once, by the caller; each check parses the texts into a fresh
 * resource set, so a proposal is checked on a copy and the file on disk is never touched.
 */
public final class LineCheck implements AutoCloseable {
  private final Path file;
  private final LineFiles.Text read;
  private final Map<Path, String> texts = new LinkedHashMap<>();
  private final List<RulePack> packs;
  private final boolean anyJurisdiction;
  private final Locale locale;
  private final RuleEngine engine = new RuleEngine();
  private final java.util.concurrent.atomic.AtomicLong checks = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong checkNanos = new java.util.concurrent.atomic.AtomicLong();

  /**
   * @param file the line file explained (absolute)
   * @param context the files it imports, read as context: their findings are not reported
   * @param packs the packs to run (loaded once)
   * @param anyJurisdiction run the packs on a plant that names no country (the packs were chosen by name)
   * @param locale the language of the findings
   */
  public LineCheck(Path file, List<Path> context, List<RulePack> packs, boolean anyJurisdiction, Locale locale) throws IOException {
    this.file = file.toAbsolutePath().normalize();
    this.read = LineFiles.read(this.file);
    texts.put(this.file, read.text());
    for (Path c : context) {
      Path abs = c.toAbsolutePath().normalize();
      if (!abs.equals(this.file)) {
        texts.put(abs, LineFiles.read(abs).text());
      }
    }
    this.packs = List.copyOf(packs);
    this.anyJurisdiction = anyJurisdiction;
    this.locale = locale;
  }

  public Path file() {
    return file;
  }

  /** A new text of the file as bytes to write back: in its encoding, with its byte-order mark if it had one. */
  public byte[] encode(String text) {
    return read.encode(text);
  }

  /** The text of the file as read. */
  public String text() {
    return texts.get(file);
  }

  public Locale locale() {
    return locale;
  }

  /** The packs' rule of that id; null for structural issues and unknown ids. */
  public RuleDescriptor rule(String id) {
    for (RulePack p : packs) {
      for (RuleDescriptor d : p.rules()) {
        if (d.id().equals(id)) {
          return d;
        }
      }
    }
    return null;
  }

  /** Checks the file as it is. */
  public Checked check() {
    return check(text());
  }

  /** How many checks ran, and how long they took in all (ns). */
  public long[] checkCount() {
    return new long[] {checks.get(), checkNanos.get()};
  }

  /** Checks the file as if it held {@code text}; the other files as read. */
  public Checked check(String text) {
    long t0 = System.nanoTime();
    try {
      return doCheck(text);
    } finally {
      checks.incrementAndGet();
      checkNanos.addAndGet(System.nanoTime() - t0);
    }
  }

  private Checked doCheck(String text) {
    XtextResourceSet rs = LineModels.newResourceSet();
    List<Resource> resources = new ArrayList<>();
    XtextResource own = null;
    for (Map.Entry<Path, String> e : texts.entrySet()) {
      Resource r = rs.createResource(URI.createFileURI(e.getKey().toString()));
      String t = e.getKey().equals(file) ? text : e.getValue();
      try (InputStream in = new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8))) {
        r.load(in, rs.getLoadOptions());
      } catch (IOException ex) {
        throw new java.io.UncheckedIOException(ex); // from memory: does not happen
      }
      resources.add(r);
      if (e.getKey().equals(file)) {
        own = (XtextResource) r;
      }
    }
    LineIndex.install(rs, "files", LineIndex.describe(resources)); //$NON-NLS-1$
    EcoreUtil.resolveAll(rs);
    IResourceValidator validator = LineModels.injector().getInstance(IResourceValidator.class);
    List<Issue> issues = validator.validate(own, CheckMode.ALL, CancelIndicator.NullImpl);
    List<LineIssue> lineIssues = new ArrayList<>();
    for (Issue i : issues) {
      lineIssues.add(convert(i));
    }
    List<Finding> structural = Report.structural(lineIssues);
    Map<Finding, Issue> behind = new IdentityHashMap<>();
    for (int i = 0; i < structural.size(); i++) {
      behind.put(structural.get(i), issues.get(i));
    }
    List<Finding> rules = List.of();
    if (!own.getContents().isEmpty() && own.getContents().get(0) instanceof LineFile lf) {
      rules = engine.run(packs, PlantModel.of(List.of(lf)), locale, anyJurisdiction).findings();
    }
    return new Checked(text, Report.merge(structural, rules), own, behind);
  }

  private LineIssue convert(Issue i) {
    LineIssue.Severity s = switch (i.getSeverity()) {
      case ERROR -> LineIssue.Severity.ERROR;
      case WARNING -> LineIssue.Severity.WARNING;
      default -> LineIssue.Severity.INFO;
    };
    return new LineIssue(file, i.getLineNumber() == null ? 0 : i.getLineNumber(), i.getColumn() == null ? 0 : i.getColumn(), s,
        i.getMessage(), i.getCode());
  }

  @Override
  public void close() {
    engine.close();
  }
}
