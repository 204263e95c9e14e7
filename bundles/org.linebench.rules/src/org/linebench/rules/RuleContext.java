package org.linebench.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.linebench.model.line.Line;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Station;

/**
 * What a rule sees while it checks one plant, and how it reports:
 *
 * <pre>
 * context.report(curtain).arg(name).value("T", t, "ms").formula("S = K·T + C").result("S", s, "mm").add();
 * </pre>
 *
 * The message comes from the pack's texts ({@code <rule id>.message}, or
 * {@code <rule id>.message.<variant>} with {@link FindingBuilder#variant}), in the user's language,
 * with the {@code arg}s filled in as {0}, {1}, ...
 */
public final class RuleContext {
  private final PlantModel plant;
  private final RuleDescriptor rule;
  private final Locale locale;
  private final List<Finding> findings = new ArrayList<>();
  private List<Station> stations;
  private String citation;
  private final java.util.Map<org.eclipse.emf.ecore.resource.Resource, Path> files = new java.util.HashMap<>();

  public RuleContext(PlantModel plant, RuleDescriptor rule, Locale locale) {
    this.plant = plant;
    this.rule = rule;
    this.locale = locale;
  }

  public Plant plant() {
    return plant.plant();
  }

  /** Every line of the plant, including those in files of their own. */
  public List<Line> lines() {
    return plant.lines();
  }

  /** Every station of every line of the plant. */
  public List<Station> stations() {
    if (stations == null) {
      stations = plant.stations();
    }
    return stations;
  }

  /** The language findings are written in. */
  public Locale locale() {
    return locale;
  }

  public RuleDescriptor rule() {
    return rule;
  }

  /** A file named relative to the line file that holds {@code element} (a model card, say). */
  public Path resolve(EObject element, String relative) {
    Path file = Locations.file(element);
    Path base = file == null ? Path.of("") : file.toAbsolutePath().getParent(); //$NON-NLS-1$
    return base.resolve(relative).normalize();
  }

  /** Starts a finding about {@code element}; {@link FindingBuilder#add()} records it. */
  public FindingBuilder report(EObject element) {
    return new FindingBuilder(element);
  }

  /** What was reported so far. */
  public List<Finding> findings() {
    return findings;
  }

  /** A finding being put together. */
  public final class FindingBuilder {
    private final EObject element;
    private final List<Object> args = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private String variant;
    private String formula = ""; //$NON-NLS-1$

    private FindingBuilder(EObject element) {
      this.element = element;
    }

    /** The next message argument ({0}, {1}, ...); numbers are formatted like evidence. */
    public FindingBuilder arg(Object value) {
      args.add(value instanceof Double d ? Evidence.format(d) : value);
      return this;
    }

    /** Uses the message {@code <rule id>.message.<variant>} instead of the main one. */
    public FindingBuilder variant(String name) {
      this.variant = name;
      return this;
    }

    /** A value read from the model or the pack's data. */
    public FindingBuilder value(String name, double value, String unit) {
      evidence.add(new Evidence(name, Evidence.format(value), unit, false));
      return this;
    }

    /** A value that is not a number (a PL, a country, a list of marks). */
    public FindingBuilder value(String name, String value) {
      evidence.add(new Evidence(name, value == null ? "-" : value, "", false)); //$NON-NLS-1$ //$NON-NLS-2$
      return this;
    }

    /** The formula the rule applied, e.g. {@code S = K·T + C}. */
    public FindingBuilder formula(String formula) {
      this.formula = formula;
      return this;
    }

    /** A value the rule computed. */
    public FindingBuilder result(String name, double value, String unit) {
      evidence.add(new Evidence(name, Evidence.format(value), unit, true));
      return this;
    }

    /** A computed value that is not a number. */
    public FindingBuilder result(String name, String value) {
      evidence.add(new Evidence(name, value, "", true)); //$NON-NLS-1$
      return this;
    }

    /** Records the finding. */
    public void add() {
      int[] lc = Locations.lineAndColumn(element);
      String message = NLS.bind(rule.messagePattern(variant, locale), args.toArray());
      if (citation == null) {
        citation = rule.citation(locale);
      }
      Path file = element == null || element.eResource() == null ? null
          : files.computeIfAbsent(element.eResource(), r -> Locations.file(element));
      findings.add(new Finding(rule.id(), rule.packId(), rule.severity(), citation, file, lc[0], lc[1],
          Locations.qualifiedName(element), message, evidence, formula, false));
    }
  }
}
