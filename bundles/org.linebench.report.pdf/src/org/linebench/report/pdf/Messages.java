package org.linebench.report.pdf;

import org.eclipse.osgi.util.NLS;

/** The texts of the PDF bundle's command line (the PDF's own texts are the report texts of org.linebench.rules). */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.report.pdf.messages"; //$NON-NLS-1$
  public static String Bench_usage;
  public static String Bench_cannotRead;
  public static String Bench_result;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
