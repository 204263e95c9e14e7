package org.linebench.rules.tests;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.Station;

/** Rules of the test pack {@code zz-test}: one that works, one that throws, one that never ends. */
public final class TestRules {
  private TestRules() {}

  public static class EveryStation implements Rule {
    @Override
    public void check(RuleContext context) {
      for (Station s : context.stations()) {
        context.report(s).arg(s.name()).value("name", s.name()).add();
      }
    }
  }

  public static class Throws implements Rule {
    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("deliberate failure in plant " + context.plant().name());
    }
  }

  public static class NeverEnds implements Rule {
    @Override
    public void check(RuleContext context) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
