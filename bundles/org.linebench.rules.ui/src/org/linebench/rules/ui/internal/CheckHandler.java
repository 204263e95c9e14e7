package org.linebench.rules.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.linebench.project.LineProjects;

/** "Check Certification Rules": every open LineBench project is built again from scratch, now. */
public class CheckHandler extends AbstractHandler {
  @Override
  public Object execute(ExecutionEvent event) {
    List<IProject> projects = new ArrayList<>();
    for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
      if (LineProjects.isLineProject(p)) {
        projects.add(p);
      }
    }
    LineProjects.rebuildAll(projects).schedule();
    return null;
  }
}
