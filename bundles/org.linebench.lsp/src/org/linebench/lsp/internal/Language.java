package org.linebench.lsp.internal;

import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.ide.LineIdeSetup;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The line language with its IDE services, created once per JVM and shared by the servers in it.
 * Not registered in EMF's global registries: the server's resource sets name their own factory, so
 * a command line or a workbench in the same JVM keeps its own.
 */
public final class Language {
  private static final Supplier<Injector> INJECTOR = Suppliers.memoize(() -> {
    LineModels.quietLogging();
    return new LineIdeSetup().createInjector();
  });

  private Language() {}

  public static Injector injector() {
    return INJECTOR.get();
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
