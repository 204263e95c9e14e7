package org.linebench.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** The job's command line: a command, then {@code --name value} options (some repeatable) and flags. */
record JobArguments(String command, Map<String, List<String>> options) {
  private static final Set<String> FLAGS = Set.of("--no-compare"); //$NON-NLS-1$
  private static final Set<String> COMMANDS = Set.of("grid", "bag", "synth"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

  static JobArguments parse(String[] args) {
    if (args.length == 0) {
      throw new JobException(Messages.Job_usage);
    }
    if (!COMMANDS.contains(args[0])) {
      throw new JobException(NLS.bind(Messages.Job_unknownCommand, args[0]));
    }
    Map<String, List<String>> o = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--")) { //$NON-NLS-1$
        throw new JobException(NLS.bind(Messages.Job_badOption, name));
      }
      if (FLAGS.contains(name)) {
        o.computeIfAbsent(name, k -> new ArrayList<>()).add("true"); //$NON-NLS-1$
      } else if (i + 1 >= args.length) {
        throw new JobException(NLS.bind(Messages.Job_needsValue, name));
      } else {
        o.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
      }
    }
    return new JobArguments(args[0], o);
  }

  String value(String name, String fallback) {
    List<String> v = options.get(name);
    return v == null ? fallback : v.get(v.size() - 1);
  }

  String required(String name) {
    String v = value(name, null);
    if (v == null) {
      throw new JobException(NLS.bind(Messages.Job_needsOption, command, name));
    }
    return v;
  }

  List<String> values(String name, List<String> fallback) {
    return options.getOrDefault(name, fallback);
  }

  int intValue(String name, int fallback) {
    return (int) Math.min(Integer.MAX_VALUE, longValue(name, fallback));
  }

  long longValue(String name, long fallback) {
    String v = value(name, String.valueOf(fallback));
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new JobException(NLS.bind(Messages.Job_badNumber, name, v));
    }
  }

  double doubleValue(String name, double fallback) {
    String v = value(name, String.valueOf(fallback));
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new JobException(NLS.bind(Messages.Job_badNumber, name, v));
    }
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
