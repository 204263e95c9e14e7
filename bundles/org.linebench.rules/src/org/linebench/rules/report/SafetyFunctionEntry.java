package org.linebench.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.line.Hazard;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.NamedElement;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.checks.CategoryLimitsPerformanceLevel;
import org.linebench.rules.checks.PerformanceLevelFromPfhd;
import org.linebench.rules.checks.RequiredPerformanceLevel;
import org.linebench.rules.checks.SimplifiedPerformanceLevel;
import org.linebench.rules.internal.Editions;
import org.linebench.rules.internal.view.Views;

/**
 * One row of the safety functions of the technical file (ISO 13849-1 / GB/T 16855.1): a function
 * as the line declares it, and the performance levels the pack's own rules compute from it, with
 * the pack's data and the plant's edition: PLr from the risk graph ({@link RequiredPerformanceLevel};
 * a function without a risk of its own takes the highest risk of the hazards it is a measure of), the
 * PL its PFHd supports ({@link PerformanceLevelFromPfhd}), the PL of the simplified procedure
 * ({@link SimplifiedPerformanceLevel}) and the category's maximum ({@link CategoryLimitsPerformanceLevel}).
 * Levels are 0 (a) ... 4 (e); -1 where there is none.
 *
 * @param line the line's name
 * @param lineLabel its label, or ""
 * @param risk the risk the PLr comes from ({@code S2F1P2}), "" without one
 * @param hazard the hazard that risk is taken from, "" when it is the function's own
 * @param pfhdPl the PL the PFHd supports; -1 without a PFHd or a pack's band, -2 when too high for any PL
 * @param simplifiedPl the simplified procedure's PL; -1 when not claimed (no MTTFd), not covered, or no pack's table;
 *        {@link #CCF_TOO_LOW} when the category needs more points against common-cause failure than declared
 * @param categoryMax the category's highest PL; -1 without a category or a pack's data
 */
