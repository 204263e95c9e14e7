package org.linebench.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The job's command line: a command, then {@code --name value} options (some repeatable) and flags. */
record JobArguments(String command, Map<String, List<String>> options) {
  private static final Set<String> FLAGS = Set.of("--no-compare"); //$NON-NLS-1$

  static JobArguments parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: grid|bag|synth --option value ..."); //$NON-NLS-1$
    }
    Map<String, List<String>> o = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--")) { //$NON-NLS-1$
        throw new IllegalArgumentException("not an option: " + name); //$NON-NLS-1$
      }
      if (FLAGS.contains(name)) {
        o.computeIfAbsent(name, k -> new ArrayList<>()).add("true"); //$NON-NLS-1$
      } else if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value"); //$NON-NLS-1$
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
      throw new IllegalArgumentException(command + " needs " + name); //$NON-NLS-1$
    }
    return v;
  }

  List<String> values(String name, List<String> fallback) {
    return options.getOrDefault(name, fallback);
  }

  int intValue(String name, int fallback) {
    return Integer.parseInt(value(name, String.valueOf(fallback)));
  }

  long longValue(String name, long fallback) {
    return Long.parseLong(value(name, String.valueOf(fallback)));
  }

  double doubleValue(String name, double fallback) {
    return Double.parseDouble(value(name, String.valueOf(fallback)));
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
