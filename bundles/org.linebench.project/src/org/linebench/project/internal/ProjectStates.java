package org.linebench.project.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.linebench.core.Preferences;
import org.linebench.project.LineProjects;
import org.linebench.rules.RulePackRegistry;

/**
 * The state of every open project, made on first use and dropped when the project closes or is
 * deleted. When the rule packs change (a bundle came or went) or the preferences choose other packs
 * or another language, the projects built in this session are built again.
 */
public final class ProjectStates {
  private static final Map<IProject, ProjectState> STATES = new ConcurrentHashMap<>();
  private static volatile boolean listening;

  private ProjectStates() {}

  public static ProjectState get(IProject project) {
    listen();
    return STATES.computeIfAbsent(project, ProjectState::new);
  }

  /** The state of a project if it has one, else null. */
  public static ProjectState find(IProject project) {
    return STATES.get(project);
  }

  private static synchronized void listen() {
    if (listening) {
      return;
    }
    listening = true;
    ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
      if (event.getResource() instanceof IProject p) {
        ProjectState gone = STATES.remove(p);
        if (gone != null) {
          gone.dispose();
        }
      }
    }, IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
    RulePackRegistry.addListener(ProjectStates::rebuildBuilt);
    InstanceScope.INSTANCE.getNode(Preferences.NODE).addPreferenceChangeListener(e -> {
      if (Preferences.RULE_PACKS.equals(e.getKey())) {
        rebuildBuilt();
      }
    });
  }

  /** Builds again, from scratch, the projects built in this session (the others build whole when first built). */
  private static void rebuildBuilt() {
    List<IProject> built = new ArrayList<>();
    STATES.forEach((p, s) -> {
      if (s.isBuilt() && LineProjects.isLineProject(p)) {
        built.add(p);
      }
    });
    if (!built.isEmpty()) {
      buildJob(built, IncrementalProjectBuilder.FULL_BUILD, Messages.Rebuild_job).schedule();
    }
  }

  /** A job that runs the line builder of the given projects. */
  public static Job buildJob(Collection<IProject> projects, int kind, String name) {
    IWorkspace workspace = ResourcesPlugin.getWorkspace();
    List<IProject> list = List.copyOf(projects);
    Job job = new WorkspaceJob(name) {
      @Override
      public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, list.size());
        for (IProject p : list) {
          if (LineProjects.isLineProject(p)) {
            p.build(kind, LineProjects.BUILDER, null, sub.split(1));
          }
        }
        return Status.OK_STATUS;
      }

      @Override
      public boolean belongsTo(Object family) {
        return family == LineProjects.JOBS;
      }
    };
    job.setRule(workspace.getRuleFactory().buildRule());
    return job;
  }

  /** A job that builds one project: {@link NLS#bind} of {@link Messages#Build_job}. */
  public static Job buildJob(IProject project, int kind) {
    return buildJob(List.of(project), kind, NLS.bind(Messages.Build_job, project.getName()));
  }

  static boolean isLine(IResource r) {
    return r.getType() == IResource.FILE && LineProjects.EXTENSION.equals(r.getFileExtension()) && !r.isDerived() && !r.isHidden();
  }
}
