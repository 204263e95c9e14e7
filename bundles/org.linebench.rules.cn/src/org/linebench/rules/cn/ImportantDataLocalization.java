package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.model.line.DataClass;
import org.linebench.model.line.DataSet;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;
import org.linebench.rules.RuleData;
import org.linebench.rules.RuleDataException;

/**
 * MIIT measures on data security in industry and IT: data graded important or core is stored in
 * China. Thresholds: {@code classes} (the grades that must stay), {@code countries} (where they may
 * be stored).
 */
public class ImportantDataLocalization implements Rule {
  private final Set<DataClass> classes = new HashSet<>();
  private final Set<String> countries = new HashSet<>();

  @Override
  public void configure(RuleData data) throws RuleDataException {
    for (String c : data.strings("classes")) { //$NON-NLS-1$
      DataClass d = DataClass.get(c);
      if (d == null) {
        throw new RuleDataException(data.where() + ": unknown data class " + c); //$NON-NLS-1$
      }
      classes.add(d);
    }
    countries.addAll(data.strings("countries")); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (DataSet d : context.plant().getDataSets()) {
      if (classes.contains(d.getClassification()) && (d.getStoredIn() == null || !countries.contains(d.getStoredIn()))) {
        context.report(d).arg(d.getName()).arg(d.getClassification().getLiteral()).arg(d.getStoredIn() == null ? "-" : d.getStoredIn()) //$NON-NLS-1$
            .value("class", d.getClassification().getLiteral()).value("stored-in", d.getStoredIn()).add(); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }
}
