package org.linebench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linebench.sim.Simulation;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.random.Samplers;
import org.linebench.sim.stats.Estimate;

/**
 * The kernel against queueing theory: each figure within 1 % of the formula and inside the
 * replications' 95 % confidence interval. Time unit: one second; seeded, so every run is the same.
 */
class QueueingTheoryTest {

  /** Asserts an estimate against its exact value: within 1 % and inside the interval (and the interval not wider than 1 %). */
  static void assertTheory(double exact, Estimate e, String what) {
    String m = what + ": exact " + exact + ", simulated " + e.mean() + " ± " + e.halfWidth();
    assertTrue(Math.abs(e.mean() - exact) <= 0.01 * Math.abs(exact), m + " (not within 1 %)");
    assertTrue(e.contains(exact), m + " (not inside the 95 % interval)");
    assertTrue(e.halfWidth() <= 0.01 * Math.abs(exact), m + " (interval wider than 1 %: the test would prove little)");
  }

  static SimulationResult run(SimModel model, double horizon, int replications) throws Exception {
    return Simulation.run(model, new Simulation.Options(horizon, horizon / 50, replications, 1, false), Simulation.Monitor.NONE);
  }

  /** Source with Poisson arrivals (rate 1) → unbounded queue → one server. */
  static SimModel singleServer(String name, org.linebench.sim.random.Sampler service) {
    SimModel.Builder b = SimModel.builder(name);
    int in = b.source("In", Samplers.exponential(1.0), false);
    int q = b.buffer("Q", 1_000_000);
    int s = b.station("S", service);
    int out = b.sink("Out");
    b.route(in, q).route(q, s).route(s, out);
    return b.build();
  }

  @Test
  void mm1NumberInSystemAndLittlesLaw() throws Exception {
    double rho = 0.6;
    SimulationResult r = run(singleServer("MM1", Samplers.exponential(rho)), 400_000, 10);
    assertTheory(rho / (1 - rho), r.wip(), "M/M/1 L = ρ/(1−ρ)");
    assertTheory(rho / (1 - rho), r.leadTime(), "M/M/1 W = 1/(μ−λ) (λ = 1)");
    assertTheory(3600, r.throughput(), "throughput = λ");
    assertTrue(r.littleGap() < 0.002, "Little's law: " + r.littleGap());
    assertTheory(rho, r.station("S").orElseThrow().state(SimulationResult.State.WORKING), "utilisation = ρ");
  }

  @Test
  void mg1PollaczekKhinchine() throws Exception {
    // service triangular(0.4, 0.8, 1.2): mean 0.8, variance 0.48/18
    double mean = 0.8;
    double variance = (0.16 + 0.64 + 1.44 - 0.32 - 0.48 - 0.96) / 18;
    double rho = mean;
    double lq = rho * rho * (1 + variance / (mean * mean)) / (2 * (1 - rho));
    SimulationResult r = run(singleServer("MG1", Samplers.triangular(0.4, 0.8, 1.2)), 400_000, 10);
    assertTheory(lq + rho, r.wip(), "M/G/1 L = ρ + ρ²(1+Cs²)/(2(1−ρ))");
    assertTheory(lq + rho, r.leadTime(), "M/G/1 W = L/λ (λ = 1)");
  }

