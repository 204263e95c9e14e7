package org.linebench.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The report formats of this bundle and those contributed to {@value #EXTENSION_POINT} by bundles
 * that need a library of their own (the PDF technical file of {@code org.linebench.report.pdf}).
 */
public final class ReportFormats {
  public static final String EXTENSION_POINT = "org.linebench.rules.formats"; //$NON-NLS-1$

  private ReportFormats() {}

  /** The built-in formats, then the contributed ones (a contribution that cannot be created is left out). */
  public static List<ReportFormat> installed() {
    List<ReportFormat> out = new ArrayList<>(ReportFormat.all());
    IExtensionRegistry registry = RegistryFactory.getRegistry();
    if (registry == null) {
      return out;
    }
    for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
      try {
        if (e.createExecutableExtension("class") instanceof ReportFormat f //$NON-NLS-1$
            && out.stream().noneMatch(o -> o.name().equals(f.name()))) {
          out.add(f);
        }
      } catch (CoreException ex) {
        // a broken contribution is not offered; the built-in formats still are
      }
    }
    return out;
  }

  public static Optional<ReportFormat> named(String name) {
    return installed().stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
