package org.linebench.rules.checks;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13849-1 / GB/T 16855.1, Annex A: the required performance level PLr from the risk graph
 * (severity S, frequency F, avoidance P); every safety function must achieve at least PLr.
 * Thresholds: {@code riskGraph}, a map from {@code S1F1P1} ... {@code S2F2P2} to {@code a} ... {@code e}.
 */
public class RequiredPerformanceLevel implements Rule {
  private RiskGraph graph;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    graph = new RiskGraph(data);
  }

  /** PLr for a risk such as {@code S2F1P2}, as 0 (a) ... 4 (e). */
  public int required(String risk) {
    return graph.required(risk);
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.safetyFunctions()) {
        String risk = Models.risk(f);
        if (risk == null) {
          context.report(f).variant("noRisk").arg(Models.label(f)).noFix("noRisk").add(); //$NON-NLS-1$ //$NON-NLS-2$
          continue;
        }
        int plr = graph.required(risk);
        if (f.achievedPl().isEmpty()) {
          context.report(f).variant("noAchieved").arg(Models.label(f)).arg(PerformanceLevels.name(plr)) //$NON-NLS-1$
              .value("risk", risk).result("PLr", PerformanceLevels.name(plr)) //$NON-NLS-1$ //$NON-NLS-2$
              .fix(Change.set(f, "achieved", PerformanceLevels.name(plr))).add(); //$NON-NLS-1$
        } else if (f.achievedPl().get().ordinal() < plr) {
          int achieved = f.achievedPl().get().ordinal();
          context.report(f).arg(Models.label(f)).arg(risk).arg(PerformanceLevels.name(plr))
              .arg(PerformanceLevels.name(achieved)).arg(context.designation()).value("risk", risk) //$NON-NLS-1$
              .value("PL", PerformanceLevels.name(achieved)) //$NON-NLS-1$
              .result("PLr", PerformanceLevels.name(plr)).fix(Change.set(f, "achieved", PerformanceLevels.name(plr))).add(); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
    }
  }
}
