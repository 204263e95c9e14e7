package org.linebench.dsl.ide;

import org.linebench.dsl.api.LineModels;

import com.google.inject.Injector;

/**
 * The line language with its IDE services, once per process: the injector the editor and the
 * project builder share (one parser, one validator, one set of caches), registered for {@code *.line}
 * so that {@link LineModels#injector()} hands out the same one.
 */
public final class LineIde {
  private LineIde() {}

  private static final class Holder {
    static final Injector INJECTOR = create();

    private static Injector create() {
      LineModels.quietLogging();
      return new LineIdeSetup().createInjectorAndDoEMFRegistration();
    }
  }

  public static Injector injector() {
    return Holder.INJECTOR;
  }
}
