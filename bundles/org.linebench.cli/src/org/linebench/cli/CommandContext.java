package org.linebench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a command is given to run: its own arguments (without the command name and without the
 * options the command line takes for itself), the output streams and the user's language.
 *
 * @param arguments the command's arguments, in order
 * @param out where results go (and nothing else)
 * @param err where progress, warnings and error messages go
 * @param locale the language of all output, chosen with {@code --lang} or from the system
 * @param workingDirectory against which relative paths are resolved
 */
public record CommandContext(List<String> arguments, PrintStream out, PrintStream err, Locale locale,
    Path workingDirectory) {

  public CommandContext {
    arguments = List.copyOf(arguments);
  }

  /** Resolves a path given on the command line against the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** Writes a progress line to {@link #err()}. */
  public void progress(String line) {
    err.println(line);
  }
}
