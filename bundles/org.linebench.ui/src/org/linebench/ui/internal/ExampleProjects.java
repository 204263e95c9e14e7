package org.linebench.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.linebench.core.Examples;
import org.linebench.project.LineProjects;

/** Creates LineBench projects: empty with a starter line file, or from one of the bundled examples. */
public final class ExampleProjects {

  private ExampleProjects() {}

  /**
   * Creates and opens a project and fills it.
   *
   * @param location where the project's folder is, or null for the workspace's default place
   * @param example the example to copy (with the library), or null for a starter line file
   * @return the line file to open first
   */
  public static IFile create(String name, IPath location, String example, IProgressMonitor monitor) throws CoreException {
    SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.NewProject_creating, name), 4);
    IWorkspace ws = ResourcesPlugin.getWorkspace();
    IProject project = ws.getRoot().getProject(name);
    IProjectDescription description = ws.newProjectDescription(name);
    description.setLocation(location);
    project.create(description, sub.split(1));
    project.open(sub.split(1));
    LineProjects.addNature(project, null); // its builder checks the line files and marks findings
    IFile main;
    if (example == null) {
      main = project.getFile(name + ".line"); //$NON-NLS-1$
      main.create(new ByteArrayInputStream(starter(name).getBytes(StandardCharsets.UTF_8)), true, sub.split(1));
    } else {
      try {
        Examples.copy(example, project.getLocation().toFile().toPath());
        main = project.getFile(IPath.fromOSString(Examples.mainFile(example)));
      } catch (IOException e) {
        throw new CoreException(Status.error(NLS.bind(Messages.NewProject_copyFailed, example, e.getMessage()), e));
      }
      sub.worked(1);
    }
    project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(1));
    return main;
  }

  /** The workspace's project for an example (named after it), created on first use; returns its main file. */
  public static IFile openOrCreate(String example, IProgressMonitor monitor) throws CoreException {
    IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(example);
    try {
      if (!project.exists()) {
        Examples.mainFile(example); // a clear error before a project is made
        return create(example, null, example, monitor);
      }
      project.open(monitor);
      project.refreshLocal(IResource.DEPTH_INFINITE, monitor); // its files may have been edited outside
      return project.getFile(IPath.fromOSString(Examples.mainFile(example)));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CoreException(Status.error(NLS.bind(Messages.Workbench_noSuchExample, example, String.join(", ", Examples.names())))); //$NON-NLS-1$
    }
  }

  /** A small line that validates clean, for a project started without an example. */
  static String starter(String projectName) {
    String ns = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
    if (ns.isEmpty() || !Character.isLetter(ns.charAt(0))) {
      ns = "p_" + ns; //$NON-NLS-1$
    }
    return "namespace " + ns + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
        + "plant Plant \"" + projectName.replace("\"", "") + "\" {\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        + "\tcountry CN\n\n" //$NON-NLS-1$
        + "\tline L1 {\n" //$NON-NLS-1$
        + "\t\ttakt 60 s\n\n" //$NON-NLS-1$
        + "\t\tsource In\n\n" //$NON-NLS-1$
        + "\t\tstation S10 manual-workstation {\n\t\t\tcycle-time 50 s\n\t\t\toperators 1\n\t\t}\n\n" //$NON-NLS-1$
        + "\t\tsink Out\n\n" //$NON-NLS-1$
        + "\t\tflow In -> S10\n\t\tflow S10 -> Out\n" //$NON-NLS-1$
        + "\t}\n}\n"; //$NON-NLS-1$
  }
}
