package org.linebench.project.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.project.BuildReport;
import org.linebench.project.LineProjects;
import org.linebench.testing.Projects;
import org.linebench.testing.Sources;

/** LineBench projects in the test workspace: examples, generated plants, edits and builds. */
final class Fixtures {
  private Fixtures() {}

  /** Auto-build off: each test starts the builds it checks. */
  static void manualBuilds() throws CoreException {
    IWorkspace ws = ResourcesPlugin.getWorkspace();
    IWorkspaceDescription d = ws.getDescription();
    d.setAutoBuilding(false);
    ws.setDescription(d);
  }

  /** A new, empty project (an old one of that name is deleted), with the nature or without. */
  static IProject create(String name, boolean nature) throws CoreException {
    IProject p = Projects.fresh(name);
    if (nature) {
      LineProjects.addNature(p, null);
    }
    return p;
  }

  /** A LineBench project holding examples of the source tree (each in its folder) and the catalogue. */
  static IProject example(String name, String... examples) throws Exception {
    List<Path> folders = new java.util.ArrayList<>();
    for (String example : examples) {
      folders.add(Sources.examples(example));
    }
    folders.add(Sources.examples("library"));
    return Projects.copyOf(create(name, true), folders.toArray(Path[]::new));
  }

  /** A LineBench project holding a generated plant: plant.line and line files L000.line... of {@code perLine} stations. */
  static IProject synthetic(String name, int stations, int perLine) throws Exception {
    IProject p = create(name, true);
    SyntheticPlants.write(folder(p), stations, 7, perLine);
    p.refreshLocal(IResource.DEPTH_INFINITE, null);
    return p;
  }

  static Path folder(IProject p) {
    return p.getLocation().toFile().toPath();
  }

  static BuildReport build(IProject p, int kind) throws CoreException {
    BuildReport before = LineProjects.lastBuild(p);
    p.build(kind, null);
    BuildReport after = LineProjects.lastBuild(p);
    return after == before ? null : after;
  }

  static BuildReport full(IProject p) throws CoreException {
    return build(p, IncrementalProjectBuilder.FULL_BUILD);
  }

  static BuildReport incremental(IProject p) throws CoreException {
    return build(p, IncrementalProjectBuilder.INCREMENTAL_BUILD);
  }

  static String read(IFile f) throws Exception {
    try (var in = f.getContents(true)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void write(IFile f, String text) throws CoreException {
    f.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
  }

  /** Replaces the first {@code from} with {@code to}; fails when there is none. */
  static void edit(IFile f, String from, String to) throws Exception {
    String text = read(f);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new AssertionError(from + " not in " + f);
    }
    write(f, text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /** The names of the files, sorted. */
  static List<String> names(List<IFile> files) {
    return files.stream().map(IFile::getName).sorted().toList();
  }

  static IMarker[] markers(IResource r, String type) {
    try {
      return r.findMarkers(type, false, IResource.DEPTH_INFINITE);
    } catch (CoreException e) {
      throw new AssertionError(e);
    }
  }

  static String describe(IMarker[] markers) {
    return Arrays.stream(markers).map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
        + m.getAttribute(IMarker.MESSAGE, "")).collect(Collectors.joining("\n"));
  }
}
