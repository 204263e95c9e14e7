package org.linebench.lsp.internal;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.lsp4j.services.LanguageServer;
import org.linebench.lsp.LineServer;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/**
 * The bindings that make Xtext's language server the line language server: the line language with
 * its IDE services (not found through {@code ServiceLoader}, which does not see across bundles), our
 * workspace (one project per folder, plus the files it imports from the folders next to it), the
 * certification findings among the diagnostics, and a lifecycle that never exits the JVM.
 */
public class LineServerModule extends AbstractModule {
  private final LineServer.Settings settings;

  public LineServerModule(LineServer.Settings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    bind(LineServer.Settings.class).toInstance(settings);
    bind(IResourceServiceProvider.Registry.class).toInstance(Language.readyRegistry());
    bind(XtextResourceSet.class).toProvider(Language.ResourceSets.class);
    bind(LanguageServerImpl.class).to(LineLanguageServer.class);
    bind(LanguageServer.class).to(LineLanguageServer.class);
    bind(LineLanguageServer.class).in(Singleton.class);
    bind(WorkspaceManager.class).to(LineWorkspaceManager.class);
    bind(LineWorkspaceManager.class).in(Singleton.class);
    bind(IMultiRootWorkspaceConfigFactory.class).to(LineWorkspaceConfigFactory.class);
    bind(ILanguageServerShutdownAndExitHandler.class).to(Lifecycle.class);
  }
}
