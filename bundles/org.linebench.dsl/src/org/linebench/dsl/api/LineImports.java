package org.linebench.dsl.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the line files that the named files import but that were not named: the files declaring an
 * imported namespace in the folders next to the named ones (as {@code examples/library} is next to
 * {@code examples/bodyshop}), so that {@code linebench validate examples/bodyshop} sees the
 * catalogue its stations' types come from. Only the start of each file is read. Used by the commands
 * that load line files ({@code validate}, {@code simulate}, {@code export}) and by the language
 * server on a workspace folder.
 */
public final class LineImports {
  private static final Pattern NAMESPACE = Pattern.compile("(?m)^\\s*namespace\\s+([\\w.]+)"); //$NON-NLS-1$
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+?)(\\.\\*)?\\s*$"); //$NON-NLS-1$
  private static final int HEAD = 8192;
  private static final int DEPTH = 4;

  private LineImports() {}

  /** The files to load besides {@code named}, in path order; empty when nothing is missing. */
  public static List<Path> missing(List<Path> named, List<Path> given) throws IOException {
    Set<String> declared = new LinkedHashSet<>();
    Set<String> imported = new LinkedHashSet<>();
    for (Path f : named) {
      String head = head(f);
      Matcher n = NAMESPACE.matcher(head);
      if (n.find()) {
        declared.add(n.group(1));
      }
      Matcher i = IMPORT.matcher(head);
      while (i.find()) {
        imported.add(i.group(1));
      }
    }
    imported.removeAll(declared);
    List<Path> found = new ArrayList<>();
    if (imported.isEmpty()) {
      return found;
    }
    Set<Path> roots = new LinkedHashSet<>();
    for (Path g : given) {
      Path parent = g.toAbsolutePath().normalize().getParent();
      if (parent != null) {
        roots.add(parent);
      }
    }
    Set<Path> already = new LinkedHashSet<>();
    named.forEach(p -> already.add(p.toAbsolutePath().normalize()));
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root, DEPTH)) {
        for (Path f : s.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith("." + LineModels.EXTENSION)) //$NON-NLS-1$
            .sorted().toList()) {
          Path abs = f.toAbsolutePath().normalize();
          if (already.contains(abs) || !Files.isRegularFile(f)) {
            continue;
          }
          Matcher n = NAMESPACE.matcher(head(f));
          if (n.find() && imported.contains(n.group(1))) {
            found.add(f);
            already.add(abs);
          }
        }
      }
    }
    return found;
  }

  private static String head(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
    }
  }
}
