package org.linebench.sim.random;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/** The distributions of the line language, by their parameters in seconds. */
public final class Samplers {
  private Samplers() {}

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4g", v); //$NON-NLS-1$
  }

  public static Sampler constant(double value) {
    check(value >= 0, "constant < 0"); //$NON-NLS-1$
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        return value;
      }

      @Override
      public double mean() {
        return value;
      }

      @Override
      public String describe() {
        return "constant(" + f(value) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
      }
    };
  }

  public static Sampler exponential(double mean) {
    check(mean > 0, "exponential mean <= 0"); //$NON-NLS-1$
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        return -mean * Math.log(1.0 - r.nextDouble());
      }

      @Override
      public double mean() {
        return mean;
      }

      @Override
      public String describe() {
        return "exponential(" + f(mean) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
      }
    };
  }

  /** Triangular between {@code low} and {@code high} with its mode at {@code mode}. */
  public static Sampler triangular(double low, double mode, double high) {
    check(low <= mode && mode <= high && low < high && low >= 0, "triangular needs 0 <= low <= mode <= high, low < high"); //$NON-NLS-1$
    double split = (mode - low) / (high - low);
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        double u = r.nextDouble();
        return u < split ? low + Math.sqrt(u * (high - low) * (mode - low))
            : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
      }

      @Override
      public double mean() {
        return (low + mode + high) / 3;
      }

      @Override
      public String describe() {
        return "triangular(" + f(low) + ", " + f(mode) + ", " + f(high) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      }
    };
  }

  /** Lognormal with the given mean and standard deviation (of the values, not of their logarithm). */
  public static Sampler lognormal(double mean, double sd) {
    check(mean > 0 && sd > 0, "lognormal needs mean > 0 and sd > 0"); //$NON-NLS-1$
    double s2 = Math.log(1 + sd * sd / (mean * mean));
    double sigma = Math.sqrt(s2);
    double mu = Math.log(mean) - s2 / 2;
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        return Math.exp(mu + sigma * r.nextGaussian());
      }

      @Override
      public double mean() {
        return mean;
      }

      @Override
      public String describe() {
        return "lognormal(" + f(mean) + ", sd " + f(sd) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    };
  }

  /** Normal, cut at zero (a negative draw is drawn again). */
  public static Sampler normal(double mean, double sd) {
    check(mean > 0 && sd > 0, "normal needs mean > 0 and sd > 0"); //$NON-NLS-1$
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        for (int i = 0; i < 64; i++) {
          double x = mean + sd * r.nextGaussian();
          if (x >= 0) {
            return x;
          }
        }
        return 0;
      }

      @Override
      public double mean() {
        return mean;
      }

      @Override
      public String describe() {
        return "normal(" + f(mean) + ", sd " + f(sd) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    };
  }

  /** Weibull with the given mean and shape k (k = 1: exponential; k &gt; 1: wear-out). */
  public static Sampler weibull(double mean, double shape) {
    check(mean > 0 && shape > 0, "weibull needs mean > 0 and shape > 0"); //$NON-NLS-1$
    double scale = mean / Math.exp(logGamma(1 + 1 / shape));
    double inverse = 1 / shape;
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        return scale * Math.pow(-Math.log(1.0 - r.nextDouble()), inverse);
      }

      @Override
      public double mean() {
        return mean;
      }

      @Override
      public String describe() {
        return "weibull(" + f(mean) + ", shape " + f(shape) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    };
  }

  /** The observed values, each drawn with the same probability. */
  public static Sampler empirical(double[] values) {
    check(values.length > 0, "no values"); //$NON-NLS-1$
    double[] v = values.clone();
    Arrays.sort(v);
    check(v[0] >= 0, "negative value"); //$NON-NLS-1$
    double mean = Arrays.stream(v).average().orElse(0);
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        return v[r.nextInt(v.length)];
      }

      @Override
      public double mean() {
        return mean;
      }

      @Override
      public String describe() {
        return "empirical(" + v.length + " values, mean " + f(mean) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    };
  }

  /** The same distribution scaled by a factor (a shorter cycle in a what-if). */
  public static Sampler scaled(Sampler s, double factor) {
    return new Sampler() {
      @Override
      public double sample(SplittableRandom r) {
        return factor * s.sample(r);
      }

      @Override
      public double mean() {
        return factor * s.mean();
      }

      @Override
      public String describe() {
        return f(factor) + " × " + s.describe(); //$NON-NLS-1$
      }
    };
  }

  /** ln Γ(x) for x &gt; 0 (Lanczos, g = 7; relative error below 1e-13). */
  public static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    x -= 1;
    double a = c[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(what);
    }
  }
}
