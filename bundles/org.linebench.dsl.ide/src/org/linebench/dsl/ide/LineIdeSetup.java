package org.linebench.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.linebench.dsl.LineRuntimeModule;
import org.linebench.dsl.LineStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The injector of the line language with its IDE services, as a language server or our editor uses it. */
public class LineIdeSetup extends LineStandaloneSetup {

  @Override
  public Injector createInjector() {
    return Guice.createInjector(Modules2.mixin(new LineRuntimeModule(), new LineIdeModule()));
  }
}
