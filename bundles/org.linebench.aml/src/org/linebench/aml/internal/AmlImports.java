package org.linebench.aml.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.aml.AmlException;
import org.linebench.aml.ImportReport;

/** The passes of {@link org.linebench.aml.AmlImport} that read class libraries and write line files. */
public final class AmlImports {
  private AmlImports() {}

  /** A file whose class libraries have been read: it is well-formed CAEX 3.0 or 2.15 so far. */
  public record Checked(Path aml, ClassIndex index) {}

  /** Reads the class libraries; refuses what is no CAEX 3.0 or 2.15 document, has a DOCTYPE or is not well-formed. */
  public static Checked check(Path aml) throws IOException, AmlException {
    return new Checked(aml, ClassIndex.read(aml));
  }

  /** Streams the instance hierarchies into line files below {@code folder}; returns the files written. */
  public static List<Path> write(Checked checked, Path folder, ImportReport report) throws IOException, AmlException {
    ImportContext context = new ImportContext(checked.aml(), checked.index(), report);
    for (ClassIndex.Alias a : checked.index().aliases) {
      report.add(a.at().line(), a.at().column(), a.alias(), ImportReport.Type.UNMAPPED, NLS.bind(Messages.Import_externalReference, a.alias(), a.path()));
    }
    try (OutputFiles files = new OutputFiles(folder)) {
      ImportSession session = new ImportSession(context, files);
      session.types();
      new InstanceReader(checked.aml(), checked.index(), context.classifier, session).read();
      return files.commit();
    }
  }
}
