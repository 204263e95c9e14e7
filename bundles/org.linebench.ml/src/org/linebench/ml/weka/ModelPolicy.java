package org.linebench.ml.weka;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a model file may contain: the classes of Weka's classifiers, filters and data structures
 * that LineBench's recipes and the classifiers a user may choose are made of, our own tuned
 * forest, and a short list of Java value and collection classes. Everything else is refused
 * before it is instantiated; so are the Weka classes that read files, load classes, call methods
 * by name, run scripts or reach the network, although their packages are allowed (the audit of
 * Weka 3.8.6 behind this list is in {@link #DENIED}).
 *
 * <p>After a class passes, each object is checked once its fields are read: a field that names a
 * file, folder or URL ({@code m_modelPath}, {@code m_sInitalBIFFile}, ...) must be empty, and so
 * must a collection held in such a field. A model that would open a second file when it is used is
 * refused before anything uses it.
 */
public final class ModelPolicy {
  /** Java classes a model may contain (its value and collection types). */
  private static final Set<String> JAVA = Set.of("java.lang.Object", "java.lang.Number", "java.lang.Integer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
      "java.lang.Character", "java.lang.Enum", "java.lang.StringBuffer", "java.lang.StringBuilder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      "java.util.ArrayList", "java.util.LinkedList", "java.util.Vector", "java.util.Stack", "java.util.HashMap", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      "java.util.LinkedHashMap", "java.util.Hashtable", "java.util.Properties", "java.util.TreeMap", "java.util.BitSet", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      "java.util.Random", "java.util.Map$Entry", "java.util.concurrent.atomic.AtomicInteger", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.AtomicBoolean"); //$NON-NLS-1$ //$NON-NLS-2$

  /** Our classes a model may contain. */
  private static final Set<String> OURS = Set.of("org.linebench.ml.train.TunedForest", "org.linebench.ml.train.PartitionVote"); //$NON-NLS-1$ //$NON-NLS-2$

  /** Weka packages whose classes (and whose sub-packages' classes) a model may contain. */
  private static final List<String> WEKA_TREES = List.of("weka.classifiers.trees", "weka.classifiers.rules", //$NON-NLS-1$ //$NON-NLS-2$
      "weka.classifiers.functions", "weka.classifiers.bayes", "weka.classifiers.lazy", "weka.classifiers.meta", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      "weka.core.neighboursearch", "weka.estimators", "weka.filters.supervised", "weka.filters.unsupervised"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

  /** Weka packages whose own classes (not those of their sub-packages) a model may contain. */
  private static final Set<String> WEKA_PACKAGES = Set.of("weka.classifiers", "weka.classifiers.evaluation", "weka.core", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      "weka.core.matrix", "weka.filters", "weka.attributeSelection"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

  /** What a class a model may not contain would do. */
  public enum Risk {
    /** Deserializes other files or bytes without the allow-list. */
    DESERIALIZES,
    /** Reads files it names. */
    READS_FILES,
    /** Writes files it names. */
    WRITES_FILES,
    /** Calls Java methods by name. */
    CALLS_METHODS,
    /** Loads classes by name or installs packages. */
    LOADS_CLASSES,
    /** Reads environment variables or settings. */
    ENVIRONMENT,
    /** Hashes recursively (hash-collision bombs). */
    HASHES,
    /** Is not on the allow-list. */
    NOT_LISTED;

    /** The localized phrase. */
    public String text() {
      return switch (this) {
        case DESERIALIZES -> Messages.Policy_deserializes;
        case READS_FILES -> Messages.Policy_readsFiles;
        case WRITES_FILES -> Messages.Policy_writesFiles;
        case CALLS_METHODS -> Messages.Policy_callsMethods;
        case LOADS_CLASSES -> Messages.Policy_loadsClasses;
        case ENVIRONMENT -> Messages.Policy_environment;
        case HASHES -> Messages.Policy_hashes;
        case NOT_LISTED -> Messages.Policy_notListed;
      };
    }
  }

  /**
   * Classes of allowed packages that a model may not contain, each with what it does (the audit of
   * Weka 3.8.6: every class with a file, path or URL field, a readObject method, or calls that
   * open files, streams, connections, classes or methods by name). A name ending in a dot denies
   * a package.
   */
  static final Map<String, Risk> DENIED = Map.ofEntries(
      Map.entry("weka.classifiers.misc.InputMappedClassifier", Risk.DESERIALIZES), //$NON-NLS-1$ // deserializes the model file its path names, unfiltered
      Map.entry("weka.classifiers.misc.SerializedClassifier", Risk.DESERIALIZES), //$NON-NLS-1$ // deserializes the model file it names, unfiltered
      Map.entry("weka.classifiers.meta.Vote", Risk.DESERIALIZES), //$NON-NLS-1$ // deserializes the pre-built models whose files it names
      Map.entry("weka.classifiers.meta.CostSensitiveClassifier", Risk.READS_FILES), //$NON-NLS-1$ // reads cost files from a folder it names
      Map.entry("weka.classifiers.pmml.", Risk.READS_FILES), //$NON-NLS-1$ // PMML models: XML documents read through weka.core.pmml
      Map.entry("weka.classifiers.evaluation.output.", Risk.WRITES_FILES), //$NON-NLS-1$ // writes predictions to files it names
      Map.entry("weka.classifiers.functions.supportVector.PrecomputedKernelMatrixKernel", Risk.READS_FILES), //$NON-NLS-1$ // reads the kernel matrix file it names
      Map.entry("weka.classifiers.bayes.net.BIFReader", Risk.READS_FILES), //$NON-NLS-1$ // reads the BIF file it names
      Map.entry("weka.classifiers.bayes.net.BayesNetGenerator", Risk.READS_FILES), //$NON-NLS-1$ // reads and writes BIF files
      Map.entry("weka.classifiers.bayes.net.search.fixed.FromFile", Risk.READS_FILES), //$NON-NLS-1$ // reads the network structure from a file it names
      Map.entry("weka.core.SerializedObject", Risk.DESERIALIZES), //$NON-NLS-1$ // deserializes the bytes it holds, unfiltered
      Map.entry("weka.core.Debug", Risk.DESERIALIZES), //$NON-NLS-1$ // writes log files and deserializes files it names
      Map.entry("weka.core.DictionaryBuilder", Risk.READS_FILES), //$NON-NLS-1$ // reads and writes dictionary files
      Map.entry("weka.core.Settings", Risk.ENVIRONMENT), //$NON-NLS-1$ // reads settings and environment variables
      Map.entry("weka.core.Environment", Risk.ENVIRONMENT), //$NON-NLS-1$ // reads environment variables
      Map.entry("weka.core.Trie", Risk.HASHES), //$NON-NLS-1$ // hashes recursively
      Map.entry("weka.core.WekaPackageManager", Risk.LOADS_CLASSES), //$NON-NLS-1$ // installs and loads Weka packages (class loading)
      Map.entry("weka.core.WekaPackageClassLoaderManager", Risk.LOADS_CLASSES), //$NON-NLS-1$ // loads classes of Weka packages
      Map.entry("weka.core.ClassDiscovery", Risk.LOADS_CLASSES), //$NON-NLS-1$ // loads classes by name
      Map.entry("weka.core.PluginManager", Risk.LOADS_CLASSES), //$NON-NLS-1$ // loads classes by name
      Map.entry("weka.core.ResourceUtils", Risk.LOADS_CLASSES), //$NON-NLS-1$ // loads classes and reads files
      Map.entry("weka.attributeSelection.ClassifierSubsetEval", Risk.READS_FILES), //$NON-NLS-1$ // reads the hold-out file it names
      Map.entry("weka.filters.supervised.attribute.AddClassification", Risk.DESERIALIZES), //$NON-NLS-1$ // deserializes the classifier file it names, unfiltered
      Map.entry("weka.filters.unsupervised.attribute.AddCluster", Risk.DESERIALIZES), //$NON-NLS-1$ // deserializes the clusterer file it names, unfiltered
      Map.entry("weka.filters.unsupervised.attribute.ClusterMembership", Risk.LOADS_CLASSES), //$NON-NLS-1$ // runs clusterers (outside the allowed packages)
      Map.entry("weka.filters.unsupervised.attribute.KernelFilter", Risk.READS_FILES), //$NON-NLS-1$ // reads the data file it names
      Map.entry("weka.filters.unsupervised.attribute.FixedDictionaryStringToWordVector", Risk.READS_FILES), //$NON-NLS-1$ // reads the dictionary file it names
      Map.entry("weka.filters.unsupervised.attribute.StringToWordVector", Risk.WRITES_FILES), //$NON-NLS-1$ // writes the dictionary file it names
      Map.entry("weka.filters.unsupervised.attribute.NumericTransform", Risk.CALLS_METHODS), //$NON-NLS-1$ // calls any static method by class and method name
      Map.entry("weka.filters.unsupervised.attribute.MathExpression", Risk.CALLS_METHODS), //$NON-NLS-1$ // evaluates expressions that may call Java methods
      Map.entry("weka.filters.unsupervised.attribute.AddExpression", Risk.CALLS_METHODS), //$NON-NLS-1$ // evaluates expressions that may call Java methods
      Map.entry("weka.filters.unsupervised.attribute.AddUserFields", Risk.ENVIRONMENT), //$NON-NLS-1$ // reads environment variables
      Map.entry("weka.filters.unsupervised.instance.SubsetByExpression", Risk.CALLS_METHODS)); //$NON-NLS-1$ // evaluates expressions that may call Java methods

  /** Names of fields that hold a file, folder or URL in Weka's classes. */
  private static final Pattern LOCATION_FIELD = Pattern.compile("(?i).*(file|path|url|uri|dir|folder|location|host|server).*"); //$NON-NLS-1$

  private static final ClassValue<List<Field>> LOCATION_FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      List<Field> fields = new ArrayList<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          int m = f.getModifiers();
          if (!Modifier.isStatic(m) && !f.getType().isPrimitive() && LOCATION_FIELD.matcher(f.getName()).matches()) {
            try {
              f.setAccessible(true);
              fields.add(f);
            } catch (RuntimeException e) {
              // a class of a module that does not open it: not one of Weka's or ours
            }
          }
        }
      }
      return List.copyOf(fields);
    }
  };

  private ModelPolicy() {}

  /** Why a model may not contain this class, or null when it may. */
  public static Risk refusal(String className) {
    String name = className;
    int dollar = name.indexOf('$');
    // a nested class goes with its outer class: weka.core.Debug$Log is weka.core.Debug's
    String outer = dollar > 0 ? name.substring(0, dollar) : name;
    for (Map.Entry<String, Risk> d : DENIED.entrySet()) {
      String key = d.getKey();
      if (key.endsWith(".") ? name.startsWith(key) : outer.equals(key)) { //$NON-NLS-1$
        return d.getValue();
      }
    }
    if (JAVA.contains(name) || OURS.contains(name)) {
      return null;
    }
    int dot = outer.lastIndexOf('.');
    String pkg = dot > 0 ? outer.substring(0, dot) : ""; //$NON-NLS-1$
    if (WEKA_PACKAGES.contains(pkg)) {
      return null;
    }
    for (String tree : WEKA_TREES) {
      if (pkg.equals(tree) || pkg.startsWith(tree + ".")) { //$NON-NLS-1$
        return null;
      }
    }
    return Risk.NOT_LISTED;
  }

  /** Whether a model may contain this class; arrays by their element type. */
  public static boolean allowed(Class<?> c) {
    Class<?> e = c;
    while (e.isArray()) {
      e = e.getComponentType();
    }
    return e.isPrimitive() || e == String.class || refusal(e.getName()) == null;
  }

  /**
   * The first field of this object that names a file, folder or URL and is not empty, as
   * {@code Class.field = value}, or null.
   */
  public static String locationIn(Object o) {
    if (o == null || o.getClass().getName().startsWith("java.")) { //$NON-NLS-1$
      return null;
    }
    for (Field f : LOCATION_FIELDS.get(o.getClass())) {
      Object v;
      try {
        v = f.get(o);
      } catch (IllegalAccessException e) {
        continue;
      }
      if (names(v)) {
        return f.getDeclaringClass().getName() + "." + f.getName() + " = " + shorten(String.valueOf(v)); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    return null;
  }

  /** Whether a field's value names something: a non-blank string, or a non-empty collection or array of them. */
  private static boolean names(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof CharSequence s) {
      return !s.toString().isBlank();
    }
    if (v instanceof Collection<?> c) {
      return c.stream().anyMatch(ModelPolicy::names);
    }
    if (v instanceof Object[] a) {
      for (Object e : a) {
        if (names(e)) {
          return true;
        }
      }
      return false;
    }
    // any other object in a field named like a location (a File, a URL, ...): the class check
    // refuses those types; what is left here is a value object (a Weka tag, a number)
    return false;
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 117) + "..." : s; //$NON-NLS-1$
  }
}
