package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.DataClass;
import org.linebench.rules.api.line.DataFlow;
import org.linebench.rules.api.line.DataSet;

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
      classes.add(DataClass.of(c).orElseThrow(() -> new RuleDataException(data.where() + ": unknown data class " + c))); //$NON-NLS-1$
    }
  }

  @Override
  public void check(RuleContext context) {
    for (DataFlow f : context.plant().dataFlows()) {
      DataSet d = f.data().orElse(null);
      String country = f.country().orElse(null);
      if (d == null || country == null || home.equals(country)) {
        continue;
      }
      boolean important = classes.contains(d.classification());
      if (important || d.personalInformation()) {
        context.report(f).variant(important ? null : "personal").arg(f.name()).arg(d.name()).arg(country) //$NON-NLS-1$
            .arg(d.classification().literal()).value("data", d.name()).value("class", d.classification().literal()) //$NON-NLS-1$ //$NON-NLS-2$
            .value("personal-information", String.valueOf(d.personalInformation())).value("to", country).add(); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }
}
