package org.linebench.rules.ui.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;

/** Runs the rule packs on a project whenever one of its line files is saved (and on demand). */
public class RuleMarkerUpdater implements IStartup, IResourceChangeListener {

  @Override
  public void earlyStartup() {
    ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    // Once per session, every project: the findings kept from the last session may be stale (rule
    // packs added or updated since), and a project created while the workbench was still starting
    // (linebench workbench --example) came before this listener.
    for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
      if (p.isAccessible()) {
        Job job = check(p);
        job.setPriority(Job.DECORATE);
        job.schedule();
      }
    }
  }

  @Override
  public void resourceChanged(IResourceChangeEvent event) {
    Set<IProject> projects = new LinkedHashSet<>();
    try {
      event.getDelta().accept(d -> {
        if (d.getResource() instanceof IFile f && "line".equals(f.getFileExtension()) //$NON-NLS-1$
            && (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
          projects.add(f.getProject());
        }
        return true;
      });
    } catch (CoreException e) {
      return;
    }
    for (IProject p : projects) {
      check(p).schedule(300);
    }
  }

  /** A job that checks one project; jobs of the same project replace each other. */
  public static Job check(IProject project) {
    Job job = Job.create(NLS.bind(Messages.Check_job, project.getName()), (ICoreRunnable) monitor -> {
      if (project.isAccessible()) {
        RuleMarkers.update(project);
      }
    });
    job.setRule(project);
    job.setSystem(false);
    return job;
  }
}
