package org.linebench.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;

/**
 * The problem markers of LineBench projects: structural findings of the line language
 * ({@link #PROBLEM}) and certification findings of the rule packs ({@link #FINDING}), with the
 * attributes quick fixes and the Rule view read. Written by the project builder and, for a file
 * open in an editor, by its {@link WorkingCopy}.
 */
public final class LineMarkers {
  /** The marker type of structural findings (syntax, references, units, material flow, ...). */
  public static final String PROBLEM = "org.linebench.project.problem"; //$NON-NLS-1$
  /** The marker type of certification findings. */
  public static final String FINDING = "org.linebench.project.finding"; //$NON-NLS-1$

  /** The issue code of a structural finding, for quick fixes. */
  public static final String CODE = "code"; //$NON-NLS-1$
  /** The issue's data (e.g. the expected unit), for quick fixes; values separated by {@link #DATA_SEPARATOR}. */
  public static final String DATA = "data"; //$NON-NLS-1$
  public static final String DATA_SEPARATOR = "\u0001"; //$NON-NLS-1$

  public static final String RULE_ID = "ruleId"; //$NON-NLS-1$
  public static final String PACK_ID = "packId"; //$NON-NLS-1$
  public static final String CITATION = "citation"; //$NON-NLS-1$
  public static final String EVIDENCE = "evidence"; //$NON-NLS-1$
  public static final String FORMULA = "formula"; //$NON-NLS-1$
  /** The qualified name of the element a finding is on (with the rule id and the variant, what tells it from another). */
  public static final String ELEMENT = "element"; //$NON-NLS-1$
  /** The message variant of a finding, empty for the main message. */
  public static final String VARIANT = "variant"; //$NON-NLS-1$

  private LineMarkers() {}

  /** Replaces the structural markers of a resource with the given findings. */
  public static void replaceProblems(IResource on, List<Issue> issues) throws CoreException {
    on.deleteMarkers(PROBLEM, false, IResource.DEPTH_ZERO);
    for (Issue i : issues) {
      // all attributes at once: a reader on another thread never sees a marker without its message
      Map<String, Object> a = new HashMap<>();
      a.put(IMarker.MESSAGE, i.getMessage());
      a.put(IMarker.SEVERITY, switch (i.getSeverity()) {
        case ERROR -> IMarker.SEVERITY_ERROR;
        case WARNING -> IMarker.SEVERITY_WARNING;
        default -> IMarker.SEVERITY_INFO;
      });
      if (i.getLineNumber() != null) {
        a.put(IMarker.LINE_NUMBER, i.getLineNumber().intValue());
      }
      if (i.getOffset() != null && i.getLength() != null) {
        a.put(IMarker.CHAR_START, i.getOffset().intValue());
        a.put(IMarker.CHAR_END, i.getOffset() + i.getLength());
      }
      if (i.getCode() != null) {
        a.put(CODE, i.getCode());
      }
      if (i.getData() != null && i.getData().length > 0) {
        a.put(DATA, String.join(DATA_SEPARATOR, i.getData()));
      }
      on.createMarker(PROBLEM, a);
    }
  }

  /** Adds a certification finding to a resource (its file, or the project when the file is unknown). */
  public static void addFinding(IResource on, Finding f) throws CoreException {
    Map<String, Object> a = new HashMap<>();
    a.put(IMarker.MESSAGE, message(f));
    a.put(IMarker.SEVERITY, severity(f.severity()));
    if (f.line() > 0) {
      a.put(IMarker.LINE_NUMBER, f.line());
    }
    a.put(RULE_ID, f.ruleId());
    a.put(PACK_ID, f.packId());
    a.put(CITATION, f.citation());
    a.put(EVIDENCE, evidence(f.evidence()));
    a.put(FORMULA, f.formula() == null ? "" : f.formula()); //$NON-NLS-1$
    a.put(ELEMENT, f.element());
    a.put(VARIANT, f.variant());
    a.put(IMarker.SOURCE_ID, f.packId());
    on.createMarker(FINDING, a);
  }

  /** The message of a finding's marker: the finding's message and its citation. */
  public static String message(Finding f) {
    return f.message() + " (" + f.citation() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The evidence of a finding as the Rule view shows it: one {@code name = value unit} per line, computed ones starred. */
  public static String evidence(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.name() + " = " + e.value() + (e.unit() == null || e.unit().isEmpty() ? "" : " " + e.unit()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        + (e.computed() ? " *" : "")).collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static int severity(Severity s) {
    return switch (s) {
      case ERROR -> IMarker.SEVERITY_ERROR;
      case WARNING -> IMarker.SEVERITY_WARNING;
      default -> IMarker.SEVERITY_INFO;
    };
  }
}
