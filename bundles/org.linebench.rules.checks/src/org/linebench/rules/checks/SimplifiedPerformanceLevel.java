package org.linebench.rules.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

/**
 * ISO 13849-1 / GB/T 16855.1, the simplified procedure for estimating the PL: the category, the
 * MTTFd band of each channel (low, medium, high) and the DCavg band (none, low, medium, high) give
 * the PL the function can claim; categories 2, 3 and 4 also need enough points against
 * common-cause failure. Applies to functions that declare their MTTFd ({@code mttfd 62 years});
 * one that claims more than the procedure gives, or leaves out what its category needs, does not
 * comply.
 * <p>
 * Thresholds: {@code mttfdBands} and {@code dcBands} (rows {@code {band, from}}, rising: a value
 * belongs to the last band whose {@code from} it reaches; below the first band it is not covered),
 * {@code ccfMinimumPoints} and {@code ccfCategories}, {@code table} (rows {@code {category, dc,
 * low, medium, high}}: the PL per MTTFd band, null where the procedure does not cover the
 * combination). A DCavg above the best row of a category counts as that row's; below its lowest
 * row the combination is not covered.
 * <p>
 * Fixes: claiming the PL the procedure gives; the lower end of the MTTFd or DCavg band (or both) that
 * would give the claimed one; the CCF points the category needs.
 */
public class SimplifiedPerformanceLevel implements Rule {
  private record Band(String name, double from) {}

  private record Row(String category, int dc, Integer[] pl) {}

