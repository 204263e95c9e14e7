package org.linebench.project.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.linebench.project.LineProjects;

/** The LineBench project nature: installs the line builder in the project's build spec, and removes it. */
public class LineNature implements IProjectNature {
  private IProject project;

  @Override
  public void configure() throws CoreException {
    IProjectDescription d = project.getDescription();
    List<ICommand> spec = new ArrayList<>(Arrays.asList(d.getBuildSpec()));
    if (spec.stream().noneMatch(c -> LineProjects.BUILDER.equals(c.getBuilderName()))) {
      ICommand command = d.newCommand();
      command.setBuilderName(LineProjects.BUILDER);
      spec.add(command);
      d.setBuildSpec(spec.toArray(ICommand[]::new));
      project.setDescription(d, null);
    }
  }

  @Override
  public void deconfigure() throws CoreException {
    IProjectDescription d = project.getDescription();
    List<ICommand> spec = new ArrayList<>(Arrays.asList(d.getBuildSpec()));
    if (spec.removeIf(c -> LineProjects.BUILDER.equals(c.getBuilderName()))) {
      d.setBuildSpec(spec.toArray(ICommand[]::new));
      project.setDescription(d, null);
    }
    ProjectStates.get(project).clean();
  }

  @Override
  public IProject getProject() {
    return project;
  }

  @Override
  public void setProject(IProject project) {
    this.project = project;
  }
}
