package org.linebench.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;
import org.linebench.dsl.ide.quickfix.LineQuickFixes;
import org.linebench.dsl.ide.quickfix.LineQuickFixes.TextEdit;
import org.linebench.model.units.Units;
import org.linebench.rules.api.Change;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Fix;

/**
 * The fixes of the findings of one line file that pass: each fix a rule proposes (and each quick fix
 * of the line language for a structural issue) is written as text edits, applied to a copy of the
 * text and checked again with the same packs, edition and language; it is offered only when the
 * finding is gone and no other finding appeared ({@link FindingDiff}: told apart by rule, element and
 * variant, counted, and where several share those by their message and evidence without the numbers).
 * The offered ones rank by how small a change they are.
 */
public final class Assistant {
  private static final Pattern NUMBER = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*([^\\s,]*)"); //$NON-NLS-1$

  private final LineCheck check;
  private final Checked original;
  private final LineQuickFixes quickFixes = new LineQuickFixes();

  public Assistant(LineCheck check) {
    this(check, check.text());
  }

  /** The assistant of the file as if it held {@code text} (a text fixed already, say). */
  public Assistant(LineCheck check, String text) {
    this.check = check;
    this.original = check.check(text);
  }

  /** The check of the file as it is. */
  public Checked original() {
    return original;
  }

  public LineCheck lineCheck() {
    return check;
  }

  /** A fix that passed, with the number of findings of the file after it. */
  public record Offered(Proposal proposal, int findingsAfter) {}

  /** A finding with the fixes proposed for it and those of them that passed, best first. */
  public record Outcome(Finding finding, List<Proposal> proposed, List<Offered> passed) {
    /** The best fix that passed; null if none did. */
    public Proposal best() {
      return passed.isEmpty() ? null : passed.get(0).proposal();
    }
  }

  /** The proposals for the finding and those that pass the gate. */
  public Outcome fixes(Finding finding) {
    return fixes(finding, List.of());
  }

  /**
   * The rules' proposals and the given ones (a language model's) for the finding, and those that pass
   * the same gate: the rules' first, then the others, each group by how small a change it is. A given
   * proposal with the same changes as one of the rules' (or as an earlier one) is left out.
   */
  public Outcome fixes(Finding finding, List<Proposal> more) {
    List<Proposal> proposed = proposals(finding);
    List<Set<Change>> seen = new ArrayList<>(proposed.stream().map(p -> Set.copyOf(p.changes())).toList());
    for (Proposal p : more) {
      Set<Change> changes = Set.copyOf(p.changes());
      if (!changes.isEmpty() && !seen.contains(changes)) {
        seen.add(changes);
        proposed.add(p);
      }
    }
    List<Offered> passed = new ArrayList<>();
    for (Proposal p : proposed) {
      Checked after = passes(List.of(finding), List.of(p));
      if (after != null) {
        passed.add(new Offered(p, after.findings().size()));
      }
    }
    passed.sort(Comparator.comparing((Offered o) -> o.proposal().byModel()).thenComparingInt(o -> o.proposal().edits())
        .thenComparingDouble(o -> o.proposal().size()));
    return new Outcome(finding, proposed, passed);
  }

  /** The fixes proposed for a finding, as edits of the file's text, not yet checked. */
  public List<Proposal> proposals(Finding finding) {
    List<Proposal> out = new ArrayList<>();
    Texts texts = Texts.of(check.locale());
    for (Fix fix : finding.fixes()) {
      proposal(fix.changes(), label(texts, fix.changes()), "").ifPresent(out::add); //$NON-NLS-1$
    }
    Issue issue = original.issues().get(finding);
    if (issue != null) {
      for (LineQuickFixes.Fix f : quickFixes.fixes(issue, original.text())) {
        out.add(new Proposal(f.label(), f, List.of(), 1));
      }
    }
    return out;
  }

  /**
   * The changes as one proposal of edits of the file's text; empty when one of them is on another
   * file, cannot be written (no such element, no place for the property) or the edits overlap.
   */
  public Optional<Proposal> proposal(List<Change> changes, String label, String by) {
    List<TextEdit> edits = new ArrayList<>();
    double size = 0;
    for (Change c : changes) {
      Optional<TextEdit> e = c.element().location().file() == null || c.element().location().file().toAbsolutePath().normalize()
          .equals(check.file()) ? ChangeEdits.of(original.resource(), c) : Optional.empty();
      if (e.isEmpty()) {
        return Optional.empty();
      }
      edits.add(e.get());
      size += size(e.get(), c);
    }
    if (edits.isEmpty() || overlap(edits)) {
      return Optional.empty();
    }
    return Optional.of(new Proposal(label, new LineQuickFixes.Fix(label, edits), changes, size, by));
  }

  /** What the changes do, in the user's language: {@code set distance of LC20 to 664 mm and ...}. */
  public static String label(Texts texts, List<Change> changes) {
    List<String> parts = new ArrayList<>();
    for (Change c : changes) {
      String name = c.element().qualifiedName();
      name = name.substring(name.lastIndexOf('.') + 1);
      parts.add(switch (c.kind()) {
        case SET -> texts.bind("Fix_set", c.property(), name, c.value()); //$NON-NLS-1$
        case ADD -> texts.bind("Fix_add", c.property() + (c.value().isEmpty() ? "" : " " + c.value()), name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        case REMOVE -> texts.bind("Fix_remove", c.property(), name); //$NON-NLS-1$
      });
    }
    return String.join(texts.get("Fix_and"), parts); //$NON-NLS-1$
  }

  /** The relative change of a number ({@code 400 mm} to {@code 610 mm}: 0.525), in a common unit; 1 when not a number. */
  private double size(TextEdit e, Change c) {
    if (c.kind() != Change.Kind.SET || e.length() == 0) {
      return 1;
    }
    Double before = number(original.text().substring(e.offset(), e.offset() + e.length()));
    Double after = number(c.value());
    if (before == null || after == null) {
      return 1;
    }
    return before == 0 ? 1 : Math.abs(after - before) / Math.abs(before);
  }

  /** A number with an optional unit, in the unit's base; null if the text is not one. */
  static Double number(String text) {
    Matcher m = NUMBER.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2);
    return unit.isEmpty() ? v : Units.find(unit).map(u -> u.toBase(v)).orElse(v);
  }

  static boolean overlap(List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::offset));
    for (int i = 1; i < sorted.size(); i++) {
      TextEdit a = sorted.get(i - 1);
      if (sorted.get(i).offset() <= a.offset() + a.length()) {
        return true;
      }
    }
    return false;
  }

  /** True when the proposals together, applied to a copy, remove the finding and add no other. */
  public boolean passes(Finding finding, List<Proposal> together) {
    return passes(List.of(finding), together) != null;
  }

  /**
   * The check after the proposals, applied together to a copy, when it has none of the findings and
   * no finding the original did not have; null otherwise.
   */
  public Checked passes(List<Finding> gone, List<Proposal> together) {
    List<TextEdit> edits = new ArrayList<>();
    together.forEach(p -> edits.addAll(p.fix().edits()));
    if (overlap(edits)) {
      return null;
    }
    String text = new LineQuickFixes.Fix("", edits).applyTo(original.text()); //$NON-NLS-1$
    Checked after = check.check(text);
    return FindingDiff.passes(original.findings(), gone, after.findings(), new LineMap(original.text(), edits)) ? after : null;
  }

  /** For messages: the locale of the check. */
  public Locale locale() {
    return check.locale();
  }
}
