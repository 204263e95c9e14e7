package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13849-1 / GB/T 16855.1, Table 2: the PL a PFHd (dangerous failures per hour) supports. A
 * function claiming a higher PL than its PFHd allows does not comply. Thresholds: {@code bands},
 * rows {@code {pl, min, max}} meaning min &lt;= PFHd &lt; max; below the lowest band the best PL holds.
 * Fixes: claim the PL the PFHd supports, or a PFHd just below the upper end of the claimed PL's band.
 */
public class PerformanceLevelFromPfhd implements Rule {
  private record Band(int pl, double min, double max) {}

  private final List<Band> bands = new ArrayList<>();

  @Override
  public void configure(RuleData data) throws RuleDataException {
    for (RuleData row : data.objects("bands")) { //$NON-NLS-1$
      double min = row.number("min", 0, 1); //$NON-NLS-1$
      double max = row.number("max", min, 1); //$NON-NLS-1$
      bands.add(new Band(PerformanceLevels.parse(row.string("pl"), row.where()), min, max)); //$NON-NLS-1$
    }
    if (bands.size() != 5) {
      throw new RuleDataException(data.where() + ": 'bands' needs the five levels a ... e"); //$NON-NLS-1$
    }
  }

  /** The PL (0 = a ... 4 = e) a PFHd supports; -1 if it is too high for any PL. */
  public int level(double pfhd) {
    int best = -1;
    double lowest = Double.MAX_VALUE;
    for (Band b : bands) {
      if (pfhd >= b.min() && pfhd < b.max()) {
        return b.pl();
      }
      if (b.min() < lowest) {
        lowest = b.min();
        best = b.pl();
      }
    }
    return pfhd < lowest ? best : -1;
  }

  /**
   * The largest PFHd, in two significant digits, that still supports the PL (the upper end of its
   * band, just below it); null for a PL no band gives.
   */
  public String pfhdFor(int pl) {
    for (Band b : bands) {
      if (b.pl() == pl) {
        String text = sci(b.max() * 0.99);
        double d = Double.parseDouble(text);
        return d >= b.min() && level(d) == pl ? text : null;
      }
    }
    return null;
  }

  /** 9.9e-8 as the line language writes it. */
  private static String sci(double v) {
    String s = String.format(java.util.Locale.ROOT, "%.1e", v); //$NON-NLS-1$
    String[] p = s.split("e"); //$NON-NLS-1$
    String mantissa = p[0].endsWith(".0") ? p[0].substring(0, p[0].length() - 2) : p[0]; //$NON-NLS-1$
    return mantissa + "e" + Integer.parseInt(p[1]); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.safetyFunctions()) {
        if (f.pfhd().isEmpty()) {
          continue;
        }
        double pfhd = f.pfhd().get();
        int supported = level(pfhd);
        if (supported < 0) {
          RuleContext.FindingBuilder b = context.report(f).variant("tooHigh").arg(Models.label(f)).arg(pfhd).value("PFHd", pfhd, "1/h"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          String enough = f.achievedPl().map(pl -> pfhdFor(pl.ordinal())).orElse(null);
          if (enough == null) {
            b.noFix("tooHigh"); //$NON-NLS-1$
          } else {
            b.fix(Change.set(f, "pfhd", enough)); //$NON-NLS-1$
          }
          b.add();
        } else if (f.achievedPl().isPresent() && f.achievedPl().get().ordinal() > supported) {
          int achieved = f.achievedPl().get().ordinal();
          context.report(f).arg(Models.label(f)).arg(PerformanceLevels.name(achieved)).arg(pfhd)
              .arg(PerformanceLevels.name(supported)).value("PFHd", pfhd, "1/h") //$NON-NLS-1$ //$NON-NLS-2$
              .value("PL", PerformanceLevels.name(achieved)) //$NON-NLS-1$
              .result("PL(PFHd)", PerformanceLevels.name(supported)) //$NON-NLS-1$
              .fix(Change.set(f, "achieved", PerformanceLevels.name(supported))).fix(Change.set(f, "pfhd", pfhdFor(achieved))).add(); //$NON-NLS-1$ //$NON-NLS-2$
        }
      }
    }
  }
}
