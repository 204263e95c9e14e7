package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Clearance;
import org.linebench.rules.api.line.DataFlow;
import org.linebench.rules.api.line.DataSet;

/**
 * PIPL and the CAC provisions on cross-border data flows (2024): personal information leaves China
 * with a security assessment, a standard contract or a certification (unless one of the provisions'
 * exemptions applies, which the line model does not record); a critical information infrastructure
 * operator ({@code ciio}) needs a security assessment for any personal information. A flow complies
 * once it records what clears it. Thresholds: {@code home}, {@code clearedBy} (for other operators),
 * {@code criticalInfrastructureClearedBy}.
 * <p>
 * No fix is proposed: an assessment, a filed standard contract or a certification is a procedure of
 * its own; the finding gives the clause to record once it is done.
 */
public class PersonalInformationExport implements Rule {
  private final Set<String> clearedBy = new HashSet<>();
  private final Set<String> ciioClearedBy = new HashSet<>();
  private String home;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    home = data.string("home"); //$NON-NLS-1$
    clearedBy.addAll(Clearances.kinds(data, "clearedBy")); //$NON-NLS-1$
    ciioClearedBy.addAll(Clearances.kinds(data, "criticalInfrastructureClearedBy")); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    boolean ciio = context.plant().criticalInfrastructure();
    for (DataFlow f : context.plant().dataFlows()) {
      DataSet d = f.data().orElse(null);
      String country = f.country().orElse(null);
      Clearance c = f.clearance().orElse(null);
      if (d == null || country == null || home.equals(country) || !d.personalInformation()
          || Clearances.clears(c, ciio ? ciioClearedBy : clearedBy)) {
        continue;
      }
      String variant = ciio ? (c == null ? "ciio" : "ciioWrongClearance") : null; //$NON-NLS-1$ //$NON-NLS-2$
      RuleContext.FindingBuilder b = context.report(f).variant(variant).arg(f.name()).arg(d.name()).arg(country)
          .value("data", d.name()).value("personal-information", context.term("true")).value("to", country) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          .value("ciio", context.term(String.valueOf(ciio))); //$NON-NLS-1$
      Clearances.add(context, b, c).noFix(ciio ? "ciio" : "clearance").add(); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }
}
