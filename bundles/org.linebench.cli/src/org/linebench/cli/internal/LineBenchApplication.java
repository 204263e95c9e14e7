package org.linebench.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code org.linebench.cli.app}: {@code linebench <command> [options]}.
 * Its return value is the process's exit code.
 */
public class LineBenchApplication implements IApplication {

  @Override
  public Object start(IApplicationContext context) {
    String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    List<String> args = raw == null ? List.of() : Arrays.asList(raw);
    // The start scripts turn --lang into the platform's -nl, which fixes the language of every
    // NLS message class before any is loaded. Started without them, set the default here, before
    // our message classes load.
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals("--lang")) { //$NON-NLS-1$
        Cli.parseLanguage(args.get(i + 1)).ifPresent(Locale::setDefault);
      }
    }
    context.applicationRunning();
    Cli cli = new Cli(CommandRegistry.fromPlatform(), System.out, System.err, Path.of("").toAbsolutePath()); //$NON-NLS-1$
    int code = cli.run(args);
    System.out.flush();
    System.err.flush();
    return Integer.valueOf(code);
  }

  @Override
  public void stop() {
    // commands run to completion on the main thread; nothing to interrupt
  }
}
