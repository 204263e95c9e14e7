package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Clearance;
import org.linebench.rules.api.line.DataClass;
import org.linebench.rules.api.line.DataFlow;
import org.linebench.rules.api.line.DataSet;

/**
 * CAC provisions on cross-border data flows (2024): important (and core) data leaves China only after
 * a data export security assessment. A transfer is a data flow to another country, or a data set
 * stored abroad; it complies once it records a completed assessment
 * ({@code cleared-by security-assessment "ref" on "2025-03-01"}): a standard contract or a
 * certification does not clear important data. Manufacturing data without important data or personal
 * information is exempt. Thresholds: {@code home} (CN), {@code classes} (the grades that need an
 * assessment), {@code clearedBy} (the clearances that count).
 * <p>
 * A data set stored abroad: fix, stored at home ({@code stored-in CN}). A flow abroad: no fix; the
 * assessment is made by the authority, and the finding gives the clause to record once it is passed
 * (a fix must not claim an assessment that was not made).
 */
public class CrossBorderAssessment implements Rule {
  private final Set<DataClass> classes = new HashSet<>();
  private final Set<String> clearedBy = new HashSet<>();
  private String home;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    home = data.string("home"); //$NON-NLS-1$
    for (String c : data.strings("classes")) { //$NON-NLS-1$
      classes.add(DataClass.of(c).orElseThrow(() -> new RuleDataException(data.where() + ": unknown data class " + c))); //$NON-NLS-1$
    }
    clearedBy.addAll(Clearances.kinds(data, "clearedBy")); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (DataFlow f : context.plant().dataFlows()) {
      DataSet d = f.data().orElse(null);
      String country = f.country().orElse(null);
      Clearance c = f.clearance().orElse(null);
      if (d != null && country != null && !home.equals(country) && classes.contains(d.classification()) && !Clearances.clears(c, clearedBy)) {
        String grade = context.term(d.classification().literal());
        RuleContext.FindingBuilder b = context.report(f).variant(c == null ? null : "wrongClearance").arg(f.name()).arg(d.name()) //$NON-NLS-1$
            .arg(country).arg(grade).value("data", d.name()).value("class", grade).value("to", country); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Clearances.add(context, b, c).noFix(c == null ? "assessment" : "wrongClearance").add(); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    for (DataSet d : context.plant().dataSets()) {
      String country = d.storedIn().orElse(null);
      Clearance c = d.clearance().orElse(null);
      if (country != null && !home.equals(country) && classes.contains(d.classification()) && !Clearances.clears(c, clearedBy)) {
        String grade = context.term(d.classification().literal());
        RuleContext.FindingBuilder b = context.report(d).variant(c == null ? "stored" : "storedWrongClearance").arg(d.name()) //$NON-NLS-1$ //$NON-NLS-2$
            .arg(grade).arg(country).value("class", grade).value("stored-in", country); //$NON-NLS-1$ //$NON-NLS-2$
        Clearances.add(context, b, c).fix(Change.set(d, "stored-in", home)).add(); //$NON-NLS-1$
      }
    }
  }
}
