package org.linebench.project.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The builder of LineBench projects: hands the changed and removed line files of the resource
 * delta to the project's {@link ProjectState}, which checks them and those that depend on them.
 * Cancellable: a cancelled build publishes nothing and leaves its files to the next build.
 */
public class LineBuilder extends IncrementalProjectBuilder {

  @Override
  protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
    IProject project = getProject();
    SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Build_task, project.getName()), 1);
    ProjectState state = ProjectStates.get(project);
    List<IFile> changed = new ArrayList<>();
    List<IFile> removed = new ArrayList<>();
    boolean full = kind == FULL_BUILD;
    IResourceDelta delta = full ? null : getDelta(project);
    if (delta == null) {
      full = true;
    } else {
      delta.accept(d -> {
        if (ProjectStates.isLine(d.getResource()) && d.getResource().getLocation() != null) {
          IFile f = (IFile) d.getResource();
          switch (d.getKind()) {
            case IResourceDelta.ADDED -> changed.add(f);
            case IResourceDelta.REMOVED -> removed.add(f);
            case IResourceDelta.CHANGED -> {
              if ((d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0) {
                changed.add(f);
              }
            }
            default -> {
              // phantoms: nothing to build
            }
          }
        }
        return true;
      });
    }
    state.build(changed, removed, full, sub.split(1));
    return null;
  }

  @Override
  protected void clean(IProgressMonitor monitor) throws CoreException {
    ProjectStates.get(getProject()).clean();
  }
}
