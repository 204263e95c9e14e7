package org.linebench.lsp.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the {@code lsp} and {@code bench-lsp} commands. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.lsp.cli.messages"; //$NON-NLS-1$

  public static String Lsp_usage;
  public static String Lsp_unexpected;
  public static String Lsp_badPort;
  public static String Lsp_unknownPack;
  public static String Lsp_listening;
  public static String Lsp_socket;
  public static String Lsp_trace;
  public static String Bench_usage;
  public static String Bench_badNumber;
  public static String Bench_noServer;
  public static String Bench_failed;
  public static String Bench_start;
  public static String Bench_startFindings;
  public static String Bench_workspace;
  public static String Bench_edit;
  public static String Bench_editRules;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
