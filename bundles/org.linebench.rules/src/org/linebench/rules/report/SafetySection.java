package org.linebench.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linebench.rules.report.Document.Block;
import org.linebench.rules.report.Document.Paragraph;
import org.linebench.rules.report.Document.Table;

/**
 * The section "safety functions" of the technical file: a table per line of every safety function,
 * what it uses, its PLr, the PL it declares, its category, MTTFd / DCavg / CCF, PFHd, the PL its
 * figures reach as the packs' rules compute it, and whether it meets its PLr; at most
 * {@link Document#DETAIL_CAP} rows in all, and a count of the rest.
 */
final class SafetySection {
  private static final String[] HEADER = {"safety.function", "safety.uses", "safety.plr", "safety.declared", "safety.category", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      "safety.reliability", "safety.pfhd", "safety.reached", "safety.meets"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

  private SafetySection() {}

  static List<Block> blocks(List<SafetyFunctionEntry> entries, Texts t) {
    if (entries.isEmpty()) {
      return List.of(new Paragraph(t.get("safety.none"), false)); //$NON-NLS-1$
    }
    List<String> header = new ArrayList<>();
    for (String h : HEADER) {
      header.add(t.get(h));
    }
    List<Block> out = new ArrayList<>();
    List<List<String>> rows = null;
    String line = null;
    for (SafetyFunctionEntry e : entries.subList(0, Math.min(entries.size(), Document.DETAIL_CAP))) {
      if (!e.line().equals(line)) {
        line = e.line();
        out.add(new Paragraph(t.get("doc.line") + " " + label(e.line(), e.lineLabel()), true)); //$NON-NLS-1$ //$NON-NLS-2$
        rows = new ArrayList<>();
        out.add(new Table(header, rows));
      }
      rows.add(row(e, t));
    }
    if (entries.size() > Document.DETAIL_CAP) {
      out.add(new Paragraph(t.bind("safety.more", entries.size() - Document.DETAIL_CAP), false)); //$NON-NLS-1$
    }
    return out;
  }

  static List<String> row(SafetyFunctionEntry e, Texts t) {
    String uses = e.station() + " / " + (e.devices().isEmpty() ? "-" : String.join(", ", e.devices())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String plr = e.risk().isEmpty() ? "-" //$NON-NLS-1$
        : SafetyFunctionEntry.pl(e.plr()) + " (" + (e.hazard().isEmpty() ? "" : e.hazard() + ": ") + e.risk() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    String reliability = e.mttfdYears() == null && e.dcAvgPercent() == null && e.ccf() == null ? "-" //$NON-NLS-1$
        : (e.mttfdYears() == null ? "-" : t.bind("safety.years", number(e.mttfdYears()))) + " / " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            + (e.dcAvgPercent() == null ? "-" : number(e.dcAvgPercent()) + " %") + " / " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            + (e.ccf() == null ? "-" : e.ccf().toString()); //$NON-NLS-1$
    List<String> reached = new ArrayList<>();
    if (e.pfhdPl() == SafetyFunctionEntry.TOO_HIGH) {
      reached.add(t.get("safety.pfhdTooHigh")); //$NON-NLS-1$
    } else if (e.pfhdPl() >= 0) {
      reached.add(t.bind("safety.byPfhd", SafetyFunctionEntry.pl(e.pfhdPl()))); //$NON-NLS-1$
    }
    if (e.simplifiedPl() == SafetyFunctionEntry.CCF_TOO_LOW) {
      reached.add(t.bind("safety.ccfTooLow", e.ccf() == null ? "-" : e.ccf())); //$NON-NLS-1$ //$NON-NLS-2$
    } else if (e.simplifiedPl() >= 0) {
      reached.add(t.bind("safety.bySimplified", SafetyFunctionEntry.pl(e.simplifiedPl()))); //$NON-NLS-1$
    }
    if (e.categoryMax() >= 0 && e.categoryMax() < e.declared()) {
      reached.add(t.bind("safety.byCategory", SafetyFunctionEntry.pl(e.categoryMax()), e.category())); //$NON-NLS-1$
    }
    String meets = e.meetsPlr().map(m -> t.get(m ? "doc.yes" : "doc.no")).orElse("-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    return List.of(label(e.name(), e.label()), uses, plr, SafetyFunctionEntry.pl(e.declared()), e.category().isEmpty() ? "-" : e.category(), //$NON-NLS-1$
        reliability, e.pfhd() == null ? "-" : SafetyFunctionEntry.pfhd(e.pfhd()), reached.isEmpty() ? "-" : String.join(", ", reached), meets); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
  }

  private static String label(String name, String label) {
    return label == null || label.isEmpty() ? name : name + " \u201c" + label + "\u201d"; //$NON-NLS-1$ //$NON-NLS-2$
  }
}
