package org.example.linebench.rules.acme;

import org.linebench.model.line.Station;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;

/** ACME AS-210 4.1: every station has a label. */
public class StationLabels implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      if (st.getLabel() == null || st.getLabel().isBlank()) {
        context.report(st).arg(st.getName()).add();
      }
    }
  }
}
