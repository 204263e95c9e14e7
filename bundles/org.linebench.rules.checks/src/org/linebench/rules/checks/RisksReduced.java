package org.linebench.rules.checks;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Hazard;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.NamedElement;
import org.linebench.rules.api.line.SafetyFunction;

/**
 * ISO 12100 / GB/T 15706, risk reduction and evaluation: a hazard whose risk needs reducing (its
 * PLr from the risk graph at or above {@code reduceFromPl}) has a measure (an inherently safe
 * design, protective devices or safety functions); a safety function taken as a measure reaches the
 * PLr of the hazard's risk; the residual risk is evaluated and acceptable. Thresholds:
 * {@code riskGraph} (as for the required PL), {@code reduceFromPl}.
 * <p>
 * No fix is proposed: a measure is designed, a PL is reached by the function's design (the
 * required-PL rules propose its values) and the residual risk is evaluated by the assessor; writing
 * {@code achieved} or {@code residual acceptable} without that work would only hide the finding.
 */
public class RisksReduced implements Rule {
  private RiskGraph graph;
  private int reduceFrom;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    graph = new RiskGraph(data);
    reduceFrom = PerformanceLevels.parse(data.string("reduceFromPl"), data.where()); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (Line line : context.lines()) {
      for (Hazard h : line.hazards()) {
        if (h.risk().isEmpty()) {
          continue; // the identification rule asks for it
        }
        String risk = h.risk().get().code();
        int plr = graph.required(risk);
        if (plr < reduceFrom) {
          continue;
        }
        if (h.design().isEmpty() && h.measures().isEmpty()) {
          context.report(h).variant("noMeasure").arg(Models.label(h)).arg(risk).arg(PerformanceLevels.name(plr)) //$NON-NLS-1$
              .value("risk", risk).result("PLr", PerformanceLevels.name(plr)).noFix("noMeasure").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          continue;
        }
        for (NamedElement m : h.measures()) {
          if (m instanceof SafetyFunction f && (f.achievedPl().isEmpty() || f.achievedPl().get().ordinal() < plr)) {
            String achieved = f.achievedPl().map(p -> PerformanceLevels.name(p.ordinal())).orElse("-"); //$NON-NLS-1$
            context.report(h).variant("plTooLow").arg(Models.label(h)).arg(risk).arg(PerformanceLevels.name(plr)).arg(Models.label(f)) //$NON-NLS-1$
                .arg(achieved).value("risk", risk).value("PL", achieved).result("PLr", PerformanceLevels.name(plr)).noFix("plTooLow").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          }
        }
        if (h.residualAcceptable().isEmpty()) {
          context.report(h).variant("notEvaluated").arg(Models.label(h)).noFix("notEvaluated").add(); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (!h.residualAcceptable().get()) {
          context.report(h).arg(Models.label(h)).noFix("notAcceptable").add(); //$NON-NLS-1$
        }
      }
    }
  }
}
