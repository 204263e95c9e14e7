package org.linebench.cli.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code linebench version}: versions of LineBench, Java, the platform and the OS. */
public class VersionCommand implements Command {
  static final String NAME = "version"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments.spec().parse(context.arguments()); // no options: rejects unknown ones
    context.out().println(NLS.bind(Messages.Version_linebench, lineBenchVersion()));
    context.out().println(NLS.bind(Messages.Version_java, new Object[] {System.getProperty("java.version"), //$NON-NLS-1$
        System.getProperty("java.vendor"), System.getProperty("java.home")})); //$NON-NLS-1$ //$NON-NLS-2$
    context.out().println(NLS.bind(Messages.Version_platform, bundleVersion("org.eclipse.osgi"), //$NON-NLS-1$
        bundleVersion("org.eclipse.core.runtime"))); //$NON-NLS-1$
    context.out().println(NLS.bind(Messages.Version_os, new Object[] {System.getProperty("os.name"), //$NON-NLS-1$
        System.getProperty("os.version"), System.getProperty("os.arch")})); //$NON-NLS-1$ //$NON-NLS-2$
    return ExitCode.OK;
  }

  /** The version of the LineBench command line bundle, which the whole product shares. */
  static String lineBenchVersion() {
    Bundle b = FrameworkUtil.getBundle(VersionCommand.class);
    return b == null ? "?" : b.getVersion().toString(); //$NON-NLS-1$
  }

  private static String bundleVersion(String symbolicName) {
    Bundle b = Platform.getBundle(symbolicName);
    return b == null ? "?" : b.getVersion().toString(); //$NON-NLS-1$
  }

  @Override
  public String usage() {
    return NLS.bind(Messages.Version_usage, null);
  }
}
