package org.linebench.ml.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.List;
import java.util.Set;

/**
 * Deserializes a model through an allow-list: Weka's classifiers and core data structures, our
 * own classes, the plain value and collection classes of {@code java.lang} and {@code java.util};
 * everything else (and any graph deeper, larger or with more references than a model has) is
 * refused before it is instantiated. Weka classes are resolved by Weka's class loader, ours by
 * ours.
 */
final class AllowListInputStream extends ObjectInputStream {
  private static final List<String> ALLOWED_PREFIXES = List.of("weka.classifiers.", "weka.core.", "weka.filters.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      "weka.estimators.", "org.linebench.ml."); //$NON-NLS-1$ //$NON-NLS-2$
  /** Packages of which only the classes directly inside are allowed (not sub-packages). */
  private static final Set<String> ALLOWED_PACKAGES = Set.of("java.lang", "java.util"); //$NON-NLS-1$ //$NON-NLS-2$
  /** Inside allowed packages, classes that load or run other things. */
  private static final List<String> DENIED_PREFIXES = List.of("weka.core.SerializedObject", "weka.core.converters.", //$NON-NLS-1$ //$NON-NLS-2$
      "weka.core.scripting.", "weka.core.xml.", "weka.core.packageManagement.", "weka.core.pmml.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      "java.lang.reflect.", "java.lang.invoke.", "java.lang.Process", "java.lang.Runtime", "java.lang.Thread", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      "java.lang.ClassLoader", "java.util.ServiceLoader"); //$NON-NLS-1$ //$NON-NLS-2$
  private static final long MAX_DEPTH = 5_000;
  private static final long MAX_REFERENCES = 50_000_000;

  private String refused;

  AllowListInputStream(InputStream in, long maxBytes) throws IOException {
    super(in);
    setObjectInputFilter(info -> {
      if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > maxBytes) {
        refused = Messages.Model_limits;
        return ObjectInputFilter.Status.REJECTED;
      }
      Class<?> c = info.serialClass();
      if (c == null) {
        return ObjectInputFilter.Status.UNDECIDED;
      }
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.isPrimitive() || allowed(c.getName())) {
        return ObjectInputFilter.Status.ALLOWED;
      }
      refused = c.getName();
      return ObjectInputFilter.Status.REJECTED;
    });
  }

  static boolean allowed(String name) {
    for (String d : DENIED_PREFIXES) {
      if (name.startsWith(d)) {
        return false;
      }
    }
    for (String a : ALLOWED_PREFIXES) {
      if (name.startsWith(a)) {
        return true;
      }
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && ALLOWED_PACKAGES.contains(name.substring(0, dot));
  }

  /** The class (or limit) that made the filter refuse the stream, or null. */
  String refused() {
    return refused;
  }

  @Override
  protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
    String name = desc.getName();
    // element names of arrays read "[Lweka.core.Attribute;"
    String element = name.replaceFirst("^\\[+L", ""); //$NON-NLS-1$ //$NON-NLS-2$
    if (element.startsWith("weka.")) { //$NON-NLS-1$
      // the wrapped Weka bundle sees all its packages; ours imports only a few
      return Class.forName(name, false, weka.core.Instances.class.getClassLoader());
    }
    if (element.startsWith("org.linebench.ml.")) { //$NON-NLS-1$
      return Class.forName(name, false, AllowListInputStream.class.getClassLoader());
    }
    return super.resolveClass(desc);
  }
}
