package org.linebench.dsl.ide;

import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.linebench.dsl.ide.contentassist.LineContentProposals;

import com.google.inject.Binder;

/** Guice bindings of the line language's IDE services (content assist, highlighting, outline). */
public class LineIdeModule extends AbstractLineIdeModule {

  public void configureExecutorService(Binder binder) {
    binder.bind(ExecutorService.class).toProvider(ExecutorServiceProvider.class);
  }

  public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
    return LineContentProposals.class;
  }
}
