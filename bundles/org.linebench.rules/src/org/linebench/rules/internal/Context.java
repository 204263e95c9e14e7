package org.linebench.rules.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.model.units.Numbers;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.api.Change;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Fix;
import org.linebench.rules.api.Location;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.Element;
import org.linebench.rules.api.line.Plant;

/** What one rule sees of one plant while it runs, and the findings it reports. */
public final class Context implements RuleContext {
  /** Decimals of the numbers in findings. */
  private static final int DECIMALS = 3;

  private final Plant plant;
  private final RuleDescriptor rule;
  private final Locale locale;
  private final List<Finding> findings = new ArrayList<>();
  private String citation;

  public Context(Plant plant, RuleDescriptor rule, Locale locale) {
    this.plant = plant;
    this.rule = rule;
    this.locale = locale;
  }

  @Override
  public Plant plant() {
    return plant;
  }

  @Override
  public String ruleId() {
    return rule.id();
  }

  @Override
  public Locale locale() {
    return locale;
  }

  @Override
  public String designation() {
    return rule.designation(locale);
  }

  @Override
  public String term(String word) {
    String t = word == null || rule.texts() == null ? null : rule.texts().get("term." + word, locale); //$NON-NLS-1$
    return t == null ? word : t;
  }

  /** An evidence name in the user's language: the pack's text {@code evidence.<name>}, or the name. */
  private String evidenceName(String name) {
    String t = rule.texts() == null ? null : rule.texts().get("evidence." + name, locale); //$NON-NLS-1$
    return t == null ? name : t;
  }

  @Override
  public Path resolve(Element element, String relative) {
    Path file = element == null ? null : element.location().file();
    Path base = file == null ? Path.of("") : file.toAbsolutePath().getParent(); //$NON-NLS-1$
    return base.resolve(relative).normalize();
  }

  @Override
  public String format(double number) {
    return Numbers.rounded(number, DECIMALS);
  }

  @Override
  public FindingBuilder report(Element element) {
    return new Builder(element);
  }

  /**
   * An element of a fix as it stood when the finding was reported: its place and name, without the
   * view and the model behind it, so that findings kept for long (a project's, a language server's)
   * do not keep whole models alive.
   */
  private record Detached(Location location, String qualifiedName) implements Element {
    static Element of(Element e) {
      return e instanceof Detached ? e : new Detached(e.location(), e.qualifiedName());
    }
  }

  /** What was reported so far. */
  public List<Finding> findings() {
    return findings;
  }

  private final class Builder implements FindingBuilder {
    private final Element element;
    private final List<Object> args = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Fix> fixes = new ArrayList<>();
    private String variant;
    private String noFix = ""; //$NON-NLS-1$
    private String formula = ""; //$NON-NLS-1$

    Builder(Element element) {
      this.element = element;
    }

    @Override
    public FindingBuilder arg(Object value) {
      args.add(value instanceof Double d ? format(d) : value);
      return this;
    }

    @Override
    public FindingBuilder variant(String name) {
      this.variant = name;
      return this;
    }

    @Override
    public FindingBuilder value(String name, double value, String unit) {
      evidence.add(new Evidence(evidenceName(name), format(value), unit, false));
      return this;
    }

    @Override
    public FindingBuilder value(String name, String value) {
      evidence.add(new Evidence(evidenceName(name), value == null ? "-" : value, "", false)); //$NON-NLS-1$ //$NON-NLS-2$
      return this;
    }

    @Override
    public FindingBuilder formula(String text) {
      this.formula = text;
      return this;
    }

    @Override
    public FindingBuilder result(String name, double value, String unit) {
      evidence.add(new Evidence(evidenceName(name), format(value), unit, true));
      return this;
    }

    @Override
    public FindingBuilder result(String name, String value) {
      evidence.add(new Evidence(evidenceName(name), value, "", true)); //$NON-NLS-1$
      return this;
    }

    @Override
    public FindingBuilder fix(Change... changes) {
      if (changes != null && changes.length > 0) {
        List<Change> detached = new ArrayList<>();
        for (Change c : changes) {
          detached.add(new Change(Detached.of(c.element()), c.kind(), c.property(), c.value()));
        }
        fixes.add(new Fix(detached));
      }
      return this;
    }

    @Override
    public FindingBuilder noFix(String reason) {
      String t = reason == null || rule.texts() == null ? null : rule.texts().get(rule.id() + ".nofix." + reason, locale); //$NON-NLS-1$
      this.noFix = t == null ? reason : t;
      return this;
    }

    @Override
    public void add() {
      Location where = element == null ? Location.NONE : element.location();
      String message = NLS.bind(rule.messagePattern(variant, locale), args.toArray());
      if (citation == null) {
        citation = rule.citation(locale);
      }
      findings.add(new Finding(rule.id(), rule.packId(), rule.severity(), citation, where.file(), where.line(), where.column(),
          element == null ? "" : element.qualifiedName(), message, evidence, formula, false, variant, fixes, noFix)); //$NON-NLS-1$
    }
  }
}
