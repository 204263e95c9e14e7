package org.linebench.rules.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;

/** "Check Certification Rules": every open project, now. */
public class CheckHandler extends AbstractHandler {
  @Override
  public Object execute(ExecutionEvent event) {
    for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
      if (p.isAccessible()) {
        RuleMarkerUpdater.check(p).schedule();
      }
    }
    return null;
  }
}
