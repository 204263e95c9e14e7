package org.linebench.dsl.ml.tests;

import org.eclipse.xtext.testing.IInjectorProvider;
import org.linebench.dsl.api.LineModels;

import com.google.inject.Injector;

/** The line language's runtime injector, as the command line uses it. */
public class LineInjectorProvider implements IInjectorProvider {
  @Override
  public Injector getInjector() {
    return LineModels.injector();
  }
}
