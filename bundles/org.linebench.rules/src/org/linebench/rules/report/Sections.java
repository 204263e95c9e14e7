package org.linebench.rules.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The sections contributed to {@value #EXTENSION_POINT}, put into a document where their contributions say. */
final class Sections {
  static final String EXTENSION_POINT = "org.linebench.rules.sections"; //$NON-NLS-1$

  private Sections() {}

  /** The document with every contributed section that has something to show for the report. */
  static Document contribute(Document document, Report report) {
    IExtensionRegistry registry = RegistryFactory.getRegistry();
    if (registry == null) {
      return document;
    }
    Document out = document;
    for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
      SectionContributor c;
      try {
        if (!(e.createExecutableExtension("class") instanceof SectionContributor s)) { //$NON-NLS-1$
          continue;
        }
        c = s;
      } catch (CoreException ex) {
        continue; // a contribution that cannot be created adds nothing; the document is still written
      }
      Document.Section section = c.section(report);
      if (section != null) {
        out = out.with(position(out, e.getAttribute("after")), section); //$NON-NLS-1$
      }
    }
    return out;
  }

  /** Right after the section named (after the last one of a comma-separated list found), else at the end. */
  private static int position(Document d, String after) {
    if (after == null) {
      return d.sections().size();
    }
    int at = -1;
    List<String> ids = new ArrayList<>();
    d.sections().forEach(s -> ids.add(s.id()));
    for (String id : after.split(",")) { //$NON-NLS-1$
      at = Math.max(at, ids.indexOf(id.strip()));
    }
    return at < 0 ? d.sections().size() : at + 1;
  }
}
