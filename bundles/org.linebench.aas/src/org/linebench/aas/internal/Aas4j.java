package org.linebench.aas.internal;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXSerializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.core.SerializationException;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonSerializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.xml.XmlSerializer;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultEnvironment;

/**
 * Calls into Eclipse AAS4J the way it works inside OSGi. When its serializers are first used,
 * AAS4J looks for its model classes, their default implementations and its Jackson mix-ins with
 * ClassGraph, which scans the class path of the thread's context class loader first. Inside OSGi
 * there is no such class path; so for the calls the context class loader is a URL class loader
 * over the AAS4J bundles' jars, whose parent is this bundle's loader: ClassGraph finds the classes
 * in the jars, and they load (parent first) from the bundles that export them, the same classes
 * everything else uses. The logging AAS4J and POI do is kept quiet.
 */
public final class Aas4j {
  private static ClassLoader scanLoader;

  private Aas4j() {}

  static {
    // SLF4J finds no provider inside OSGi (its service loader lookup needs SPI Fly started): it then logs
    // nothing, and says so unless told to keep quiet below errors
    if (System.getProperty("slf4j.internal.verbosity") == null) { //$NON-NLS-1$
      System.setProperty("slf4j.internal.verbosity", "ERROR"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    // POI (AASX packages) logs through Log4j's API, which would complain about having no implementation
    if (System.getProperty("log4j2.loggerContextFactory") == null) { //$NON-NLS-1$
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"); //$NON-NLS-1$ //$NON-NLS-2$
      System.setProperty("log4j2.simplelogLevel", "OFF"); //$NON-NLS-1$ //$NON-NLS-2$
      System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  /**
   * An XML factory on Woodstox: Jackson's XML module otherwise takes the JDK's StAX implementation,
   * found through the JDK's factory lookup, which cannot write the indentation AAS4J asks for.
   */
  public static com.fasterxml.jackson.dataformat.xml.XmlFactory xmlFactory() {
    return new com.fasterxml.jackson.dataformat.xml.XmlFactory(new com.ctc.wstx.stax.WstxInputFactory(), new com.ctc.wstx.stax.WstxOutputFactory());
  }

  /** Runs the call with the scanning class loader as the thread's context class loader. */
  public static <T> T call(Callable<T> call) throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader());
    try {
      return call.call();
    } finally {
      t.setContextClassLoader(before);
    }
  }

  private static synchronized ClassLoader loader() {
    if (scanLoader == null) {
      List<URL> jars = new ArrayList<>();
      for (Class<?> c : new Class<?>[] {DefaultEnvironment.class, SerializationException.class, JsonSerializer.class, XmlSerializer.class,
          AASXSerializer.class}) {
        CodeSource source = c.getProtectionDomain() == null ? null : c.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null && !jars.contains(source.getLocation())) {
          jars.add(source.getLocation());
        }
      }
      scanLoader = jars.isEmpty() ? Aas4j.class.getClassLoader() : new URLClassLoader(jars.toArray(URL[]::new), Aas4j.class.getClassLoader());
    }
    return scanLoader;
  }
}
