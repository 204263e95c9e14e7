package org.linebench.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

import org.linebench.core.internal.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example lines shipped with LineBench (the repository's {@code examples/}, copied into this
 * bundle by the build): to start a project from, in the workbench or from the command line.
 */
public final class Examples {
  /** The catalogue of station and equipment types every example imports; copied with each. */
  public static final String LIBRARY = "library"; //$NON-NLS-1$
  private static final String ROOT = "examples"; //$NON-NLS-1$

  private Examples() {}

  /** The examples one can start from (the library excluded), sorted. */
  public static List<String> names() {
    TreeSet<String> names = new TreeSet<>();
    for (String entry : entries(ROOT)) {
      String rest = entry.substring(ROOT.length() + 1);
      int slash = rest.indexOf('/');
      if (slash > 0) {
        names.add(rest.substring(0, slash));
      }
    }
    names.remove(LIBRARY);
    return List.copyOf(names);
  }

  /** A one-line description of an example in the user's language; its name if there is none. */
  public static String title(String name) {
    return switch (name) {
      case "bodyshop" -> Messages.Example_bodyshop; //$NON-NLS-1$
      case "electronics" -> Messages.Example_electronics; //$NON-NLS-1$
      case "bodyshop-noncompliant" -> Messages.Example_bodyshopNoncompliant; //$NON-NLS-1$
      case "electronics-noncompliant" -> Messages.Example_electronicsNoncompliant; //$NON-NLS-1$
      default -> name;
    };
  }

  /** The files of an example, paths relative to the examples folder ({@code bodyshop/bodyshop.line}), sorted. */
  public static List<String> files(String name) throws NoSuchFileException {
    List<String> files = new ArrayList<>();
    for (String entry : entries(ROOT + "/" + name)) { //$NON-NLS-1$
      if (!entry.endsWith("/")) { //$NON-NLS-1$
        files.add(entry.substring(ROOT.length() + 1));
      }
    }
    if (files.isEmpty()) {
      throw new NoSuchFileException(name);
    }
    Collections.sort(files);
    return files;
  }

  /** The example's line file to open first: the first {@code .line} file of its folder. */
  public static String mainFile(String name) throws NoSuchFileException {
    return files(name).stream().filter(f -> f.endsWith(".line")).findFirst() //$NON-NLS-1$
        .orElseThrow(() -> new NoSuchFileException(name));
  }

  /**
   * Copies an example and the library into a folder ({@code target/bodyshop/...},
   * {@code target/library/...}), each file written atomically.
   *
   * @return the files written, the example's files first
   * @throws FileAlreadyExistsException if one of the files exists already (nothing is overwritten)
   * @throws NoSuchFileException if there is no such example
   */
  public static List<Path> copy(String name, Path target) throws IOException {
    List<String> files = new ArrayList<>(files(name));
    if (!LIBRARY.equals(name)) {
      files.addAll(files(LIBRARY));
    }
    for (String f : files) {
      if (Files.exists(target.resolve(f))) {
        throw new FileAlreadyExistsException(target.resolve(f).toString());
      }
    }
    List<Path> written = new ArrayList<>();
    for (String f : files) {
      Path to = target.resolve(f);
      AtomicFiles.write(to, out -> {
        try (InputStream in = open(f)) {
          in.transferTo(out);
        }
      });
      written.add(to);
    }
    return written;
  }

  /** Reads one file of the examples ({@code bodyshop/bodyshop.line}). */
  public static InputStream open(String file) throws IOException {
    URL url = bundle().getEntry(ROOT + "/" + file); //$NON-NLS-1$
    if (url == null) {
      throw new NoSuchFileException(file);
    }
    return url.openStream();
  }

  private static Bundle bundle() {
    Bundle b = FrameworkUtil.getBundle(Examples.class);
    if (b == null) {
      throw new IllegalStateException("the examples are read from the org.linebench.core bundle: run inside OSGi"); //$NON-NLS-1$
    }
    return b;
  }

  /** Entry paths under a folder of the bundle, without a leading slash; folders end with '/'. */
  private static List<String> entries(String folder) {
    List<String> paths = new ArrayList<>();
    Enumeration<URL> e = bundle().findEntries(folder, "*", true); //$NON-NLS-1$
    while (e != null && e.hasMoreElements()) {
      String p = e.nextElement().getPath();
      paths.add(p.startsWith("/") ? p.substring(1) : p); //$NON-NLS-1$
    }
    return paths;
  }
}
