package org.linebench.ml.cli;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.EventFigures;
import org.linebench.ml.card.RulFigures;
import org.linebench.ml.card.Split;
import org.linebench.ml.train.TrainingResult;

/** The lines of the training report on the split and on remaining useful life. */
final class SeriesReport {
  /** Units named in the line of the worst. */
  private static final int WORST = 5;

  private SeriesReport() {}

  /** How the figures were made. */
  static String split(TrainingResult result) {
    Split s = result.series().split();
    return switch (s.kind()) {
      case Split.GROUPED -> NLS.bind(Messages.Report_splitGrouped, new Object[] {s.folds(), s.group(), s.seed()});
      case Split.FORWARD -> NLS.bind(Messages.Report_splitForward, new Object[] {s.time(), s.folds(),
          s.gap() == null ? "" : NLS.bind(Messages.Report_forwardGap, s.gap())}); //$NON-NLS-1$
      case Split.HOLDOUT -> NLS.bind(Messages.Report_splitHoldout, s.test(), s.testRows());
      case Split.SHUFFLED -> NLS.bind(Messages.Report_splitShuffled, s.folds(), s.seed());
      default -> NLS.bind(Messages.Report_splitStratified, s.folds(), s.seed());
    };
  }

  /** The remaining-useful-life figures, or nothing. */
  static String rul(TrainingResult result) {
    RulFigures r = result.series().rul();
    if (r == null) {
      return ""; //$NON-NLS-1$
    }
    StringBuilder b = new StringBuilder();
    b.append(NLS.bind(Messages.Report_rul, new Object[] {f(r.rmse()), f(r.mae()), f(r.score()), f(r.meanScore()), r.rows(), r.units().size()}))
        .append('\n');
    if (r.lastRowsOnly()) {
      b.append(Messages.Report_rulLast).append('\n');
    }
    b.append(NLS.bind(Messages.Report_rulWorst, r.units().stream().limit(WORST)
        .map(u -> u.unit() + " " + f(u.rmse())).collect(Collectors.joining(", ")))).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
    return b.toString();
  }

  /** The figures of the warnings before failure events, or nothing. */
  static String events(TrainingResult result) {
    EventFigures e = result.series().events();
    if (e == null) {
      return ""; //$NON-NLS-1$
    }
    StringBuilder b = new StringBuilder();
    b.append(NLS.bind(Messages.Report_events, new Object[] {e.caught(), e.events(), f(e.recall()), g(e.horizon())})).append('\n');
    b.append(NLS.bind(Messages.Report_alarms, new Object[] {e.alarms(), e.trueAlarms(), f(e.precision()),
        e.falseAlarmsPerUnitMonth() == null ? NLS.bind(Messages.Report_falseAlarms1000, f(e.falseAlarmsPerUnit1000()))
            : NLS.bind(Messages.Report_falseAlarmsMonth, f(e.falseAlarmsPerUnitMonth()))})).append('\n');
    if (e.leadTimes().length == 5) {
      double[] l = e.leadTimes();
      b.append(NLS.bind(Messages.Report_leadTimes, new Object[] {g(l[2]), g(l[1]), g(l[3]), g(l[0]), g(l[4])})).append('\n');
    }
    return b.append('\n').toString();
  }

  /** A time in the time column's units, without trailing zeros. */
  private static String g(double d) {
    return java.math.BigDecimal.valueOf(d).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.3f", d); //$NON-NLS-1$
  }
}
