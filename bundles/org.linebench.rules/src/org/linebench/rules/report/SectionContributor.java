package org.linebench.rules.report;

/**
 * A section of the technical file contributed by another bundle to the extension point
 * {@value Sections#EXTENSION_POINT} (the line diagrams, the attached models' cards): it appears in every
 * format written from the {@link Document}, the PDF and the HTML report alike, after the section its
 * contribution names ({@code after="equipment"}).
 */
public interface SectionContributor {
  /** The section for this report, in the report's language; null when there is nothing to show. */
  Document.Section section(Report report);
}
