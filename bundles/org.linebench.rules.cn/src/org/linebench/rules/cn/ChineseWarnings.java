package org.linebench.rules.cn;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.Hazard;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.OperatorText;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.api.line.StationKind;
import org.linebench.rules.api.line.TextKind;

/**
 * Product Quality Law of the PRC, art. 27 (5), with GB 2894 signs: equipment that can endanger
 * people carries a warning in Chinese. Every station with a hazard zone or of a hazardous kind
 * (robot cell, welding, machining) has a {@code text warning zh "..."}.
 * <p>
 * Fix: the GB 2894 warning signs for the kinds of the station's hazards (in the line's risk
 * register) or, when it has none, for the station's kind, or the general warning sign; the signs are
 * the pack's data ({@code signs}: {@code hazardKinds}, {@code stationKinds}, {@code general}). The
 * sign is still to be put up at the station; a specific warning is the engineer's to write. Without
 * the data: no fix (a translation is a person's work).
 */
public class ChineseWarnings implements Rule {
  private final Map<String, String> hazardSigns = new LinkedHashMap<>();
  private final Map<String, String> stationSigns = new LinkedHashMap<>();
  private String language;
  private String general;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    language = data.string("language"); //$NON-NLS-1$
    if (data.has("signs")) { //$NON-NLS-1$
      RuleData signs = data.object("signs"); //$NON-NLS-1$
      general = signs.string("general"); //$NON-NLS-1$
      read(signs.object("hazardKinds"), hazardSigns); //$NON-NLS-1$
      read(signs.object("stationKinds"), stationSigns); //$NON-NLS-1$
    }
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      StationKind kind = st.kind().orElse(null);
      if (st.zones().isEmpty() && (kind == null || !kind.hazardous())) {
        continue;
      }
      boolean warned = false;
      for (OperatorText t : st.texts()) {
        warned |= t.kind() == TextKind.WARNING && language.equals(t.language()) && Chinese.has(t.text());
      }
      if (!warned) {
        RuleContext.FindingBuilder f = context.report(st).arg(st.name()).arg(language).value("zones", String.valueOf(st.zones().size())) //$NON-NLS-1$
            .value("kind", kind == null ? "-" : context.term(kind.literal())); //$NON-NLS-1$ //$NON-NLS-2$
        String sign = general == null ? null : signs(context, st, kind);
        (sign == null ? f.noFix("needs-translation") : f.fix(Change.add(st, "text", "warning " + language + " \"" + sign + "\""))).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      }
    }
  }

  private static void read(RuleData d, Map<String, String> into) throws RuleDataException {
    for (String k : d.keys()) {
      String sign = d.string(k);
      if (!Chinese.has(sign) || sign.indexOf('"') >= 0 || sign.indexOf('\\') >= 0) {
        throw new RuleDataException(d.where() + ": the sign for " + k + " is not a Chinese text"); //$NON-NLS-1$ //$NON-NLS-2$
      }
      into.put(k, sign);
    }
  }

  /** The signs for the kinds of the station's hazards, else for its kind, else the general warning; joined by "；". */
  private String signs(RuleContext context, Station st, StationKind kind) {
    Set<String> out = new LinkedHashSet<>();
    for (Line l : context.lines()) {
      for (Hazard h : l.hazards()) {
        if (h.zone().isPresent() && st.zones().contains(h.zone().get()) && h.type().isPresent() && hazardSigns.containsKey(h.type().get())) {
          out.add(hazardSigns.get(h.type().get()));
        }
      }
    }
    String word = kind == null ? null : kind.name().toLowerCase(Locale.ROOT).replace('_', '-'); // robot-cell, as the line writes it
    if (out.isEmpty() && stationSigns.containsKey(word)) {
      out.add(stationSigns.get(word));
    }
    return out.isEmpty() ? general : String.join("\uff1b", out); //$NON-NLS-1$
  }
}
