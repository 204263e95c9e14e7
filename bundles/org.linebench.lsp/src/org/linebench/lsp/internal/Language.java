package org.linebench.lsp.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.emf.common.util.URI;
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

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The line language with its IDE services, created once per JVM and shared by the servers in it.
 * The line language is not registered in EMF's global registries: the server's resource sets name
 * their own factory, so a command line or a workbench in the same JVM keeps its own.
 * <p>
 * Creating the language (Xtext's injector, the grammar) is the longest step of a server's start:
 * {@link #prepare()} begins it on a thread of its own, so that the server, the protocol and the rule
 * packs are set up meanwhile; whatever needs the language waits for it.
 */
public final class Language {
  private static final ResourceServiceProviderRegistryImpl REGISTRY = new ResourceServiceProviderRegistryImpl();
  private static final IResourceServiceProvider.Registry READY_REGISTRY = new ReadyRegistry();
  private static CompletableFuture<Injector> injector;

  private Language() {}

  /** Begins creating the line language on a thread of its own, once per JVM; later calls return the same. */
  public static synchronized CompletableFuture<Injector> prepare() {
    if (injector == null) {
      injector = CompletableFuture.supplyAsync(Language::create, task -> {
        Thread t = new Thread(task, "linebench-lsp-language"); //$NON-NLS-1$
        t.setDaemon(true);
        t.start();
      });
    }
    return injector;
  }

  private static Injector create() {
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
  }

  /** The line language's injector, once it is created. */
  public static Injector injector() {
    try {
      return prepare().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /** The registry of languages the line language's services use: the line language. */
  public static IResourceServiceProvider.Registry registry() {
    injector();
    return REGISTRY;
  }

  /**
   * The same registry, to hand out before the language is created: each use waits for the language
   * (a server's injector is created meanwhile, and uses it only when a request comes).
   */
  public static IResourceServiceProvider.Registry readyRegistry() {
    prepare();
    return READY_REGISTRY;
  }

  private static final class ReadyRegistry implements IResourceServiceProvider.Registry {
    @Override
    public IResourceServiceProvider getResourceServiceProvider(URI uri, String contentType) {
      return registry().getResourceServiceProvider(uri, contentType);
    }

    @Override
    public IResourceServiceProvider getResourceServiceProvider(URI uri) {
      return registry().getResourceServiceProvider(uri);
    }

    @Override
    public Map<String, Object> getContentTypeToFactoryMap() {
      return registry().getContentTypeToFactoryMap();
    }

    @Override
    public Map<String, Object> getExtensionToFactoryMap() {
      return registry().getExtensionToFactoryMap();
    }

    @Override
    public Map<String, Object> getProtocolToFactoryMap() {
      return registry().getProtocolToFactoryMap();
    }
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
