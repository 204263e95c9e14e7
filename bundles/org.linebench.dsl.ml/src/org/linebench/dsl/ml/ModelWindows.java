package org.linebench.dsl.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.SeriesSpec;
import org.linebench.ml.card.Window;

/**
 * The windows of a model trained on series, against the sampling rate of a sensor it reads: a
 * window over time must hold readings, and a window of rows spans the time it spanned in training
 * only when the sensor samples as often as the training data did.
 */
final class ModelWindows {
  /** Fewer readings than this in a window give no standard deviation or slope. */
  private static final double MIN_READINGS = 2;
  /** Training and station intervals further apart than this factor change what a row window means. */
  private static final double RATE_FACTOR = 1.5;

  private ModelWindows() {}

  /** Localized warnings for a sensor sampling at {@code hertz}; empty when all is well or nothing is known. */
  static List<String> check(ModelCard card, String model, String sensor, double hertz) {
    SeriesSpec spec = card.series();
    List<String> warnings = new ArrayList<>();
    if (spec == null || spec.windows() == null || !(hertz > 0)) {
      return warnings;
    }
    double sensorInterval = 1 / hertz;
    Double trained = spec.interval() != null && spec.secondsPerTimeUnit() != null ? spec.interval() * spec.secondsPerTimeUnit() : null;
    for (String text : spec.windows()) {
      Window w;
      try {
        w = Window.parse(text);
      } catch (IllegalArgumentException e) {
        continue; // a card of a later version: nothing to say about it
      }
      if (!w.inRows()) {
        double readings = w.seconds() * hertz;
        if (readings < MIN_READINGS) {
          warnings.add(NLS.bind(Messages.Model_windowFewReadings, new Object[] {text, model, number(readings), sensor, number(hertz)}));
        }
      } else if (trained != null && trained > 0
          && (trained / sensorInterval > RATE_FACTOR || sensorInterval / trained > RATE_FACTOR)) {
        warnings.add(NLS.bind(Messages.Model_windowRate, new Object[] {model, seconds(trained), sensor, seconds(sensorInterval), text,
            seconds(w.rows() * trained), seconds(w.rows() * sensorInterval)}));
      }
    }
    return warnings;
  }

  private static String number(double d) {
    return java.math.BigDecimal.valueOf(d).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** A time in the unit that reads best: ms, s, min or h. */
  private static String seconds(double s) {
    if (s < 1) {
      return number(s * 1000) + " ms"; //$NON-NLS-1$
    }
    if (s < 120) {
      return number(s) + " s"; //$NON-NLS-1$
    }
    return s < 7200 ? number(s / 60) + " min" : String.format(Locale.ROOT, "%s h", number(s / 3600)); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
