package org.linebench.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;

/**
 * The validators other bundles contribute for line files through the extension point
 * {@code org.linebench.dsl.validators} ({@code schema/validators.exsd}), read defensively: without
 * an extension registry (plain Java) there are none, and a contribution whose class cannot be made
 * or is no declarative validator is left out with a problem that names it and its bundle.
 */
public final class ContributedValidators {
  /** The extension point's id. */
  public static final String POINT = "org.linebench.dsl.validators"; //$NON-NLS-1$

  /**
   * The validators made, and the contributions left out.
   *
   * @param problems one line per contribution left out, naming its bundle and class
   */
  public record Loaded(List<AbstractDeclarativeValidator> validators, List<String> problems) {}

  private ContributedValidators() {}

  /** New instances of the contributed validators (not yet injected). */
  public static Loaded load() {
    IExtensionRegistry registry = RegistryFactory.getRegistry();
    List<AbstractDeclarativeValidator> validators = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (registry == null) {
      return new Loaded(validators, problems);
    }
    for (IConfigurationElement e : registry.getConfigurationElementsFor(POINT)) {
      String where = e.getContributor().getName() + ": " + e.getAttribute("class"); //$NON-NLS-1$ //$NON-NLS-2$
      try {
        Object made = e.createExecutableExtension("class"); //$NON-NLS-1$
        if (made instanceof AbstractDeclarativeValidator v) {
          validators.add(v);
        } else {
          problems.add(where + " is not a " + AbstractDeclarativeValidator.class.getName() + "; left out"); //$NON-NLS-1$ //$NON-NLS-2$
        }
      } catch (CoreException | RuntimeException | LinkageError ex) {
        problems.add(where + " cannot be made (" + ex + "); left out"); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    return new Loaded(validators, problems);
  }
}
