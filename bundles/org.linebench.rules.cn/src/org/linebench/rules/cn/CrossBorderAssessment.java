package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.model.line.DataClass;
import org.linebench.model.line.DataFlow;
import org.linebench.model.line.DataSet;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;
import org.linebench.rules.RuleData;
import org.linebench.rules.RuleDataException;

/**
 * CAC provisions on cross-border data flows (2024): sending important data, or personal
 * information, abroad needs a security assessment; manufacturing data without either is exempt.
 * Thresholds: {@code home} (CN), {@code classes} (the grades that need an assessment).
 */
public class CrossBorderAssessment implements Rule {
  private final Set<DataClass> classes = new HashSet<>();
  private String home;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    home = data.string("home"); //$NON-NLS-1$
    for (String c : data.strings("classes")) { //$NON-NLS-1$
      DataClass d = DataClass.get(c);
      if (d == null) {
        throw new RuleDataException(data.where() + ": unknown data class " + c); //$NON-NLS-1$
      }
      classes.add(d);
    }
  }

  @Override
  public void check(RuleContext context) {
    for (DataFlow f : context.plant().getDataFlows()) {
      DataSet d = f.getData() == null || f.getData().eIsProxy() ? null : f.getData();
      if (d == null || f.getCountry() == null || home.equals(f.getCountry())) {
        continue;
      }
      boolean important = classes.contains(d.getClassification());
      if (important || d.isPersonalInformation()) {
        context.report(f).variant(important ? null : "personal").arg(f.getName()).arg(d.getName()).arg(f.getCountry()) //$NON-NLS-1$
            .arg(d.getClassification().getLiteral()).value("data", d.getName()).value("class", d.getClassification().getLiteral()) //$NON-NLS-1$ //$NON-NLS-2$
            .value("personal-information", String.valueOf(d.isPersonalInformation())).value("to", f.getCountry()).add(); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }
}
