package org.linebench.dsl.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.core.InputFiles;
import org.linebench.dsl.LineStandaloneSetup;
import org.linebench.model.line.LineFile;

import com.google.inject.Injector;

/**
 * Loads line files the way the command line, the rule engine and the tests do: every {@code *.line}
 * file of the given files and folders into one resource set (so that files see each other's types),
 * resolved and validated.
 */
public final class LineModels {
  /** The file extension of line files. */
  public static final String EXTENSION = "line"; //$NON-NLS-1$

  private static final com.google.common.base.Supplier<Injector> INJECTOR = com.google.common.base.Suppliers.memoize(() -> {
    quietLogging();
    // In the workbench the editor's (IDE) setup has registered the language already; registering the
    // runtime's resource factory over it would hand the editor resources it cannot assist in.
    if (org.eclipse.emf.ecore.resource.Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().containsKey(EXTENSION)) {
      return new LineStandaloneSetup().createInjector();
    }
    return new LineStandaloneSetup().createInjectorAndDoEMFRegistration();
  });

  private LineModels() {}

  /** The injector of the line language's runtime; created once. */
  public static Injector injector() {
    return INJECTOR.get();
  }

  /**
   * Xtext logs through log4j 1.x; without a configuration log4j complains on stderr. Warnings and
   * errors go to stderr; the rest is dropped. Left alone when someone configured log4j already.
   */
  public static void quietLogging() {
    org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
    if (!root.getAllAppenders().hasMoreElements()) {
      root.setLevel(org.apache.log4j.Level.WARN);
      root.addAppender(new org.apache.log4j.ConsoleAppender(new org.apache.log4j.PatternLayout("%p %c{1}: %m%n"), //$NON-NLS-1$
          org.apache.log4j.ConsoleAppender.SYSTEM_ERR));
    }
  }

  /**
   * What was loaded: the models by file, every finding, sorted by file and position, and the
   * files read in another encoding than UTF-8 (GBK/GB18030, UTF-16).
   */
  public record Result(XtextResourceSet resourceSet, Map<Path, LineFile> files, List<LineIssue> issues, Map<Path, Charset> encodings) {
    public Result(XtextResourceSet resourceSet, Map<Path, LineFile> files, List<LineIssue> issues) {
      this(resourceSet, files, issues, Map.of());
    }

    /** One localized note per file read in another encoding than UTF-8. */
    public List<String> encodingNotes() {
      return encodings.entrySet().stream().map(e -> NLS.bind(Messages.LineFiles_readAs, e.getKey(), e.getValue().name())).toList();
    }

    public long errorCount() {
      return issues.stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).count();
    }
  }

  /**
   * The {@code *.line} files of the given paths: a file as it is, a folder searched recursively.
   *
   * @throws IOException if a path does not exist ({@link java.nio.file.NoSuchFileException}), is
   *         no regular file or folder, or cannot be read
   */
  public static List<Path> collect(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      InputFiles.Kind kind = InputFiles.kindOf(p); // NoSuchFileException when there is nothing
      if (kind == InputFiles.Kind.FOLDER) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith("." + EXTENSION)) //$NON-NLS-1$
              .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause(); // a sub-folder that cannot be read: its reason, not an internal error
        }
      } else if (kind == InputFiles.Kind.FILE) {
        files.add(p);
      } else {
        throw InputFiles.notAFile(p, kind); // a FIFO or device named on the command line
      }
    }
    return files;
  }

  /** Loads, links and validates the given files together. */
  public static Result load(List<Path> files) throws IOException {
    Injector inj = injector();
    XtextResourceSet rs = inj.getInstance(XtextResourceSet.class);
    rs.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
    // this injector's resources, whatever the global registry holds
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
        inj.getInstance(org.eclipse.xtext.resource.IResourceFactory.class));
    Map<Path, LineFile> models = new LinkedHashMap<>();
    Map<Resource, Path> paths = new LinkedHashMap<>();
    Map<Path, Charset> encodings = new LinkedHashMap<>();
    for (Path f : files) {
      Resource r = rs.createResource(URI.createFileURI(f.toAbsolutePath().normalize().toString()));
      LineFiles.Text text = LineFiles.read(f);
      if (text.notUtf8()) {
        encodings.put(f, text.charset());
      }
      // the resource reads UTF-8: the text, decoded from whatever the file holds, without its BOM
      try (InputStream in = new ByteArrayInputStream(text.text().getBytes(StandardCharsets.UTF_8))) {
        r.load(in, rs.getLoadOptions());
      }
      paths.put(r, f);
      if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof LineFile lf) {
        models.put(f, lf);
      }
    }
    EcoreUtil.resolveAll(rs);
    IResourceValidator validator = inj.getInstance(IResourceValidator.class);
    List<LineIssue> issues = new ArrayList<>();
    for (Map.Entry<Resource, Path> e : paths.entrySet()) {
      for (Issue i : validator.validate(e.getKey(), CheckMode.ALL, CancelIndicator.NullImpl)) {
        issues.add(convert(e.getValue(), i));
      }
    }
    issues.sort(Comparator.comparing((LineIssue i) -> i.file().toString()).thenComparingInt(LineIssue::line)
        .thenComparingInt(LineIssue::column));
    return new Result(rs, models, issues, java.util.Collections.unmodifiableMap(encodings));
  }

  static LineIssue convert(Path file, Issue i) {
    LineIssue.Severity s = switch (i.getSeverity()) {
      case ERROR -> LineIssue.Severity.ERROR;
      case WARNING -> LineIssue.Severity.WARNING;
      default -> LineIssue.Severity.INFO;
    };
    int line = i.getLineNumber() == null ? 0 : i.getLineNumber();
    int column = i.getColumn() == null ? 0 : i.getColumn();
    return new LineIssue(file, line, column, s, i.getMessage(), i.getCode());
  }
}
