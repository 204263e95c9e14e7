package org.linebench.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Command;

/**
 * The commands contributed to {@code org.linebench.cli.commands}. Read afresh when created (the
 * command line creates one per run); broken contributions are skipped and reported, never fatal.
 */
public final class CommandRegistry {
  public static final String EXTENSION_POINT = "org.linebench.cli.commands"; //$NON-NLS-1$
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*"); //$NON-NLS-1$

  /** A contributed command, not yet instantiated. */
  public record Entry(String name, String description, String contributor, IConfigurationElement element) {
    /** The contributing bundle and the implementing class, to name the culprit of a failure. */
    public String origin() {
      return contributor + " (" + element.getAttribute("class") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Creates the command object. */
    public Command create() throws CoreException {
      Object o = element.createExecutableExtension("class"); //$NON-NLS-1$
      if (o instanceof Command c) {
        return c;
      }
      throw new ClassCastException(o.getClass().getName() + " does not implement " + Command.class.getName()); //$NON-NLS-1$
    }
  }

  private final Map<String, Entry> entries = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();

  public CommandRegistry(IExtensionRegistry registry) {
    IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
        : registry.getConfigurationElementsFor(EXTENSION_POINT);
    for (IConfigurationElement e : elements) {
      String name = e.getAttribute("name"); //$NON-NLS-1$
      String contributor = e.getContributor().getName();
      if (name == null || !NAME.matcher(name).matches()) {
        problems.add(NLS.bind(Messages.Cli_badCommandContribution, new Object[] {name, contributor, "name"})); //$NON-NLS-1$
        continue;
      }
      if (e.getAttribute("class") == null) { //$NON-NLS-1$
        problems.add(NLS.bind(Messages.Cli_badCommandContribution, new Object[] {name, contributor, "class"})); //$NON-NLS-1$
        continue;
      }
      Entry previous = entries.get(name);
      if (previous != null) {
        problems.add(NLS.bind(Messages.Cli_duplicateCommand, new Object[] {name, contributor, previous.contributor()}));
        continue;
      }
      String description = e.getAttribute("description"); //$NON-NLS-1$
      entries.put(name, new Entry(name, description == null ? "" : description, contributor, e)); //$NON-NLS-1$
    }
  }

  /** The registry of the running platform. */
  public static CommandRegistry fromPlatform() {
    return new CommandRegistry(RegistryFactory.getRegistry());
  }

  public Optional<Entry> find(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  /** All commands, sorted by name. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** What was wrong with the contributions, localized; empty when nothing was. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }
}
