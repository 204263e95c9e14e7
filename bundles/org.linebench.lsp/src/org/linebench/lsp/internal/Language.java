package org.linebench.lsp.internal;

import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.linebench.dsl.LineRuntimeModule;
import org.linebench.dsl.ide.LineIdeModule;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.linebench.dsl.api.LineModels;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The line language with its IDE services, created once per JVM and shared by the servers in it.
 * The line language is not registered in EMF's global registries: the server's resource sets name
 * their own factory, so a command line or a workbench in the same JVM keeps its own.
 */
public final class Language {
  private static final ResourceServiceProviderRegistryImpl REGISTRY = new ResourceServiceProviderRegistryImpl();
  private static final Supplier<Injector> INJECTOR = Suppliers.memoize(() -> {
    LineModels.quietLogging();
    // the grammar files (xtextbin) are read through EMF factories that this registers, as the
    // language's own standalone setup does before it creates its injector
    TerminalsStandaloneSetup.doSetup();
    // LineIdeSetup's modules, with a registry of our own: the services that look a file's language
    // up (find references, rename) find the line language there, not in EMF's global registry
    Injector injector = Guice.createInjector(Modules2.mixin(new LineRuntimeModule(), new LineIdeModule(),
        binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(REGISTRY)));
    REGISTRY.getExtensionToFactoryMap().put(LineModels.EXTENSION, injector.getInstance(IResourceServiceProvider.class));
    return injector;
  });

  private Language() {}

  public static Injector injector() {
    return INJECTOR.get();
  }

  /** The registry of languages the line language's services use: the line language. */
  public static IResourceServiceProvider.Registry registry() {
    injector();
    return REGISTRY;
  }

  /** Resource sets whose line files are made by the IDE injector, read as UTF-8. */
  public static final class ResourceSets implements Provider<XtextResourceSet> {
    @Override
    public XtextResourceSet get() {
      XtextResourceSet rs = injector().getInstance(XtextResourceSet.class);
      rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(LineModels.EXTENSION, injector().getInstance(IResourceFactory.class));
      rs.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
      return rs;
    }
  }
}
