package org.linebench.dsl;

/** Sets the line language up without the Equinox extension registry (tests, tools). */
public class LineStandaloneSetup extends LineStandaloneSetupGenerated {

  public static void doSetup() {
    new LineStandaloneSetup().createInjectorAndDoEMFRegistration();
  }
}
