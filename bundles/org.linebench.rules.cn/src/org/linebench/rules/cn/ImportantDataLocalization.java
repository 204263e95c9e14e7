package org.linebench.rules.cn;

import java.util.HashSet;
import java.util.Set;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.DataClass;
import org.linebench.rules.api.line.DataSet;

/**
 * Important and core data stay in China where a law requires it: the Cybersecurity Law (art. 37)
 * requires critical information infrastructure operators to store the important data and personal
 * information they collect and produce in China; the MIIT measures on data security in industry and
 * IT require domestic storage only where laws and administrative regulations do. For other plants,
 * data stored abroad is an export: the cross-border rule's business. Thresholds: {@code classes}
 * (the grades that must stay), {@code countries} (where they may be stored),
 * {@code criticalInfrastructureOnly} (whether only plants marked {@code ciio} are bound).
 * <p>
 * Fix: the data set stored in the first country the data allows ({@code stored-in CN}).
 */
public class ImportantDataLocalization implements Rule {
  private final Set<DataClass> classes = new HashSet<>();
  private final Set<String> countries = new HashSet<>();
  private boolean criticalInfrastructureOnly;
  private String home;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    for (String c : data.strings("classes")) { //$NON-NLS-1$
      classes.add(DataClass.of(c).orElseThrow(() -> new RuleDataException(data.where() + ": unknown data class " + c))); //$NON-NLS-1$
    }
    countries.addAll(data.strings("countries")); //$NON-NLS-1$
    if (countries.isEmpty()) {
      throw new RuleDataException(data.where() + ": no country"); //$NON-NLS-1$
    }
    home = data.strings("countries").get(0); //$NON-NLS-1$
    criticalInfrastructureOnly = data.flag("criticalInfrastructureOnly"); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    if (criticalInfrastructureOnly && !context.plant().criticalInfrastructure()) {
      return;
    }
    for (DataSet d : context.plant().dataSets()) {
      String storedIn = d.storedIn().orElse(null);
      if (classes.contains(d.classification()) && (storedIn == null || !countries.contains(storedIn))) {
        String grade = context.term(d.classification().literal());
        context.report(d).arg(d.name()).arg(grade).arg(storedIn == null ? "-" : storedIn) //$NON-NLS-1$
            .value("class", grade).value("stored-in", storedIn).value("ciio", context.term(String.valueOf(context.plant().criticalInfrastructure()))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .fix(Change.set(d, "stored-in", home)).add(); //$NON-NLS-1$
      }
    }
  }
}
