package org.linebench.ml.weka;

import org.eclipse.osgi.util.NLS;

/** Texts of what a model may contain; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.ml.weka.messages"; //$NON-NLS-1$

  public static String Policy_callsMethods;
  public static String Policy_deserializes;
  public static String Policy_environment;
  public static String Policy_hashes;
  public static String Policy_loadsClasses;
  public static String Policy_notListed;
  public static String Policy_readsFiles;
  public static String Policy_writesFiles;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
