package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.linebench.sim.Durations;
import org.linebench.sim.model.WeekCalendar;
import org.linebench.sim.random.Sampler;
import org.linebench.sim.random.Samplers;
import org.linebench.sim.stats.Estimate;
import org.linebench.sim.stats.Histogram;
import org.linebench.sim.stats.StudentT;
import org.linebench.sim.stats.Welford;

/** Distributions, streaming statistics, confidence intervals, the week calendar and durations. */
class StatisticsTest {

  private static double[] moments(Sampler s, int n) {
    SplittableRandom r = new SplittableRandom(3);
    Welford w = new Welford();
    for (int i = 0; i < n; i++) {
      w.add(s.sample(r));
    }
    return new double[] {w.mean(), Math.sqrt(w.variance())};
  }

  @Test
  void samplersHaveTheirMeansAndSpreads() {
    int n = 400_000;
    double[] e = moments(Samplers.exponential(30), n);
    assertEquals(30, e[0], 0.3);
    assertEquals(30, e[1], 0.3);
    double[] t = moments(Samplers.triangular(50, 55, 62), n);
    assertEquals((50 + 55 + 62) / 3.0, t[0], 0.02);
    assertEquals(Math.sqrt((50 * 50 + 55 * 55 + 62 * 62 - 50 * 55 - 50 * 62 - 55 * 62) / 18.0), t[1], 0.02);
    double[] l = moments(Samplers.lognormal(55, 4), n);
    assertEquals(55, l[0], 0.05);
    assertEquals(4, l[1], 0.05);
    double[] w = moments(Samplers.weibull(400, 1.5), n);
    assertEquals(400, w[0], 2);
    assertEquals(400 * Math.sqrt(Math.exp(Samplers.logGamma(1 + 2 / 1.5)) / Math.pow(Math.exp(Samplers.logGamma(1 + 1 / 1.5)), 2) - 1),
        w[1], 3);
    double[] m = moments(Samplers.empirical(new double[] {40, 44, 48}), n);
    assertEquals(44, m[0], 0.05);
    assertEquals(Samplers.weibull(10, 1).mean(), 10, 1e-9);
    assertEquals(Math.log(24), Samplers.logGamma(5), 1e-12, "Γ(5) = 4!");
    assertEquals(Math.log(Math.sqrt(Math.PI)), Samplers.logGamma(0.5), 1e-12);
  }

  @Test
  void studentQuantilesAndIntervals() {
    assertEquals(12.706205, StudentT.quantile(0.975, 1), 1e-5);
    assertEquals(2.262157, StudentT.quantile(0.975, 9), 1e-6);
    assertEquals(2.045230, StudentT.quantile(0.975, 29), 1e-6);
    assertEquals(1.983972, StudentT.quantile(0.975, 100), 1e-6);
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4});
    assertEquals(2.5, e.mean(), 1e-12);
    assertEquals(StudentT.quantile(0.975, 3) * Math.sqrt(5.0 / 3) / 2, e.halfWidth(), 1e-12);
    assertTrue(Double.isNaN(Estimate.of(new double[] {7}).halfWidth()), "one replication gives no interval");
  }

  @Test
  void aHistogramWeighsLevelsByTime() {
    Histogram h = new Histogram(3, 0);
    h.set(2, 10); // level 0 for 10
    h.set(3, 15); // level 2 for 5
    h.close(20); // level 3 for 5
    assertArrayEquals(new double[] {10, 0, 5, 5}, h.times(), 1e-12);
    assertEquals((2 * 5 + 3 * 5) / 20.0, h.mean(), 1e-12);
    Histogram wide = new Histogram(100, 0);
    assertEquals(Histogram.MAX_BINS, wide.times().length, "fixed bins, whatever the capacity");
    assertEquals(5, wide.binWidth());
  }

  @Test
  void theWeekCalendarMapsWorkingTimeToTheClock() {
    // two shifts Monday to Friday, a 30 min break each; a planned stop Friday 20:00 for 2 h
    WeekCalendar c = WeekCalendar.of(List.of(new WeekCalendar.ShiftSpec("Early", 360, 840, List.of(new double[] {600, 30})),
        new WeekCalendar.ShiftSpec("Late", 840, 1320, List.of(new double[] {1080, 30}))),
        new boolean[] {true, true, true, true, true, false, false}, List.<double[]>of(new double[] {4, 1200, 120}));
    assertEquals((5 * 15 - 2) * 3600, c.workingPerWeek(), 1e-9);
    assertEquals(6 * 3600, c.toWall(0), 1e-9, "Monday 06:00");
    assertEquals(10.5 * 3600, c.toWall(4 * 3600), 1e-9, "after the break");
    assertEquals(4 * 3600, c.toWorking(10.5 * 3600), 1e-9);
    assertEquals(4 * 3600, c.toWorking(10.2 * 3600), 1e-9, "during the break the working time stands still");
    double w = c.workingPerWeek() + 3600;
    assertEquals(WeekCalendar.WEEK + 7 * 3600, c.toWall(w), 1e-9, "the second Monday");
    for (double x = 0; x < 3 * c.workingPerWeek(); x += 1234.5) {
      assertEquals(x, c.toWorking(c.toWall(x)), 1e-6);
    }
    double[] occ = c.occurrences(0, 2 * WeekCalendar.WEEK);
    assertEquals(10, occ[0], 1e-9);
    assertEquals(10, occ[1], 1e-9);
    assertEquals(0.5, c.occurrences(6 * 3600, 9.75 * 3600)[0], 1e-9, "half the working time of Monday's early shift");
  }

  @Test
  void durations() {
    assertEquals(365 * 86400, Durations.parse("1y"), 0);
    assertEquals(5400, Durations.parse("90min"), 0);
    assertEquals(1.5 * 86400, Durations.parse("1.5d"), 0);
    assertEquals(-1, Durations.parse("1 year"), 0);
    assertEquals("7.1 min", Durations.format(426));
    assertEquals("365 d", Durations.format(365 * 86400));
    assertTrue(Durations.format(Double.NaN).equals("-"));
  }
}