  private final List<Band> mttfdBands = new ArrayList<>();
  private final List<Band> dcBands = new ArrayList<>();
  private final List<Row> table = new ArrayList<>();
  private final Set<String> ccfCategories = new HashSet<>();
  private double ccfMinimum;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    bands(data, "mttfdBands", mttfdBands); //$NON-NLS-1$
    bands(data, "dcBands", dcBands); //$NON-NLS-1$
    ccfMinimum = data.number("ccfMinimumPoints", 0, 100); //$NON-NLS-1$
    ccfCategories.addAll(data.strings("ccfCategories")); //$NON-NLS-1$
    for (RuleData row : data.objects("table")) { //$NON-NLS-1$
      int dc = band(dcBands, row.string("dc"), row.where()); //$NON-NLS-1$
      Integer[] pl = new Integer[mttfdBands.size()];
      for (int i = 0; i < pl.length; i++) {
        String name = mttfdBands.get(i).name();
        pl[i] = row.has(name) ? PerformanceLevels.parse(row.string(name), row.where()) : null;
      }
      table.add(new Row(row.string("category"), dc, pl)); //$NON-NLS-1$
    }
    if (table.isEmpty()) {
      throw new RuleDataException(data.where() + ": empty table"); //$NON-NLS-1$
    }
  }

  private static void bands(RuleData data, String key, List<Band> out) throws RuleDataException {
    double last = Double.NEGATIVE_INFINITY;
    for (RuleData b : data.objects(key)) {
      double from = b.number("from", 0, 10000); //$NON-NLS-1$
      if (from <= last) {
        throw new RuleDataException(b.where() + ": 'from' must rise"); //$NON-NLS-1$
      }
      last = from;
      out.add(new Band(b.string("band"), from)); //$NON-NLS-1$
    }
    if (out.isEmpty()) {
      throw new RuleDataException(data.where() + ": no " + key); //$NON-NLS-1$
    }
  }

  private static int band(List<Band> bands, String name, String where) throws RuleDataException {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new RuleDataException(where + ": unknown band " + name); //$NON-NLS-1$
  }

  /** The band (index) a value falls in; -1 below the first. */
  private static int bandOf(List<Band> bands, double value) {
    int found = -1;
    for (int i = 0; i < bands.size(); i++) {
      if (value >= bands.get(i).from()) {
        found = i;
      }
    }
    return found;
  }

  /** The name of the MTTFd band of a value in years, or null below the first band. */
  public String mttfdBand(double years) {
    int i = bandOf(mttfdBands, years);
    return i < 0 ? null : mttfdBands.get(i).name();
  }

  /** The name of the DCavg band of a value in per cent, or null below the first band. */
  public String dcBand(double percent) {
    int i = bandOf(dcBands, percent);
    return i < 0 ? null : dcBands.get(i).name();
  }

  /**
   * The PL (0 = a ... 4 = e) the simplified procedure gives a category with an MTTFd (years) and a
   * DCavg (per cent); -1 where it does not cover the combination.
   */
  public int level(String category, double mttfdYears, double dcPercent) {
    int m = bandOf(mttfdBands, mttfdYears);
    int dc = bandOf(dcBands, dcPercent);
    if (m < 0 || dc < 0) {
      return -1;
    }
    Row best = null;
    for (Row r : table) {
      if (r.category().equals(category) && r.dc() <= dc && (best == null || r.dc() > best.dc())) {
        best = r;
      }
    }
    Integer pl = best == null ? null : best.pl()[m];
    return pl == null ? -1 : pl;
  }

  /**
   * Whether a category gets its PL from the procedure with these points against common-cause
   * failure: categories 2, 3 and 4 need at least the minimum ({@code ccf} null: none declared).
   */
  public boolean ccfSufficient(String category, Integer ccf) {
    return !ccfCategories.contains(category) || ccf != null && ccf >= ccfMinimum;
  }

  /**
   * The lowest MTTFd band, or DCavg band, or both, that give the claimed PL: their lower ends as the
   * values to declare.
   */
  private void raise(RuleContext.FindingBuilder b, SafetyFunction f, String category, double mttfd, double dc, int want) {
    int m0 = bandOf(mttfdBands, mttfd);
    int d0 = bandOf(dcBands, dc);
    boolean single = false;
    for (int m = m0 + 1; m < mttfdBands.size(); m++) {
      if (level(category, mttfdBands.get(m).from(), dc) >= want) {
        b.fix(mttfd(f, m));
        single = true;
        break;
      }
    }
    for (int d = d0 + 1; d < dcBands.size(); d++) {
      if (level(category, mttfd, dcBands.get(d).from()) >= want) {
        b.fix(dc(f, d));
        single = true;
        break;
      }
    }
    for (int m = m0 + 1; !single && m < mttfdBands.size(); m++) {
      for (int d = d0 + 1; d < dcBands.size(); d++) {
        if (level(category, mttfdBands.get(m).from(), dcBands.get(d).from()) >= want) {
          b.fix(mttfd(f, m), dc(f, d));
          return;
        }
      }
    }
  }

  private Change mttfd(SafetyFunction f, int band) {
    return Change.set(f, "mttfd", Change.number(mttfdBands.get(band).from()) + " years"); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private Change dc(SafetyFunction f, int band) {
    return Change.set(f, "dc-avg", Change.number(dcBands.get(band).from()) + " %"); //$NON-NLS-1$ //$NON-NLS-2$
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.safetyFunctions()) {
        if (f.mttfdYears().isEmpty() || f.category().isEmpty()) {
          continue; // without MTTFd the procedure is not claimed; without a category the category rule speaks
        }
        check(context, f, f.category().get(), f.mttfdYears().get());
      }
    }
  }

  private void check(RuleContext context, SafetyFunction f, String category, double mttfd) {
    boolean needsDc = table.stream().anyMatch(r -> r.category().equals(category) && r.dc() > 0);
    Double dc = f.dcAvgPercent().orElse(needsDc ? null : 0.0);
    Integer ccf = f.ccfPoints().orElse(null);
    boolean needsCcf = ccfCategories.contains(category);
    if (dc == null || needsCcf && ccf == null) {
      List<String> missing = new ArrayList<>();
      if (dc == null) {
        missing.add("dc-avg"); //$NON-NLS-1$
      }
      if (needsCcf && ccf == null) {
        missing.add("ccf"); //$NON-NLS-1$
      }
      context.report(f).variant("incomplete").arg(Models.label(f)).arg(category).arg(String.join(", ", missing)) //$NON-NLS-1$ //$NON-NLS-2$
          .value("category", category).value("MTTFd", mttfd, context.term("years")).noFix("incomplete").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      return;
    }
    if (needsCcf && ccf < ccfMinimum) {
      context.report(f).variant("ccf").arg(Models.label(f)).arg(ccf).arg(category).arg(ccfMinimum) //$NON-NLS-1$
          .value("category", category).value("CCF", ccf, context.term("points")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .result("CCF required", ccfMinimum, context.term("points")) //$NON-NLS-1$ //$NON-NLS-2$
          .fix(Change.set(f, "ccf", String.valueOf((int) Math.ceil(ccfMinimum)))).add(); //$NON-NLS-1$
    }
    int pl = level(category, mttfd, dc);
    String mBand = mttfdBand(mttfd);
    String dBand = dcBand(dc);
    RuleContext.FindingBuilder b = pl < 0 ? context.report(f).variant("notCovered").noFix("notCovered") : null; //$NON-NLS-1$ //$NON-NLS-2$
    if (b == null && f.achievedPl().isPresent() && f.achievedPl().get().ordinal() > pl) {
      b = context.report(f).fix(Change.set(f, "achieved", PerformanceLevels.name(pl))); //$NON-NLS-1$
      raise(b, f, category, mttfd, dc, f.achievedPl().get().ordinal());
    }
    if (b == null) {
      return;
    }
    String achieved = f.achievedPl().map(p -> PerformanceLevels.name(p.ordinal())).orElse("-"); //$NON-NLS-1$
    String band = mBand == null ? "-" : context.term(mBand); //$NON-NLS-1$
    String dcName = dBand == null ? "-" : context.term(dBand); //$NON-NLS-1$
    b.arg(Models.label(f)).arg(achieved).arg(category).arg(band).arg(dcName).arg(pl < 0 ? "-" : PerformanceLevels.name(pl)) //$NON-NLS-1$
        .value("category", category).value("MTTFd", mttfd, context.term("years")).value("MTTFd band", band) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        .value("DCavg", dc, "%").value("DCavg band", dcName); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (ccf != null) {
      b.value("CCF", ccf, context.term("points")); //$NON-NLS-1$ //$NON-NLS-2$
    }
    b.value("PL", achieved).result("PL (simplified)", pl < 0 ? "-" : PerformanceLevels.name(pl)).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
