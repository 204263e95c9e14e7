package org.linebench.rules.cn;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.OperatorText;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.api.line.StationKind;
import org.linebench.rules.api.line.TextKind;

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
      StationKind kind = st.kind().orElse(null);
      if (st.zones().isEmpty() && (kind == null || !kind.hazardous())) {
        continue;
      }
      boolean warned = false;
      for (OperatorText t : st.texts()) {
        warned |= t.kind() == TextKind.WARNING && language.equals(t.language()) && Chinese.has(t.text());
      }
      if (!warned) {
        context.report(st).arg(st.name()).arg(language).value("zones", String.valueOf(st.zones().size())) //$NON-NLS-1$
            .value("kind", kind == null ? "null" : kind.literal()).add(); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }
}
