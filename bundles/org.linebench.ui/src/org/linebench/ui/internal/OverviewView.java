package org.linebench.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The first view of the Line Design perspective: what LineBench is for. */
public class OverviewView extends ViewPart {
  private Composite root;

  @Override
  public void createPartControl(Composite parent) {
    root = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(root);
    Label heading = new Label(root, SWT.NONE);
    heading.setText(Messages.Overview_heading);
    heading.setFont(JFaceResources.getHeaderFont());
    Label body = new Label(root, SWT.WRAP);
    body.setText(Messages.Overview_body);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(body);
  }

  @Override
  public void setFocus() {
    root.setFocus();
  }
}
