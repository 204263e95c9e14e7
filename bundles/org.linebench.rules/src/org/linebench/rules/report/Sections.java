package org.linebench.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The sections contributed to {@value #EXTENSION_POINT}, put into a document where their contributions
 * say. A contribution whose class cannot be created, or is no {@link SectionContributor}, is left out
 * and said: the document's open items name its bundle and class ({@link LeftOut#note(Locale)}), and
 * {@code validate} warns on standard error; the document is still written.
 */
public final class Sections {
  static final String EXTENSION_POINT = "org.linebench.rules.sections"; //$NON-NLS-1$

  /**
   * A contribution left out of the document.
   *
   * @param bundle the contributing bundle
   * @param className the class its contribution names
   * @param wrongType whether the class was created but is no {@link SectionContributor} (else it cannot be created)
   */
  public record LeftOut(String bundle, String className, boolean wrongType) {
    /** The open item of the document: which section is missing and why, in the given language. */
    public String note(Locale locale) {
      Texts t = Texts.of(locale);
      return t.bind("doc.sectionMissing", bundle, className, reason(t)); //$NON-NLS-1$
    }

    /** The warning of the command line, in the given language. */
    public String warning(Locale locale) {
      Texts t = Texts.of(locale);
      return t.bind("cli.sectionMissing", bundle, className, reason(t)); //$NON-NLS-1$
    }

    private String reason(Texts t) {
      return t.get(wrongType ? "doc.sectionWrongType" : "doc.sectionNotMade"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  /** A contribution made: its section comes after the one {@code after} names. */
  record Made(SectionContributor contributor, String after) {}

  /** The contributions of the registry, made once for a document, and those left out. */
  record Loaded(List<Made> made, List<LeftOut> leftOut) {
    /** The document with every contributed section that has something to show for the report. */
    Document contribute(Document document, Report report) {
      Document out = document;
      for (Made m : made) {
        Document.Section section = m.contributor().section(report);
        if (section != null) {
          out = out.with(position(out, m.after()), section);
        }
      }
      return out;
    }
  }

  private Sections() {}

  /** The contributions that cannot be made into sections: each document written now is without them. */
  public static List<LeftOut> leftOut() {
    return load().leftOut();
  }

  /** The contributions of the running platform; none without an extension registry (plain Java). */
  static Loaded load() {
    IExtensionRegistry registry = RegistryFactory.getRegistry();
    List<Made> made = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>();
    if (registry == null) {
      return new Loaded(made, leftOut);
    }
    for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
      String bundle = e.getContributor().getName();
      String className = e.getAttribute("class"); //$NON-NLS-1$
      try {
        if (e.createExecutableExtension("class") instanceof SectionContributor s) { //$NON-NLS-1$
          made.add(new Made(s, e.getAttribute("after"))); //$NON-NLS-1$
        } else {
          leftOut.add(new LeftOut(bundle, className, true));
        }
      } catch (CoreException | RuntimeException | LinkageError ex) {
        leftOut.add(new LeftOut(bundle, className, false));
      }
    }
    return new Loaded(List.copyOf(made), List.copyOf(leftOut));
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
