package org.linebench.rules.ui.internal;

import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.linebench.project.LineMarkers;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePackRegistry;

/**
 * The rule behind the certification finding selected in the Problems view: its title, standard and
 * clause, the finding, the evidence (values used, formula, result) and the rule's rationale.
 */
public class RuleView extends ViewPart implements ISelectionListener {
  private StyledText text;

  @Override
  public void createPartControl(Composite parent) {
    text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
    text.setMargins(8, 8, 8, 8);
    text.setText(Messages.Rule_empty);
    getSite().getPage().addPostSelectionListener(this);
  }

  @Override
  public void selectionChanged(IWorkbenchPart part, ISelection selection) {
    if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
      IMarker marker = Adapters.adapt(s.getFirstElement(), IMarker.class);
      if (marker != null && marker.exists() && isFinding(marker)) {
        show(marker);
      }
    }
  }

  private static boolean isFinding(IMarker marker) {
    try {
      return marker.isSubtypeOf(LineMarkers.FINDING);
    } catch (org.eclipse.core.runtime.CoreException e) {
      return false;
    }
  }

  /** Shows a finding marker and its rule. */
  public void show(IMarker marker) {
    text.setText(describe(marker, Locale.getDefault())); // the workbench's language, as the markers
  }

  /** What the view shows for a finding marker. */
  static String describe(IMarker marker, Locale locale) {
    String ruleId = marker.getAttribute(LineMarkers.RULE_ID, ""); //$NON-NLS-1$
    String packId = marker.getAttribute(LineMarkers.PACK_ID, ""); //$NON-NLS-1$
    RuleDescriptor rule = RulePackRegistry.packs().find(packId).map(RulePack::rules).orElse(java.util.List.of()).stream()
        .filter(r -> r.id().equals(ruleId)).findFirst().orElse(null);
    StringBuilder b = new StringBuilder();
    b.append(rule == null ? ruleId : rule.title(locale)).append('\n');
    b.append(NLS.bind(Messages.Rule_citation, marker.getAttribute(LineMarkers.CITATION, ""), ruleId)).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
    b.append(Messages.Rule_finding).append('\n').append(marker.getAttribute(IMarker.MESSAGE, "")).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
    String evidence = marker.getAttribute(LineMarkers.EVIDENCE, ""); //$NON-NLS-1$
    if (!evidence.isEmpty()) {
      b.append(Messages.Rule_evidence).append('\n').append(evidence).append("\n\n"); //$NON-NLS-1$
    }
    String formula = marker.getAttribute(LineMarkers.FORMULA, ""); //$NON-NLS-1$
    if (!formula.isEmpty()) {
      b.append(Messages.Rule_formula).append('\n').append(formula).append("\n\n"); //$NON-NLS-1$
    }
    if (rule != null) {
      b.append(Messages.Rule_rationale).append('\n').append(rule.rationale(locale)).append('\n');
    }
    return b.toString();
  }

  /** The text shown (tests). */
  public String text() {
    return text.getText();
  }

  @Override
  public void setFocus() {
    text.setFocus();
  }

  @Override
  public void dispose() {
    getSite().getPage().removePostSelectionListener(this);
    super.dispose();
  }
}
