package org.linebench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;

/**
 * The command line proper, free of the OSGi application container so that tests can drive it:
 * takes the global options ({@code --lang}, {@code --debug}, {@code --help}, {@code --version}),
 * finds the command and runs it, turning every failure into a message and an exit code.
 */
public final class Cli {
  private static final String LANG = "--lang"; //$NON-NLS-1$
  private static final String DEBUG = "--debug"; //$NON-NLS-1$

  private final CommandRegistry registry;
  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;

  public Cli(CommandRegistry registry, PrintStream out, PrintStream err, Path workingDirectory) {
    this.registry = registry;
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
  }

  /** The language of the output when {@code --lang} is not given: the system's, if we have it. */
  public static Locale defaultLocale() {
    return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH; //$NON-NLS-1$
  }

  /** Maps a {@code --lang} value to the locale of the output, or empty if we do not support it. */
  public static Optional<Locale> parseLanguage(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "en" -> Optional.of(Locale.ENGLISH); //$NON-NLS-1$
      case "zh", "zh-cn", "zh_cn", "zh-hans" -> Optional.of(Locale.SIMPLIFIED_CHINESE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      default -> Optional.empty();
    };
  }

  /** Runs {@code linebench args...} and returns the exit code. */
  public int run(List<String> args) {
    List<String> rest = new ArrayList<>();
    Locale locale = defaultLocale();
    boolean debug = false;
    boolean afterDashes = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (afterDashes) {
        rest.add(a);
      } else if (a.equals("--")) { //$NON-NLS-1$
        afterDashes = true;
        rest.add(a);
      } else if (a.equals(DEBUG)) {
        debug = true;
      } else if (a.equals(LANG) || a.startsWith(LANG + "=")) { //$NON-NLS-1$
        String value;
        if (a.equals(LANG)) {
          if (i + 1 >= args.size()) {
            err.println(NLS.bind(Messages.Cli_error, LANG, Messages.Cli_missingLanguage));
            return ExitCode.USAGE;
          }
          value = args.get(++i);
        } else {
          value = a.substring(LANG.length() + 1);
        }
        Optional<Locale> l = parseLanguage(value);
        if (l.isEmpty()) {
          err.println(NLS.bind(Messages.Cli_error, LANG, NLS.bind(Messages.Cli_badLanguage, value)));
          return ExitCode.USAGE;
        }
        locale = l.get();
      } else {
        rest.add(a);
      }
    }
    for (String problem : registry.problems()) {
      err.println(problem);
    }

    if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
      rest = List.of(HelpCommand.NAME);
    } else if (rest.get(0).equals("--version")) { //$NON-NLS-1$
      rest = List.of(VersionCommand.NAME);
    }
    String name = rest.get(0);
    List<String> commandArgs = rest.subList(1, rest.size());
    Optional<CommandRegistry.Entry> entry = registry.find(name);
    if (entry.isEmpty()) {
      err.println(NLS.bind(Messages.Cli_unknownCommand, name));
      return ExitCode.USAGE;
    }
    CommandRegistry.Entry e = entry.get();
    try {
      Command command = e.create();
      if (wantsHelp(commandArgs)) {
        out.println(command.usage());
        return ExitCode.OK;
      }
      int code = command.run(new CommandContext(commandArgs, out, err, locale, workingDirectory));
      out.flush();
      return code;
    } catch (CommandException ce) {
      err.println(NLS.bind(Messages.Cli_error, name, ce.getMessage()));
      if (debug && ce.getCause() != null) {
        ce.getCause().printStackTrace(err);
      }
      return ce.exitCode();
    } catch (OutOfMemoryError t) {
      // data too large for the heap: the user's to fix, with the way to fix it
      err.println(NLS.bind(Messages.Cli_outOfMemory, name, Runtime.getRuntime().maxMemory() >> 20));
      if (debug) {
        t.printStackTrace(err);
      }
      return ExitCode.USAGE;
    } catch (Exception | LinkageError | StackOverflowError t) {
      err.println(NLS.bind(Messages.Cli_internalError, new Object[] {name, e.origin(), describe(t)}));
      if (debug) {
        t.printStackTrace(err);
      } else {
        err.println(Messages.Cli_seeDebug);
      }
      return ExitCode.INTERNAL;
    }
  }

  private static boolean wantsHelp(List<String> commandArgs) {
    for (String a : commandArgs) {
      if (a.equals("--")) { //$NON-NLS-1$
        return false;
      }
      if (a.equals("--help") || a.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage();
    return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
