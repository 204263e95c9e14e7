package org.linebench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.internal.Messages;

/**
 * A command's options, parsed against what the command declares. Options are {@code --name value},
 * {@code --name=value} or flags ({@code --name}); everything else is positional, and so is
 * everything after {@code --}. Unknown options and options without their value are usage errors.
 *
 * <pre>
 * Arguments a = Arguments.spec().flag("--strict").option("--format").parse(context.arguments());
 * </pre>
 */
public final class Arguments {

  /** The options a command accepts. */
  public static final class Spec {
    private final Set<String> flags = new LinkedHashSet<>();
    private final Set<String> options = new LinkedHashSet<>();

    private Spec() {}

    /** Declares an option without a value, e.g. {@code --strict}. */
    public Spec flag(String name) {
      flags.add(checkName(name));
      return this;
    }

    /** Declares an option that takes a value and may be repeated, e.g. {@code --format json}. */
    public Spec option(String name) {
      options.add(checkName(name));
      return this;
    }

    private static String checkName(String name) {
      if (!name.startsWith("--") || name.length() < 3) {
        throw new IllegalArgumentException("option names start with --: " + name);
      }
      return name;
    }

    /** Parses a command's arguments. */
    public Arguments parse(List<String> arguments) throws UsageException {
      Map<String, List<String>> values = new LinkedHashMap<>();
      Set<String> seenFlags = new LinkedHashSet<>();
      List<String> positionals = new ArrayList<>();
      boolean onlyPositionals = false;
      for (int i = 0; i < arguments.size(); i++) {
        String arg = arguments.get(i);
        if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
          positionals.add(arg);
          continue;
        }
        if (arg.equals("--")) {
          onlyPositionals = true;
          continue;
        }
        int eq = arg.indexOf('=');
        String name = eq > 0 ? arg.substring(0, eq) : arg;
        if (flags.contains(name)) {
          if (eq > 0) {
            throw new UsageException(NLS.bind(Messages.Arguments_flagWithValue, name));
          }
          seenFlags.add(name);
        } else if (options.contains(name)) {
          String value;
          if (eq > 0) {
            value = arg.substring(eq + 1);
          } else if (i + 1 < arguments.size()) {
            value = arguments.get(++i);
          } else {
            throw new UsageException(NLS.bind(Messages.Arguments_missingValue, name));
          }
          values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException(NLS.bind(Messages.Arguments_unknownOption, name));
        }
      }
      return new Arguments(seenFlags, values, positionals);
    }
  }

  private final Set<String> flags;
  private final Map<String, List<String>> values;
  private final List<String> positionals;

  private Arguments(Set<String> flags, Map<String, List<String>> values, List<String> positionals) {
    this.flags = flags;
    this.values = values;
    this.positionals = List.copyOf(positionals);
  }

  public static Spec spec() {
    return new Spec();
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** The last value given for an option. */
  public Optional<String> value(String name) {
    List<String> v = values.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** The value of an option that must be given. */
  public String required(String name) throws UsageException {
    return value(name).orElseThrow(() -> new UsageException(NLS.bind(Messages.Arguments_missingOption, name)));
  }

  /** Every value given for a repeatable option, in order. */
  public List<String> values(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  public List<String> positionals() {
    return positionals;
  }
}
