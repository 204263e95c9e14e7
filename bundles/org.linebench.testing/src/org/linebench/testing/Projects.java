package org.linebench.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Projects of the running workspace for tests (needs {@code org.eclipse.core.resources}): a fresh
 * project, one holding copies of folders (an example and its catalogue), a file with a text.
 */
public final class Projects {
  private Projects() {}

  /** A new, open, empty project; one of that name is deleted first, with its files. */
  public static IProject fresh(String name) throws CoreException {
    IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
    if (p.exists()) {
      p.delete(true, true, null);
    }
    p.create(null);
    p.open(null);
    return p;
  }

  /**
   * A fresh project with a copy of each folder under its own name:
   * {@code copyOf("p", examples/bodyshop, examples/library)} holds {@code bodyshop/...} and {@code library/...}.
   */
  public static IProject copyOf(String name, Path... folders) throws CoreException, IOException {
    IProject p = fresh(name);
    Path target = p.getLocation().toFile().toPath();
    for (Path folder : folders) {
      Path to = target.resolve(folder.getFileName().toString());
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(Files::isRegularFile).forEach(f -> copy(f, to.resolve(folder.relativize(f).toString())));
      }
    }
    p.refreshLocal(IResource.DEPTH_INFINITE, null);
    return p;
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of the project with the text (UTF-8), replacing one that exists; folders are made as needed. */
  public static IFile file(IProject project, String path, String text) throws CoreException {
    IFile f = project.getFile(path);
    if (f.getParent() instanceof IFolder folder) {
      folders(folder);
    }
    ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    if (f.exists()) {
      f.setContents(in, true, false, null);
    } else {
      f.create(in, true, null);
    }
    return f;
  }

  private static void folders(IFolder folder) throws CoreException {
    if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
      folders(parent);
    }
    if (!folder.exists()) {
      folder.create(true, true, null);
    }
  }
}
