package org.linebench.project.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.linebench.project.LineProjects;

/**
 * In the workbench, a project that holds line files is a LineBench project: one opened or created
 * without the nature (made by other tools, or before LineBench had it) gets it, with a line in the
 * log, and is built. At start, the LineBench projects are built once (markers and index are not kept
 * across sessions).
 */
public final class NatureAdder implements IResourceChangeListener {
  private static NatureAdder instance;

  private NatureAdder() {}

  /** Starts watching the workspace; builds every LineBench project and adds the nature where it lacks. */
  public static synchronized void start() {
    if (instance != null) {
      return;
    }
    instance = new NatureAdder();
    ResourcesPlugin.getWorkspace().addResourceChangeListener(instance, IResourceChangeEvent.POST_CHANGE);
    Set<IProject> open = new LinkedHashSet<>();
    for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
      if (p.isAccessible()) {
        open.add(p);
      }
    }
    schedule(open);
  }

  @Override
  public void resourceChanged(IResourceChangeEvent event) {
    IResourceDelta root = event.getDelta();
    if (root == null) {
      return;
    }
    Set<IProject> candidates = new LinkedHashSet<>();
    for (IResourceDelta d : root.getAffectedChildren()) {
      if (d.getResource() instanceof IProject p && p.isAccessible() && !LineProjects.isLineProject(p)) {
        if (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & IResourceDelta.OPEN) != 0 || addsLineFile(d)) {
          candidates.add(p);
        }
      }
    }
    if (!candidates.isEmpty()) {
      schedule(candidates);
    }
  }

  private static boolean addsLineFile(IResourceDelta projectDelta) {
    boolean[] found = {false};
    try {
      projectDelta.accept(d -> {
        if (d.getKind() == IResourceDelta.ADDED && ProjectStates.isLine(d.getResource())) {
          found[0] = true;
        }
        return !found[0];
      });
    } catch (CoreException e) {
      return false;
    }
    return found[0];
  }

  private static void schedule(Set<IProject> projects) {
    List<IProject> list = List.copyOf(projects);
    Job job = new WorkspaceJob(NLS.bind(Messages.Nature_job, list.size() == 1 ? list.get(0).getName() : "")) { //$NON-NLS-1$
      @Override
      public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, list.size() * 2);
        for (IProject p : list) {
          if (!p.isAccessible()) {
            sub.worked(2);
            continue;
          }
          if (!LineProjects.isLineProject(p) && !LineProjects.lineFiles(p).isEmpty()) {
            LineProjects.addNature(p, sub.split(1));
            ILog.of(NatureAdder.class).info(NLS.bind(Messages.Nature_added, p.getName()));
          }
          ProjectState state = ProjectStates.find(p);
          if (LineProjects.isLineProject(p) && (state == null || !state.isBuilt())) {
            p.build(IncrementalProjectBuilder.FULL_BUILD, LineProjects.BUILDER, null, sub.split(1));
          }
        }
        return Status.OK_STATUS;
      }

      @Override
      public boolean belongsTo(Object family) {
        return family == LineProjects.JOBS;
      }
    };
    job.setRule(ResourcesPlugin.getWorkspace().getRoot());
    job.setPriority(Job.BUILD);
    job.schedule();
  }

}
