package org.linebench.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the core bundle; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {
  private static final String BUNDLE_NAME = "org.linebench.core.internal.messages"; //$NON-NLS-1$

  public static String Example_bodyshop;
  public static String Example_bodyshopNoncompliant;
  public static String Example_electronics;
  public static String Example_electronicsNoncompliant;
  public static String InputFiles_device;
  public static String InputFiles_fifo;
  public static String InputFiles_folder;
  public static String InputFiles_loop;
  public static String InputFiles_noSuchFile;
  public static String InputFiles_notAFile;
  public static String InputFiles_notAFolder;
  public static String InputFiles_other;
  public static String InputFiles_permission;
  public static String InputFiles_reasonWithFile;
  public static String InputFiles_socket;
  public static String InputFiles_tooLarge;
  public static String UserCache_notAFolder;
  public static String UserCache_notOwned;
  public static String UserCache_writable;

  static {
    NLS.initializeMessages(BUNDLE_NAME, Messages.class);
  }

  private Messages() {}
}
