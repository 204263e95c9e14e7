package org.linebench.aml;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linebench.aml.internal.LineToCaex;
import org.linebench.core.AtomicFiles;
import org.linebench.model.line.LineFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Exports line files to AutomationML: one CAEX 3.0 document with the plants, lines and stations as
 * InternalElements (LineBench role and system unit classes, derived from AutomationML's base
 * roles), values as typed attributes with units, material flow and every other reference as
 * InternalLinks, the catalogue's station and equipment types as system unit classes, and attached
 * models' cards as external data references. The document validates against the CAEX 3.0 schema
 * ({@link CaexSchema}); {@link AmlImport} reads it back into equivalent line files.
 */
public final class AmlExport {
  private AmlExport() {}

  /**
   * What was exported.
   *
   * @param target the file written
   * @param files how many line files went into it
   * @param warnings references that could not be written (their two ends lie in different plants)
   */
  public record Result(Path target, int files, List<String> warnings) {}

  /**
   * Writes the line files (loaded together, e.g. by {@code LineModels.load}) to {@code target},
   * atomically: completely or not at all.
   */
  public static Result export(Map<Path, LineFile> files, Path target) throws IOException {
    List<String> warnings = new ArrayList<>();
    Path folder = target.toAbsolutePath().getParent();
    AtomicFiles.write(target, out -> warnings.addAll(write(files, out, target.getFileName().toString(), folder)));
    return new Result(target, files.size(), warnings);
  }

  /**
   * Writes the line files as a CAEX document into a stream.
   *
   * @param fileName the document's file name (CAEX FileName)
   * @param folder where the document will lie: models' cards are referred to relative to it
   * @return warnings, as in {@link Result#warnings()}
   */
  public static List<String> write(Map<Path, LineFile> files, OutputStream out, String fileName, Path folder) throws IOException {
    Path base = commonFolder(files.keySet());
    List<LineToCaex.Input> inputs = new ArrayList<>();
    for (Map.Entry<Path, LineFile> f : files.entrySet()) {
      inputs.add(new LineToCaex.Input(base.relativize(f.getKey().toAbsolutePath().normalize()), f.getValue()));
    }
    Map<LineFile, Path> pathOf = new java.util.HashMap<>();
    files.forEach((p, f) -> pathOf.put(f, p.toAbsolutePath().normalize()));
    String[] origin = {"LineBench", "org.linebench", version()}; //$NON-NLS-1$ //$NON-NLS-2$
    return LineToCaex.write(out, fileName, origin, inputs, (e, path) -> fileUri(e, path, pathOf, folder), Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * A file an element names relative to its line file (a model's card, a variation's data, a
   * station's readings), relative to the document's folder (a file URI where there is no relative way).
   */
  private static String fileUri(org.eclipse.emf.ecore.EObject element, String path, Map<LineFile, Path> pathOf, Path folder) {
    LineFile file = (LineFile) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element);
    Path lineFile = pathOf.get(file);
    String card = path == null ? "" : path; //$NON-NLS-1$
    if (lineFile == null || folder == null) {
      return card;
    }
    Path absolute = lineFile.getParent().resolve(card).normalize();
    Path base = folder.toAbsolutePath().normalize();
    if (absolute.getNameCount() == 0 || base.getNameCount() == 0 || !absolute.getName(0).equals(base.getName(0))) {
      return absolute.toUri().toString(); // no relative way worth writing: up to the root and down again
    }
    try {
      Path relative = folder.toAbsolutePath().normalize().relativize(absolute);
      return new URI(null, null, relative.toString().replace('\\', '/'), null).toString();
    } catch (IllegalArgumentException | URISyntaxException e) {
      return absolute.toUri().toString();
    }
  }

  /** The deepest folder that holds all the files. */
  static Path commonFolder(Iterable<Path> files) {
    Path common = null;
    for (Path f : files) {
      Path folder = f.toAbsolutePath().normalize().getParent();
      if (common == null) {
        common = folder;
      }
      while (common != null && !folder.startsWith(common)) {
        common = common.getParent();
      }
    }
    return common == null ? Path.of("").toAbsolutePath().getRoot() : common; //$NON-NLS-1$
  }

  static String version() {
    Bundle b = FrameworkUtil.getBundle(AmlExport.class);
    return b == null ? "0.1.0" : b.getVersion().toString(); //$NON-NLS-1$
  }
}
