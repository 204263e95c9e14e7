package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.DataClass;
import org.linebench.rules.api.line.DataSet;

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
      classes.add(DataClass.of(c).orElseThrow(() -> new RuleDataException(data.where() + ": unknown data class " + c))); //$NON-NLS-1$
    }
    countries.addAll(data.strings("countries")); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (DataSet d : context.plant().dataSets()) {
      String storedIn = d.storedIn().orElse(null);
      if (classes.contains(d.classification()) && (storedIn == null || !countries.contains(storedIn))) {
        context.report(d).arg(d.name()).arg(d.classification().literal()).arg(storedIn == null ? "-" : storedIn) //$NON-NLS-1$
            .value("class", d.classification().literal()).value("stored-in", storedIn).add(); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
  }
}
