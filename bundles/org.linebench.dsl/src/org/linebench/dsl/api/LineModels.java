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
    // In the workbench the editor's and the project builder's (IDE) setup has registered the language
    // already: one injector for all, so that their resources, caches and validators are the same.
    org.eclipse.xtext.resource.IResourceServiceProvider registered = org.eclipse.xtext.resource.IResourceServiceProvider.Registry.INSTANCE
        .getResourceServiceProvider(URI.createURI("registered." + EXTENSION)); //$NON-NLS-1$
    Injector existing = registered == null ? null : registered.get(Injector.class);
    return existing != null ? existing : new LineStandaloneSetup().createInjectorAndDoEMFRegistration();
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
  /**
   * What was loaded: the models by file, every finding, sorted by file and position, the files read
   * in another encoding than UTF-8 (GBK/GB18030, UTF-16), and how long each phase took (ns;
   * {@link #PHASES}).
   */
  public record Result(XtextResourceSet resourceSet, Map<Path, LineFile> files, List<LineIssue> issues, Map<Path, Charset> encodings,
      Map<String, Long> phases) {
    public Result(XtextResourceSet resourceSet, Map<Path, LineFile> files, List<LineIssue> issues) {
      this(resourceSet, files, issues, Map.of(), Map.of());
    }

    /** One localized note per file read in another encoding than UTF-8. */
    public List<String> encodingNotes() {
      return encodings.entrySet().stream().map(e -> NLS.bind(Messages.LineFiles_readAs, e.getKey(), e.getValue().name())).toList();
    }

    public long errorCount() {
      return issues.stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).count();
    }
  }

  /** The phases of {@link #load}: reading and parsing, indexing the names, linking, validating. */
  public static final List<String> PHASES = List.of("parse", "index", "link", "validate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

  /**
   * How {@link #load} works. {@code threads}: files parsed, described, linked and validated side by
   * side (the first one alone, so that the language's lazily built tables are built once; linking
   * side by side only with an index); {@code index}: other files' names found through an index of the
   * loaded files instead of a walk over every resource of the set.
   */
  public record Options(int threads, boolean index) {
    /** What the command line uses: as many threads as processors (at most 4), with an index. */
    public static final Options DEFAULT = new Options(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), true);
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

  /** A resource set of the line language whose resources are read as UTF-8. */
  public static XtextResourceSet newResourceSet() {
    return newResourceSet(injector());
  }

  /** A resource set of the line language made by the given injector, whose resources are read as UTF-8. */
  public static XtextResourceSet newResourceSet(Injector inj) {
    XtextResourceSet rs = inj.getInstance(XtextResourceSet.class);
    rs.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
    // this injector's resources, whatever the global registry holds
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
        inj.getInstance(org.eclipse.xtext.resource.IResourceFactory.class));
    return rs;
  }

  /** Loads, links and validates the given files together. */
  public static Result load(List<Path> files) throws IOException {
    return load(files, Options.DEFAULT);
  }

  /** Loads, links and validates the given files together, as {@code options} say. */
  public static Result load(List<Path> files, Options options) throws IOException {
    Map<String, Long> phases = new LinkedHashMap<>();
    long t = System.nanoTime();
    XtextResourceSet rs = newResourceSet();
    Charset[] charsets = new Charset[files.size()];
    if (options.threads() > 1 && files.size() > 1) {
      initializeMetamodel(); // before any phase works side by side: parsing, linking and validating use every class
    }
    List<XtextResource> resources = parse(files, rs, options.threads(), charsets, options.index());
    Map<Path, LineFile> models = new LinkedHashMap<>();
    Map<Path, Charset> encodings = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Resource r = resources.get(i);
      if (charsets[i] != null) {
        encodings.put(files.get(i), charsets[i]);
      }
      if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof LineFile lf) {
        models.put(files.get(i), lf);
      }
    }
    t = lap(phases, "parse", t); //$NON-NLS-1$
    int threads = options.threads();
    if (options.index()) {
      LineIndex.install(rs, "files", LineIndex.describe(resources)); //$NON-NLS-1$
    }
    t = lap(phases, "index", t); //$NON-NLS-1$
    if (options.index()) {
      // every file links its own references; other files' names come from the index, their
      // objects are only read (all are loaded), so the files link side by side
      each(0, resources.size(), threads, "linebench-link", i -> EcoreUtil.resolveAll(resources.get(i))); //$NON-NLS-1$
    } else {
      EcoreUtil.resolveAll(rs); // the walk of the resource set computes other files' names lazily: one thread
    }
    t = lap(phases, "link", t); //$NON-NLS-1$
    IResourceValidator validator = injector().getInstance(IResourceValidator.class);
    @SuppressWarnings("unchecked")
    List<Issue>[] found = new List[resources.size()];
    // the first file alone (the validators' method tables are built on first use), then side by side
    if (!resources.isEmpty()) {
      found[0] = validator.validate(resources.get(0), CheckMode.ALL, CancelIndicator.NullImpl);
    }
    each(1, resources.size(), threads, "linebench-validate", //$NON-NLS-1$
        i -> found[i] = validator.validate(resources.get(i), CheckMode.ALL, CancelIndicator.NullImpl));
    List<LineIssue> issues = new ArrayList<>();
    for (int i = 0; i < found.length; i++) {
      for (Issue issue : found[i]) {
        issues.add(convert(files.get(i), issue));
      }
    }
    issues.sort(Comparator.comparing((LineIssue i) -> i.file().toString()).thenComparingInt(LineIssue::line)
        .thenComparingInt(LineIssue::column));
    lap(phases, "validate", t); //$NON-NLS-1$
    return new Result(rs, models, issues, java.util.Collections.unmodifiableMap(encodings), java.util.Collections.unmodifiableMap(phases));
  }

  private static long lap(Map<String, Long> phases, String phase, long since) {
    long now = System.nanoTime();
    phases.put(phase, now - since);
    return now;
  }

  /**
   * Parses the files into resources of {@code rs}, in file order (added before they load: adding a
   * loaded resource to a set would clear the names {@code describe} computed). The first file is parsed
   * alone: it builds the parser's and the value converters' lazily built tables, which the other
   * threads then only read. {@code charsets} receives the encoding of each file not read as UTF-8.
   */
  private static List<XtextResource> parse(List<Path> files, XtextResourceSet rs, int threads, Charset[] charsets,
      boolean describe) throws IOException {
    Map<Object, Object> loadOptions = rs.getLoadOptions();
    org.eclipse.xtext.resource.IResourceFactory factory = injector().getInstance(org.eclipse.xtext.resource.IResourceFactory.class);
    List<XtextResource> resources = new ArrayList<>(files.size());
    for (Path f : files) {
      resources.add((XtextResource) factory.createResource(URI.createFileURI(f.toAbsolutePath().normalize().toString())));
    }
    rs.getResources().addAll(resources);
    if (files.isEmpty()) {
      return resources;
    }
    charsets[0] = load(resources.get(0), files.get(0), loadOptions);
    if (describe) {
      describe(resources.get(0));
    }
    int n = Math.min(threads, files.size() - 1);
    each(1, files.size(), n, "linebench-parse", i -> { //$NON-NLS-1$
      charsets[i] = load(resources.get(i), files.get(i), loadOptions);
      if (describe) {
        describe(resources.get(i)); // its exported names, while its objects are fresh in the cache
      }
    });
    return resources;
  }

  /** Work on the {@code i}-th file. */
  @FunctionalInterface
  private interface FileWork {
    void run(int i) throws IOException;
  }

  /**
   * Runs {@code work} for every index in {@code [from, to)}, on this thread when {@code threads} is
   * 1 or there is one index, else on up to {@code threads} daemon threads taking the next index as
   * they finish. The first failure is thrown once all threads have stopped.
   */
  private static void each(int from, int to, int threads, String name, FileWork work) throws IOException {
    int n = Math.min(threads, to - from);
    if (n <= 1) {
      for (int i = from; i < to; i++) {
        work.run(i);
      }
      return;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
      Thread th = new Thread(r, name);
      th.setDaemon(true);
      return th;
    });
    try {
      java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(from);
      List<java.util.concurrent.Future<Void>> done = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
            work.run(i);
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<Void> d : done) {
        d.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Computes a file's exported names into its resource's cache, where {@link LineIndex#describe} finds them. */
  private static void describe(XtextResource r) {
    r.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(r).getExportedObjects().iterator().hasNext();
  }

  /**
   * EMF computes a class's feature lists on first use and is not thread-safe while it does, so they
   * are all computed before files are parsed, linked or validated side by side.
   */
  private static void initializeMetamodel() {
    for (org.eclipse.emf.ecore.EClassifier c : org.linebench.model.line.LinePackage.eINSTANCE.getEClassifiers()) {
      if (c instanceof org.eclipse.emf.ecore.EClass e) {
        e.getEAllStructuralFeatures();
        e.getEAllReferences();
        e.getEAllContainments();
        e.getEAllAttributes();
        e.getEAllSuperTypes();
        e.getEAllOperations();
        e.getFeatureCount();
      }
    }
  }

  /** Loads one file; returns its encoding when it is not UTF-8, else null. */
  private static Charset load(Resource r, Path f, Map<Object, Object> loadOptions) throws IOException {
    LineFiles.Text text = LineFiles.read(f);
    // the text, decoded from whatever the file holds, without its BOM; an Xtext resource reads the
    // string of this stream as it is (no encoding to UTF-8 and decoding again)
    try (InputStream in = new org.eclipse.xtext.util.LazyStringInputStream(text.text(), StandardCharsets.UTF_8.name())) {
      r.load(in, loadOptions);
    }
    return text.notUtf8() ? text.charset() : null;
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
