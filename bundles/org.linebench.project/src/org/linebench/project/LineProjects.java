package org.linebench.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.linebench.dsl.ide.LineIde;
import org.linebench.project.internal.Certification;
import org.linebench.project.internal.Messages;
import org.linebench.project.internal.NatureAdder;
import org.linebench.project.internal.ProjectState;
import org.linebench.project.internal.ProjectStates;
import org.linebench.rules.RulePack;

import com.google.inject.Injector;

/**
 * LineBench projects: workspace projects with the LineBench nature, whose builder keeps an index of
 * their line files (Xtext's incremental build), marks structural and certification findings, and
 * rebuilds only what a change affects. Editors read their files through {@link WorkingCopy working
 * copies} linked against that index. Headless: the command line and tests use it without a workbench.
 */
public final class LineProjects {
  /** The LineBench project nature. */
  public static final String NATURE = "org.linebench.project.nature"; //$NON-NLS-1$
  /** The line builder the nature installs. */
  public static final String BUILDER = "org.linebench.project.builder"; //$NON-NLS-1$
  /** The file extension of line files. */
  public static final String EXTENSION = "line"; //$NON-NLS-1$
  /** The family of the jobs LineBench projects schedule (builds, working copies' markers): to wait for them. */
  public static final Object JOBS = new Object();

  private LineProjects() {}

  /** The line language's injector the builder and the editors share. */
  public static Injector injector() {
    return LineIde.injector();
  }

  /** Whether the project is open and has the LineBench nature and its builder. */
  public static boolean isLineProject(IProject project) {
    try {
      return project.isAccessible() && project.hasNature(NATURE)
          && Arrays.stream(project.getDescription().getBuildSpec()).anyMatch(c -> BUILDER.equals(c.getBuilderName()));
    } catch (CoreException e) {
      return false;
    }
  }

  /**
   * Makes an open project a LineBench project: adds the nature and the line builder where they lack
   * (a project created with the nature in its description has not run the nature's configuration).
   */
  public static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
    IProjectDescription d = project.getDescription();
    boolean changed = false;
    if (!Arrays.asList(d.getNatureIds()).contains(NATURE)) {
      List<String> ids = new ArrayList<>(Arrays.asList(d.getNatureIds()));
      ids.add(NATURE);
      d.setNatureIds(ids.toArray(String[]::new));
      changed = true;
    }
    List<ICommand> spec = new ArrayList<>(Arrays.asList(d.getBuildSpec()));
    if (spec.stream().noneMatch(c -> BUILDER.equals(c.getBuilderName()))) {
      ICommand command = d.newCommand();
      command.setBuilderName(BUILDER);
      spec.add(command);
      d.setBuildSpec(spec.toArray(ICommand[]::new));
      changed = true;
    }
    if (changed) {
      project.setDescription(d, monitor);
    }
  }

  /** The line files of a project (not derived, not hidden, with a place on disk). */
  public static List<IFile> lineFiles(IProject project) throws CoreException {
    List<IFile> files = new ArrayList<>();
    if (project.isAccessible()) {
      project.accept(r -> {
        if (r.getType() == IResource.FILE && EXTENSION.equals(r.getFileExtension()) && !r.isDerived() && !r.isHidden()
            && r.getLocation() != null) {
          files.add((IFile) r);
        }
        return !r.isDerived() && !r.isHidden();
      });
    }
    return files;
  }

  /** The line files of a project as absolute, normalized paths on disk (for the headless rule engine and reports). */
  public static List<Path> linePaths(IProject project) throws CoreException {
    return lineFiles(project).stream().map(f -> f.getLocation().toFile().toPath().toAbsolutePath().normalize()).toList();
  }

  /** The rule packs the builder checks plants with: those the preferences choose, else every installed pack for its countries. */
  public static List<RulePack> rulePacks() {
    return Certification.packs();
  }

  /** The language the builder writes certification findings in: the workbench's. */
  public static Locale findingsLanguage() {
    return Certification.language();
  }

  /** The URI a file has in the index and in loaded models (its place on disk). */
  public static URI uri(IFile file) {
    return URI.createFileURI(file.getLocation().toFile().toPath().toAbsolutePath().normalize().toString());
  }

  /**
   * The working copy of a line file an editor shows: one per file, shared by every editor feature.
   * {@link #release} it when the last editor of the file closes.
   */
  public static WorkingCopy workingCopy(IFile file) {
    ProjectState state = ProjectStates.get(file.getProject());
    return state.workingCopies().computeIfAbsent(file, f -> new WorkingCopy(state, f));
  }

  /**
   * Forgets a file's working copy; if its text was not saved, the file is built again so that its
   * markers say what the saved file says.
   */
  public static void release(IFile file) {
    ProjectState state = ProjectStates.find(file.getProject());
    WorkingCopy wc = state == null ? null : state.workingCopies().remove(file);
    if (wc == null) {
      return;
    }
    boolean unsaved = wc.differsFromFile();
    wc.dispose();
    if (unsaved && isLineProject(file.getProject())) {
      state.requestBuild(file);
      ProjectStates.buildJob(file.getProject(), IncrementalProjectBuilder.INCREMENTAL_BUILD).schedule();
    }
  }

  /** What the last build of the project in this session did, or null. */
  public static BuildReport lastBuild(IProject project) {
    ProjectState state = ProjectStates.find(project);
    return state == null ? null : state.lastBuild();
  }

  /**
   * In the workbench: gives projects that hold line files the nature (with a line in the log) and
   * builds the LineBench projects once, now and whenever one is opened or created.
   */
  public static void startWorkbench() {
    NatureAdder.start();
  }

  /** A job that builds every open LineBench project from scratch ("Check Certification Rules"). */
  public static Job rebuildAll(List<IProject> projects) {
    return ProjectStates.buildJob(projects, IncrementalProjectBuilder.FULL_BUILD, Messages.Rebuild_job);
  }
}
