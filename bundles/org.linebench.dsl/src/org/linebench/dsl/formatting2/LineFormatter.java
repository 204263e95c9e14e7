package org.linebench.dsl.formatting2;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.linebench.model.line.FeatureBinding;
import org.linebench.model.line.Flow;
import org.linebench.model.line.Import;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.OperatorText;
import org.linebench.model.line.Plant;
import org.linebench.model.line.PlannedStop;
import org.linebench.model.line.PredictedFailures;
import org.linebench.model.line.Shift;
import org.linebench.model.line.Line;
import org.linebench.model.line.TopLevelElement;

/**
 * The layout of line files: one declaration per line, blocks indented by a tab, one space between
 * the words of a declaration, a blank line between top-level elements; single blank lines the
 * author left between declarations stay.
 */
public class LineFormatter extends AbstractFormatter2 {

  /** Keywords that start an attribute of a block (plant, line, station): each goes on its own line. */
  private static final Set<String> BLOCK_ATTRIBUTES = Set.of("site", "country", "language", "maker", "address", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      "takt", "cycle-time", "operators", "mtbf", "mttr", "stopping-time", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
      "setup-time", "shifts", "days", "crew"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

  /** Attributes the certification rules read (editions a plant chooses, CIIO): each on its own line too. */
  private static final Set<String> CERTIFICATION_ATTRIBUTES = Set.of("edition", "ciio"); //$NON-NLS-1$ //$NON-NLS-2$

  @Override
  public void format(Object obj, IFormattableDocument doc) {
    if (obj instanceof XtextResource r) {
      _format(r, doc);
      return;
    }
    if (!(obj instanceof EObject o)) {
      return;
    }
    if (o instanceof LineFile file) {
      formatFile(file, doc);
    }
    ISemanticRegion open = textRegionExtensions.regionFor(o).keyword("{"); //$NON-NLS-1$
    ISemanticRegion close = textRegionExtensions.regionFor(o).keyword("}"); //$NON-NLS-1$
    for (ISemanticRegion r : textRegionExtensions.regionFor(o).keywords(",")) { //$NON-NLS-1$
      doc.prepend(r, it -> it.noSpace());
    }
    if (open != null && close != null) {
      doc.interior(open, close, it -> it.indent());
      doc.prepend(open, it -> it.oneSpace());
      // the same setting wherever two rules meet on one gap, or the formatter reports a conflict
      doc.append(open, it -> it.setNewLines(1, 1, 2));
      doc.prepend(close, it -> it.setNewLines(1, 1, 2));
      for (String keyword : java.util.stream.Stream.concat(BLOCK_ATTRIBUTES.stream(), CERTIFICATION_ATTRIBUTES.stream()).toList()) {
        for (ISemanticRegion k : textRegionExtensions.regionFor(o).keywords(keyword)) {
          doc.prepend(k, it -> it.setNewLines(1, 1, 2));
        }
      }
    }
    for (EObject child : o.eContents()) {
      if (isStatement(child)) {
        doc.prepend(child, it -> it.setNewLines(1, 1, 2));
      }
      doc.format(child);
    }
  }

  private void formatFile(LineFile file, IFormattableDocument doc) {
    // one space between all tokens first; the block rules above and below win over it
    for (ISemanticRegion r : textRegionExtensions.allSemanticRegions(file)) {
      doc.append(r, it -> {
        it.oneSpace();
        it.lowPriority();
      });
    }
    ISemanticRegion namespace = textRegionExtensions.regionFor(file).keyword("namespace"); //$NON-NLS-1$
    if (namespace != null) {
      doc.prepend(namespace, it -> it.setNewLines(0));
    }
    for (Import i : file.getImports()) {
      doc.prepend(i, it -> it.setNewLines(1, 1, 2));
    }
    boolean first = file.getNamespace() == null && file.getImports().isEmpty();
    for (TopLevelElement e : file.getElements()) {
      if (first) {
        doc.prepend(e, it -> it.setNewLines(0));
        first = false;
      } else {
        doc.prepend(e, it -> it.setNewLines(e instanceof Plant || e instanceof Line ? 2 : 1, 2, 2));
      }
    }
    if (!file.getElements().isEmpty()) {
      doc.append(file.getElements().get(file.getElements().size() - 1), it -> it.newLine());
    }
  }

  private static boolean isStatement(EObject child) {
    if (child.eContainer() instanceof LineFile) {
      return false;
    }
    if (child instanceof PlannedStop && child.eContainer() instanceof Shift) {
      return false; // a break stays on its shift's line
    }
    return child instanceof NamedElement || child instanceof Flow
        || child instanceof OperatorText || child instanceof FeatureBinding || child instanceof PredictedFailures;
  }
}
