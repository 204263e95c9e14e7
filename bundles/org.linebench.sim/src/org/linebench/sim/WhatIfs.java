package org.linebench.sim;

import java.util.ArrayList;
import java.util.List;

import org.linebench.sim.SimulationResult.Change;
import org.linebench.sim.SimulationResult.WhatIf;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.model.SimModel.Kind;
import org.linebench.sim.model.SimModel.Node;
import org.linebench.sim.model.SimModel.Route;
import org.linebench.sim.stats.Estimate;

/**
 * The changes tried at the bottleneck: one more buffer place on the side it waits on (a new buffer
 * of one place where there is none), and a cycle 5 % shorter.
 */
final class WhatIfs {
  /** How much shorter the bottleneck's cycle is made. */
  static final double SHORTER = 0.05;

  /** A changed model and how to report it. */
  record Variant(SimModel model, Change change, String station, String buffer, double amount) {
    WhatIf result(double[] base, double[] changed) {
      double[] delta = new double[base.length];
      for (int i = 0; i < delta.length; i++) {
        delta[i] = changed[i] - base[i];
      }
      return new WhatIf(change, station, buffer, amount, Estimate.of(changed), Estimate.of(delta));
    }
  }

  private WhatIfs() {}

  static List<Variant> at(SimModel model, int bottleneck, boolean starvedMore) {
    List<Variant> out = new ArrayList<>();
    Variant place = starvedMore ? upstream(model, bottleneck) : downstream(model, bottleneck);
    if (place == null) {
      place = starvedMore ? downstream(model, bottleneck) : upstream(model, bottleneck);
    }
    if (place != null) {
      out.add(place);
    }
    String name = model.node(bottleneck).name();
    out.add(new Variant(model.withCycleScaled(bottleneck, 1 - SHORTER), Change.SHORTER_CYCLE, name, null, SHORTER));
    return out;
  }

  private static Variant upstream(SimModel model, int b) {
    for (int f : Simulation.feeders(model, b)) {
      Variant v = between(model, f, b, b);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static Variant downstream(SimModel model, int b) {
    for (Route r : model.node(b).routes()) {
      if (!r.rework()) {
        Variant v = between(model, b, r.to(), b);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** One more place between two neighbours: in the buffer that is there, or in a new one between stations. */
  private static Variant between(SimModel model, int from, int to, int bottleneck) {
    Node a = model.node(from);
    Node z = model.node(to);
    String station = model.node(bottleneck).name();
    Node other = from == bottleneck ? z : a;
    int otherIndex = from == bottleneck ? to : from;
    if (other.kind() == Kind.BUFFER) {
      return new Variant(model.withCapacity(otherIndex, other.capacity() + 1), Change.BUFFER_PLACE, station, other.name(), 1);
    }
    if (a.kind() == Kind.STATION && z.kind() == Kind.STATION) {
      return new Variant(model.withBufferBetween(from, to, a.name() + "-" + z.name(), 1), Change.NEW_BUFFER, station, other.name(), 1); //$NON-NLS-1$
    }
    return null;
  }
}
