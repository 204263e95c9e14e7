package org.linebench.rules.checks;

import java.util.HashMap;
import java.util.Map;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13849-1 / GB/T 16855.1, categories: the architecture limits the PL a safety function can
 * reach (category B at most PLb, 1 at most PLc, 2 at most PLd, 3 and 4 up to PLe, as the standard's
 * figure of the simplified procedure shows). A function that claims more than its category allows,
 * or claims a PL without saying its category, does not comply. Thresholds: {@code maxPl}, a map
 * from category ({@code B}, {@code 1} ... {@code 4}) to the highest PL ({@code a} ... {@code e}).
 * Fixes: the category that allows the claimed PL with the least margin, or claiming the PL the
 * category allows.
 */
public class CategoryLimitsPerformanceLevel implements Rule {
  private final Map<String, Integer> maxPl = new HashMap<>();

  @Override
  public void configure(RuleData data) throws RuleDataException {
    RuleData m = data.object("maxPl"); //$NON-NLS-1$
    for (String category : m.keys()) {
      maxPl.put(category, PerformanceLevels.parse(m.string(category), m.where()));
    }
    if (maxPl.isEmpty()) {
      throw new RuleDataException(m.where() + ": no category"); //$NON-NLS-1$
    }
  }

  /** The highest PL (0 = a ... 4 = e) a category allows; -1 for a category the data does not know. */
  public int maxPl(String category) {
    return maxPl.getOrDefault(category, -1);
  }

  /** The category of the data that allows the PL with the least margin (the simplest architecture that suffices); none if no category does. */
  private Change[] allowing(SafetyFunction f, int pl) {
    return maxPl.entrySet().stream().filter(e -> e.getValue() >= pl)
        .min(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
        .map(e -> new Change[] {Change.set(f, "category", e.getKey())}).orElse(new Change[0]); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.safetyFunctions()) {
        if (f.achievedPl().isEmpty()) {
          continue; // the required-PL rule asks for it
        }
        int achieved = f.achievedPl().get().ordinal();
        String category = f.category().orElse(null);
        if (category == null) {
          context.report(f).variant("noCategory").arg(Models.label(f)).arg(PerformanceLevels.name(achieved)) //$NON-NLS-1$
              .value("PL", PerformanceLevels.name(achieved)).fix(allowing(f, achieved)).add(); //$NON-NLS-1$
          continue;
        }
        int max = maxPl(category);
        if (max >= 0 && achieved > max) {
          context.report(f).arg(Models.label(f)).arg(PerformanceLevels.name(achieved)).arg(category).arg(PerformanceLevels.name(max))
              .value("category", category).value("PL", PerformanceLevels.name(achieved)) //$NON-NLS-1$ //$NON-NLS-2$
              .result("PL max", PerformanceLevels.name(max)).fix(allowing(f, achieved)) //$NON-NLS-1$
              .fix(Change.set(f, "achieved", PerformanceLevels.name(max))).add(); //$NON-NLS-1$
        }
      }
    }
  }
}
