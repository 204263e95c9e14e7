package org.example.linebench.rules.acme;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.Station;

/** ACME AS-210 4.1: every station has a label. */
public class StationLabels implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      if (st.label().isEmpty()) {
        context.report(st).arg(st.name()).add();
      }
    }
  }
}