  @Test
  void mm1kBlockingProbability() throws Exception {
    double rho = 0.8;
    int k = 5; // places in the system: K − 1 in the queue, one in service
    SimModel.Builder b = SimModel.builder("MM1K");
    int in = b.source("In", Samplers.exponential(1.0), true);
    int q = b.buffer("Q", k - 1);
    int s = b.station("S", Samplers.exponential(rho));
    int out = b.sink("Out");
    b.route(in, q).route(q, s).route(s, out);
    SimulationResult r = run(b.build(), 400_000, 10);
    double blocking = (1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1));
    assertTheory(blocking, r.lost(), "M/M/1/K blocking probability (1−ρ)ρ^K/(1−ρ^(K+1))");
    double l = 0;
    double norm = 0;
    for (int n = 0; n <= k; n++) {
      l += n * Math.pow(rho, n);
      norm += Math.pow(rho, n);
    }
    assertTheory(l / norm, r.wip(), "M/M/1/K mean number in system");
  }

  /** Two exponential stations, a buffer of B places between them, the first never starved, the second never blocked. */
  static SimModel twoStations(double mu1, double mu2, int b) {
    SimModel.Builder m = SimModel.builder("Two");
    int in = m.source("In");
    int s1 = m.station("S1", Samplers.exponential(1 / mu1));
    int s2 = m.station("S2", Samplers.exponential(1 / mu2));
    int out = m.sink("Out");
    m.route(in, s1);
    if (b > 0) {
      int q = m.buffer("B", b);
      m.route(s1, q).route(q, s2);
    } else {
      m.route(s1, s2);
    }
    m.route(s2, out);
    return m.build();
  }

  @Test
  void twoStationLineWithEqualRates() throws Exception {
    for (int b : new int[] {0, 2, 5}) {
      SimulationResult r = run(twoStations(1, 1, b), 200_000, 10);
      assertTheory(3600.0 * (b + 2) / (b + 3), r.throughput(), "two stations, equal rates, B = " + b + ": μ(B+2)/(B+3)");
    }
  }

  @Test
  void twoStationLineWithUnequalRates() throws Exception {
    for (double[] rates : new double[][] {{1, 1.25}, {1.25, 1}}) {
      int b = 3;
      double mu1 = rates[0];
      double mu2 = rates[1];
      double ratio = mu1 / mu2;
      double exact = mu1 * (1 - Math.pow(ratio, b + 2)) / (1 - Math.pow(ratio, b + 3));
      SimulationResult r = run(twoStations(mu1, mu2, b), 200_000, 10);
      assertTheory(3600 * exact, r.throughput(), "two stations μ1 = " + mu1 + ", μ2 = " + mu2 + ", B = " + b
          + ": μ1(1−r^(B+2))/(1−r^(B+3))");
    }
  }

  /** Stations of cycle 1 s, exponential failures (MTTF in working time) and repairs, buffers of {@code b} places between them. */
  static SimModel unreliableLine(double[] mttf, double[] mttr, int b) {
    SimModel.Builder m = SimModel.builder("Unreliable");
    int previous = m.source("In");
    for (int i = 0; i < mttf.length; i++) {
      int s = m.station("S" + i, Samplers.constant(1));
      m.failures(s, Samplers.exponential(mttf[i]), Samplers.exponential(mttr[i]));
      if (i > 0 && b > 0) {
        int q = m.buffer("B" + i, b);
        m.route(previous, q);
        m.route(q, s);
      } else {
        m.route(previous, s);
      }
      previous = s;
    }
    m.route(previous, m.sink("Out"));
    return m.build();
  }

  /**
   * Buzacott's bounds for a line of unreliable stations of equal cycle c: with no buffers the line
   * stops whenever a station fails, 1/(c(1 + Σ MTTR/MTTF)); with unlimited buffers the worst station
   * alone limits it, MTTF/(MTTF + MTTR)/c. (In continuous time two stations may fail within the same
   * cycle and repair side by side, which the zero-buffer formula does not count: failures are rare
   * against the cycle here, so that it is below 0.1 %.) Between them throughput rises with the buffer size.
   */
  @Test
  void buzacottBoundsAndMonotonicityInBufferSize() throws Exception {
    double[] mttf = {600, 400, 500};
    double[] mttr = {60, 50, 40};
    double sum = 0;
    double worst = 1;
    for (int i = 0; i < mttf.length; i++) {
      sum += mttr[i] / mttf[i];
      worst = Math.min(worst, mttf[i] / (mttf[i] + mttr[i]));
    }
    double zeroBuffer = 3600 / (1 + sum);
    double infiniteBuffer = 3600 * worst;
    SimulationResult zero = run(unreliableLine(mttf, mttr, 0), 400_000, 10);
    assertTheory(zeroBuffer, zero.throughput(), "Buzacott, zero buffers: 1/(c(1+Σ MTTR/MTTF))");
    SimulationResult infinite = run(unreliableLine(mttf, mttr, 1_000_000), 400_000, 10);
    assertTheory(infiniteBuffer, infinite.throughput(), "Buzacott, unlimited buffers: the worst station's availability / c");
    double last = zero.throughput().mean();
    for (int b : new int[] {1, 4, 16, 64, 256}) {
      SimModel m = unreliableLine(mttf, mttr, b);
      double th = Simulation.run(m, new Simulation.Options(200_000, 4_000, 4, 1, false), Simulation.Monitor.NONE).throughput().mean();
      assertTrue(th > last, "throughput rises with the buffer size: B = " + b + " gives " + th + " after " + last);
      assertTrue(th > zeroBuffer && th < infiniteBuffer, "between the bounds " + zeroBuffer + " and " + infiniteBuffer + ": B = " + b
          + " gives " + th);
      last = th;
    }
  }

  @Test
  void sameSeedSameResultOtherSeedOtherResult() throws Exception {
    SimModel m = twoStations(1, 1.1, 2);
    Simulation.Options o = new Simulation.Options(20_000, 100, 4, 7, false);
    double a = Simulation.run(m, o, Simulation.Monitor.NONE).throughput().mean();
    double b = Simulation.run(m, o, Simulation.Monitor.NONE).throughput().mean();
    double c = Simulation.run(m, new Simulation.Options(20_000, 100, 4, 8, false), Simulation.Monitor.NONE).throughput().mean();
    assertEquals(a, b, 0.0, "the same seed, replications run in parallel: the same figures");
    assertTrue(a != c, "another seed: other figures");
  }
}
