package org.linebench.project.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.project.internal.messages"; //$NON-NLS-1$

  public static String Build_task;
  public static String Build_job;
  public static String Nature_added;
  public static String Nature_job;
  public static String Rebuild_job;
  public static String WorkingCopy_markers;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
