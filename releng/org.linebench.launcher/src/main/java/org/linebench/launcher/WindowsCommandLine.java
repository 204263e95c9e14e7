package org.linebench.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Arguments for a Windows program, quoted so that it reads them back unchanged. A Windows program receives one
 * command line and splits it itself (java.exe as the C runtime does: spaces separate, double quotes group,
 * backslashes escape a quote). Java's ProcessBuilder on Windows only puts quotes around arguments with spaces and
 * leaves quotes inside them as they are, so {@code say "hi"} would arrive as {@code say hi}. The launcher quotes
 * every argument itself; ProcessBuilder passes an argument that starts and ends with a quote through unchanged
 * (with {@code jdk.lang.Process.allowAmbiguousCommands} at its default, which {@link Child} makes sure of).
 */
final class WindowsCommandLine {

  private WindowsCommandLine() {}

  /**
   * One argument in quotes: a quote becomes {@code \"}, backslashes before a quote and at the end are doubled
   * (elsewhere backslashes are plain characters, as in {@code C:\Users}).
   */
  static String quote(String arg) {
    StringBuilder b = new StringBuilder(arg.length() + 2).append('"');
    int backslashes = 0;
    for (int i = 0; i < arg.length(); i++) {
      char c = arg.charAt(i);
      if (c == '\\') {
        backslashes++;
        continue;
      }
      if (c == '"') {
        repeat(b, '\\', backslashes * 2 + 1);
      } else {
        repeat(b, '\\', backslashes);
      }
      backslashes = 0;
      b.append(c);
    }
    repeat(b, '\\', backslashes * 2);
    return b.append('"').toString();
  }

  /** The command for ProcessBuilder on Windows: the program as it is, every argument quoted. */
  static List<String> forProcessBuilder(List<String> command) {
    List<String> quoted = new ArrayList<String>(command.size());
    quoted.add(command.get(0));
    for (int i = 1; i < command.size(); i++) {
      quoted.add(quote(command.get(i)));
    }
    return quoted;
  }

  /** The whole command line Windows gets (what ProcessBuilder makes of {@link #forProcessBuilder}). */
  static String of(List<String> command) {
    String program = command.get(0);
    StringBuilder b = new StringBuilder(program.indexOf(' ') >= 0 || program.indexOf('\t') >= 0 ? '"' + program + '"' : program);
    for (String a : forProcessBuilder(command).subList(1, command.size())) {
      b.append(' ').append(a);
    }
    return b.toString();
  }

  private static void repeat(StringBuilder b, char c, int n) {
    for (int i = 0; i < n; i++) {
      b.append(c);
    }
  }
}
