package org.linebench.rules.tests;

import org.linebench.model.line.Station;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;

/** Rules of the test pack {@code zz-test}: one that works, one that throws, one that never ends. */
public final class TestRules {
  private TestRules() {}

  public static class EveryStation implements Rule {
    @Override
    public void check(RuleContext context) {
      for (Station s : context.stations()) {
        context.report(s).arg(s.getName()).value("name", s.getName()).add();
      }
    }
  }

  public static class Throws implements Rule {
    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("deliberate failure in plant " + context.plant().getName());
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
