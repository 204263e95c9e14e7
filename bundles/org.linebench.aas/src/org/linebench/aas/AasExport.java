package org.linebench.aas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXSerializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXValidator;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.InMemoryFile;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonSchemaValidator;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonSerializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.xml.XmlSchemaValidator;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.xml.XmlSerializer;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.linebench.aas.internal.Aas4j;
import org.linebench.aas.internal.EnvironmentBuilder;
import org.linebench.aml.AmlExport;
import org.linebench.core.AtomicFiles;
import org.linebench.core.InputFiles;
import org.linebench.ml.card.ModelFolder;
import org.linebench.model.line.LineFile;

/**
 * Exports line files as Asset Administration Shells (metamodel V3.0, Eclipse AAS4J): an environment
 * with a shell per line, station and piece of equipment, written as an AASX package (with the
 * lines' AutomationML file and the attached models' cards inside), or as JSON or XML. Every format
 * validates against the V3.0 schemas AAS4J ships ({@link #validate}).
 */
public final class AasExport {
  private AasExport() {}

  /** The formats, by the names {@code linebench export --format} takes. */
  public enum Format {
    AASX("aasx"), JSON("aas-json"), XML("aas-xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final String id;

    Format(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Format> named(String id) {
      for (Format f : values()) {
        if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * What was exported.
   *
   * @param shells how many shells the environment has
   * @param submodels how many submodels
   * @param files how many files an AASX package carries beside the environment
   */
  public record Result(Path target, int shells, int submodels, int files) {}

  /** Writes the environment of the line files (loaded together) in the format, atomically. */
  public static Result export(Map<Path, LineFile> files, List<SafetyFinding> findings, Format format, Path target) throws IOException {
    String amlName = target.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".aml"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String amlPath = format == Format.AASX ? "file:/aasx/aml/" + amlName : null; //$NON-NLS-1$
    EnvironmentBuilder.Result built = EnvironmentBuilder.build(files, findings, amlPath, LocalDate.now().toString());
    Environment env = built.environment();
    List<InMemoryFile> attached = new ArrayList<>();
    if (format == Format.AASX) {
      ByteArrayOutputStream aml = new ByteArrayOutputStream();
      AmlExport.write(files, aml, amlName, target.toAbsolutePath().getParent());
      attached.add(new InMemoryFile(aml.toByteArray(), part(amlPath)));
      for (var a : built.files()) {
        attached.add(new InMemoryFile(InputFiles.readAllBytes(a.source(), ModelFolder.MAX_CARD_BYTES), part(a.packagePath())));
      }
    }
    AtomicFiles.write(target, out -> {
      try {
        Aas4j.call(() -> {
          switch (format) {
            case AASX -> new AASXSerializer(new XmlSerializer(Aas4j.xmlFactory(), null)).write(env, attached, out);
            case JSON -> new JsonSerializer().write(out, StandardCharsets.UTF_8, env);
            case XML -> new XmlSerializer(Aas4j.xmlFactory(), null).write(out, env);
          }
          return null;
        });
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e.getMessage(), e);
      }
    });
    return new Result(target, env.getAssetAdministrationShells().size(), env.getSubmodels().size(), attached.size());
  }

  /** The package part of a File element's value: {@code file:/aasx/x} is part {@code /aasx/x}. */
  private static String part(String fileUri) {
    return fileUri.startsWith("file:") ? fileUri.substring("file:".length()) : fileUri; //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** What the V3.0 schema (XSD, JSON schema; an AASX package's XML part) finds wrong with the file; empty when it is valid. */
  public static Set<String> validate(Path file, Format format) throws IOException {
    try {
      return Aas4j.call(() -> switch (format) {
        case AASX -> {
          try (InputStream in = Files.newInputStream(file)) {
            yield new TreeSet<>(new AASXValidator(in).validateSchema());
          }
        }
        case JSON -> new TreeSet<>(new JsonSchemaValidator().validateSchema(Files.readString(file, StandardCharsets.UTF_8)));
        case XML -> new TreeSet<>(new XmlSchemaValidator().validateSchema(Files.readString(file, StandardCharsets.UTF_8)));
      });
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e.getMessage(), e);
    }
  }

}