public record SafetyFunctionEntry(String line, String lineLabel, String name, String label, String station, List<String> devices,
    String risk, String hazard, int plr, int declared, String category, Double mttfdYears, Double dcAvgPercent, Integer ccf,
    Double pfhd, int pfhdPl, int simplifiedPl, int categoryMax) {

  /** The pfhdPl of a PFHd too high for any performance level. */
  public static final int TOO_HIGH = -2;
  /** The simplifiedPl of a function whose category needs more points against common-cause failure. */
  public static final int CCF_TOO_LOW = -3;

  public SafetyFunctionEntry {
    devices = List.copyOf(devices);
  }

  /** The safety functions of the plants (views already built), with the levels of the packs that check each plant. */
  static List<SafetyFunctionEntry> of(List<PlantModel> models, List<Plant> views, List<RulePack> packs) {
    List<SafetyFunctionEntry> out = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      Plant plant = views.get(i);
      Levels levels = Levels.of(plant, packs, models.get(i).plant().getJurisdiction());
      for (Line line : plant.lines()) {
        for (Station st : line.stations()) {
          for (SafetyFunction f : st.safetyFunctions()) {
            out.add(entry(line, st, f, levels));
          }
        }
      }
    }
    return out;
  }

  /** The safety functions of the plants, with the levels of the packs that check each plant. */
  public static List<SafetyFunctionEntry> of(List<PlantModel> models, List<RulePack> packs) {
    return of(models, models.stream().map(Views::of).toList(), packs);
  }

  private static SafetyFunctionEntry entry(Line line, Station st, SafetyFunction f, Levels levels) {
    String risk = f.risk().map(r -> r.code()).orElse(""); //$NON-NLS-1$
    String hazard = ""; //$NON-NLS-1$
    int plr = levels.required(risk);
    if (risk.isEmpty()) {
      for (Hazard h : line.hazards()) {
        if (h.risk().isPresent() && h.measures().contains(f) && levels.required(h.risk().get().code()) >= plr) {
          risk = h.risk().get().code();
          hazard = h.name();
          plr = levels.required(risk);
        }
      }
    }
    int declared = f.achievedPl().map(Enum::ordinal).orElse(-1);
    String category = f.category().orElse(""); //$NON-NLS-1$
    int pfhdPl = f.pfhd().map(levels::fromPfhd).orElse(-1);
    int simplified = -1;
    if (f.mttfdYears().isPresent() && !category.isEmpty()) {
      simplified = levels.ccfSufficient(category, f.ccfPoints().orElse(null))
          ? levels.simplified(category, f.mttfdYears().get(), f.dcAvgPercent().orElse(0.0)) : CCF_TOO_LOW;
    }
    return new SafetyFunctionEntry(line.name(), line.label().orElse(""), f.name(), f.label().orElse(""), st.name(), //$NON-NLS-1$ //$NON-NLS-2$
        f.devices().stream().map(NamedElement::name).toList(), risk, hazard, plr, declared, category, f.mttfdYears().orElse(null),
        f.dcAvgPercent().orElse(null), f.ccfPoints().orElse(null), f.pfhd().orElse(null), pfhdPl, simplified,
        category.isEmpty() ? -1 : levels.categoryMax(category));
  }

  /**
   * The PL the function can be credited with: the declared one, capped by what its PFHd, the
   * simplified procedure and its category allow; -1 when it declares none, its PFHd is too high or
   * its category lacks the points against common-cause failure the procedure needs.
   */
  public int effective() {
    if (declared < 0 || pfhdPl == TOO_HIGH || simplifiedPl == CCF_TOO_LOW) {
      return -1;
    }
    int pl = declared;
    for (int cap : new int[] {pfhdPl, simplifiedPl, categoryMax}) {
      if (cap >= 0) {
        pl = Math.min(pl, cap);
      }
    }
    return pl;
  }

  /** Whether the function meets its PLr; empty when the PLr is not known (no risk, no pack's risk graph). */
  public Optional<Boolean> meetsPlr() {
    return plr < 0 ? Optional.empty() : Optional.of(effective() >= plr);
  }

  /** {@code PLd} for 3, "-" for none. */
  public static String pl(int level) {
    return level < 0 || level > 4 ? "-" : "PL" + "abcde".charAt(level); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  /** A PFHd as written in the line language: {@code 4.2e-8}. */
  public static String pfhd(double v) {
    String s = String.format(Locale.ROOT, "%.2e", v); //$NON-NLS-1$
    int e = s.indexOf('e');
    String mantissa = s.substring(0, e).replaceAll("\\.?0+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    return mantissa + "e" + Integer.parseInt(s.substring(e + 1).replace("+", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  /** The pack rules that compute performance levels, as they check one plant (its edition chosen). */
  private record Levels(RequiredPerformanceLevel required, PerformanceLevelFromPfhd pfhd, SimplifiedPerformanceLevel simplified,
      CategoryLimitsPerformanceLevel category) {

    static Levels of(Plant plant, List<RulePack> packs, String country) {
      List<RulePack> checking = packs.stream().filter(p -> p.covers(country)).toList();
      if (checking.isEmpty() && country == null) {
        checking = packs; // the packs chosen by name check a plant that names no country
      }
      RequiredPerformanceLevel r = null;
      PerformanceLevelFromPfhd p = null;
      SimplifiedPerformanceLevel s = null;
      CategoryLimitsPerformanceLevel c = null;
      for (RulePack pack : checking) {
        for (RuleDescriptor d : pack.rules()) {
          Rule rule = Editions.choose(d, plant.editions()).rule().rule();
          r = r == null && rule instanceof RequiredPerformanceLevel x ? x : r;
          p = p == null && rule instanceof PerformanceLevelFromPfhd x ? x : p;
          s = s == null && rule instanceof SimplifiedPerformanceLevel x ? x : s;
          c = c == null && rule instanceof CategoryLimitsPerformanceLevel x ? x : c;
        }
      }
      return new Levels(r, p, s, c);
    }

    int required(String risk) {
      return required == null || risk.isEmpty() ? -1 : required.required(risk);
    }

    int fromPfhd(double v) {
      if (pfhd == null) {
        return -1;
      }
      int pl = pfhd.level(v);
      return pl < 0 ? TOO_HIGH : pl;
    }

    int simplified(String category, double mttfd, double dc) {
      return simplified == null ? -1 : simplified.level(category, mttfd, dc);
    }

    boolean ccfSufficient(String category, Integer ccf) {
      return simplified == null || simplified.ccfSufficient(category, ccf);
    }

    int categoryMax(String c) {
      return category == null ? -1 : category.maxPl(c);
    }
  }
}
