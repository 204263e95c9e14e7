package org.linebench.rules.cn;

import org.linebench.dsl.api.Effective;
import org.linebench.model.line.OperatorText;
import org.linebench.model.line.Station;
import org.linebench.model.line.TextKind;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;
import org.linebench.rules.RuleData;
import org.linebench.rules.RuleDataException;

/**
 * Product Quality Law of the PRC, art. 27 (5), with GB 2894 signs: equipment that can endanger
 * people carries a warning in Chinese. Every station with a hazard zone or of a hazardous kind
 * (robot cell, welding, machining) has a {@code text warning zh "..."}.
 */
public class ChineseWarnings implements Rule {
  private String language;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    language = data.string("language"); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      if (st.getZones().isEmpty() && !Effective.isHazardous(Effective.kind(st))) {
        continue;
      }
      boolean warned = false;
      for (OperatorText t : st.getTexts()) {
        warned |= t.getKind() == TextKind.WARNING && language.equals(t.getLanguage()) && Chinese.has(t.getText());
      }
      if (!warned) {
        context.report(st).arg(st.getName()).arg(language).value("zones", String.valueOf(st.getZones().size())) //$NON-NLS-1$
            .value("kind", String.valueOf(Effective.kind(st))).add(); //$NON-NLS-1$
      }
    }
  }
}
