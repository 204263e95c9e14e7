package org.linebench.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linebench.sim.random.Sampler;
import org.linebench.sim.random.Samplers;

/**
 * A line as the simulation sees it: sources, stations, buffers and sinks, the routes between them,
 * product variants and the shift calendar. Built from a line file by
 * {@link org.linebench.sim.line.LineCompiler}, or in code with {@link #builder(String)}. Immutable;
 * the {@code with...} methods return changed copies (for what-if runs).
 */
public final class SimModel {

  /** What a node is. */
  public enum Kind {
    SOURCE, STATION, BUFFER, SINK
  }

  /**
   * Where pieces go from a node.
   *
   * @param to the target node's index
   * @param probability the share of pieces taking this route
   * @param defective pieces on this route need repair: it leads into a rework loop
   * @param rework a declared rework flow: it ends in a rack without limit in front of its target
   *        (reworked pieces go first), so that a repair loop cannot lock itself up
   */
  public record Route(int to, double probability, boolean defective, boolean rework) {}

  /**
   * Failures a maintenance model predicts: per cycle, the failure probability of the next row of
   * the scored readings (in order, wrapping around).
   *
   * @param model the model's name
   * @param probabilities the scored failure probability of each row
   * @param repair the repair time
   */
  public record PredictedStops(String model, double[] probabilities, Sampler repair) {
    /** The mean probability over the rows. */
    public double meanProbability() {
      double s = 0;
      for (double p : probabilities) {
        s += p;
      }
      return probabilities.length == 0 ? 0 : s / probabilities.length;
    }
  }

  /**
   * A station.
   *
   * @param cycle the cycle time
   * @param nominal the ideal cycle time (the declared value), for OEE
   * @param timeToFailure working time between failures, or null
   * @param repair repair time of those failures, or null
   * @param stops failures predicted by a model, or null
   * @param setup set-up time on a change of variant, or null
   * @param operators operators the station takes from the line's crew for each cycle and set-up (0: none)
   */
  public record Station(Sampler cycle, double nominal, Sampler timeToFailure, Sampler repair, PredictedStops stops,
      Sampler setup, int operators) {
    public Station(Sampler cycle, double nominal, Sampler timeToFailure, Sampler repair, PredictedStops stops, Sampler setup) {
      this(cycle, nominal, timeToFailure, repair, stops, setup, 0);
    }
  }

  /**
   * A node.
   *
   * @param capacity places of a buffer (0 otherwise)
   * @param interarrival time between arrivals of a source; null: material is always there
   * @param lossy a source whose arrivals are lost when the next node is full (else they wait)
   * @param station the station's times (null for other kinds)
   */
  public record Node(String name, String label, Kind kind, int capacity, Sampler interarrival, boolean lossy, Station station,
      List<Route> routes) {
    public Node {
      routes = List.copyOf(routes);
    }

    Node withRoutes(List<Route> r) {
      return new Node(name, label, kind, capacity, interarrival, lossy, station, r);
    }
  }

  /** A product variant: its share of the pieces and how many are released one after the other. */
  public record Variant(String name, double share, int lot) {}

  private final String name;
  private final List<Node> nodes;
  private final List<Variant> variants;
  private final WeekCalendar calendar;
  private final int crew;

  private SimModel(String name, List<Node> nodes, List<Variant> variants, WeekCalendar calendar, int crew) {
    this.name = name;
    this.nodes = List.copyOf(nodes);
    this.variants = List.copyOf(variants);
    this.calendar = calendar;
    this.crew = crew;
  }

  /** Operators shared by the manned stations; 0: every station has its own. */
  public int crew() {
    return crew;
  }

  public String name() {
    return name;
  }

  public List<Node> nodes() {
    return nodes;
  }

  public Node node(int i) {
    return nodes.get(i);
  }

  public int size() {
    return nodes.size();
  }

  public Optional<Integer> indexOf(String nodeName) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).name().equals(nodeName)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  public List<Variant> variants() {
    return variants;
  }

  /** The shift calendar, or null when the line works around the clock. */
  public WeekCalendar calendar() {
    return calendar;
  }

  /** The indexes of the nodes that feed {@code i}. */
  public List<Integer> predecessors(int i) {
    List<Integer> out = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      for (Route r : nodes.get(n).routes()) {
        if (r.to() == i && !out.contains(n)) {
          out.add(n);
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------ changed copies

  /** A copy with another capacity for a buffer. */
  public SimModel withCapacity(int buffer, int capacity) {
    List<Node> copy = new ArrayList<>(nodes);
    Node b = nodes.get(buffer);
    copy.set(buffer, new Node(b.name(), b.label(), b.kind(), capacity, b.interarrival(), b.lossy(), b.station(), b.routes()));
    return new SimModel(name, copy, variants, calendar, crew);
  }

  /** A copy in which a station's cycle times are scaled (0.95: 5 % shorter). */
  public SimModel withCycleScaled(int station, double factor) {
    List<Node> copy = new ArrayList<>(nodes);
    Node n = nodes.get(station);
    Station s = n.station();
    Station scaled = new Station(Samplers.scaled(s.cycle(), factor), s.nominal(), s.timeToFailure(), s.repair(), s.stops(), s.setup(), s.operators());
    copy.set(station, new Node(n.name(), n.label(), n.kind(), n.capacity(), n.interarrival(), n.lossy(), scaled, n.routes()));
    return new SimModel(name, copy, variants, calendar, crew);
  }

  /** A copy with a buffer of {@code capacity} places put into the route from {@code from} to {@code to}. */
  public SimModel withBufferBetween(int from, int to, String bufferName, int capacity) {
    List<Node> copy = new ArrayList<>(nodes);
    int b = copy.size();
    List<Route> routes = new ArrayList<>();
    boolean found = false;
    for (Route r : nodes.get(from).routes()) {
      if (r.to() == to && !r.rework()) {
        routes.add(new Route(b, r.probability(), r.defective(), false));
        found = true;
      } else {
        routes.add(r);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no route " + from + " -> " + to); //$NON-NLS-1$
    }
    copy.set(from, nodes.get(from).withRoutes(routes));
    copy.add(new Node(bufferName, "", Kind.BUFFER, capacity, null, false, null, List.of(new Route(to, 1, false, false)))); //$NON-NLS-1$
    return new SimModel(name, copy, variants, calendar, crew);
  }

  // ------------------------------------------------------------------------------ building

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a model node by node; routes refer to nodes by index. */
  public static final class Builder {
    private final String name;
    private final List<Node> nodes = new ArrayList<>();
    private final List<List<Route>> routes = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    private WeekCalendar calendar;
    private int crew;

    private Builder(String name) {
      this.name = name;
    }

    private int add(Node n) {
      nodes.add(n);
      routes.add(new ArrayList<>());
      return nodes.size() - 1;
    }

    /** A source that always has material. */
    public int source(String nodeName) {
      return add(new Node(nodeName, "", Kind.SOURCE, 0, null, false, null, List.of())); //$NON-NLS-1$
    }

    /** A source with arrivals; {@code lossy}: an arrival that finds the next node full is lost. */
    public int source(String nodeName, Sampler interarrival, boolean lossy) {
      return add(new Node(nodeName, "", Kind.SOURCE, 0, interarrival, lossy, null, List.of())); //$NON-NLS-1$
    }

    public int station(String nodeName, Sampler cycle) {
      return station(nodeName, "", new Station(cycle, cycle.mean(), null, null, null, null)); //$NON-NLS-1$
    }

    public int station(String nodeName, String label, Station station) {
      return add(new Node(nodeName, label, Kind.STATION, 0, null, false, station, List.of()));
    }

    public int buffer(String nodeName, int capacity) {
      return add(new Node(nodeName, "", Kind.BUFFER, capacity, null, false, null, List.of())); //$NON-NLS-1$
    }

    public int sink(String nodeName) {
      return add(new Node(nodeName, "", Kind.SINK, 0, null, false, null, List.of())); //$NON-NLS-1$
    }

    /** Renames a node's label. */
    public Builder label(int node, String label) {
      Node n = nodes.get(node);
      nodes.set(node, new Node(n.name(), label, n.kind(), n.capacity(), n.interarrival(), n.lossy(), n.station(), n.routes()));
      return this;
    }

    /** Failures while working: time to failure and repair time. */
    public Builder failures(int station, Sampler timeToFailure, Sampler repair) {
      Node n = nodes.get(station);
      Station s = n.station();
      nodes.set(station, new Node(n.name(), n.label(), n.kind(), 0, null, false,
          new Station(s.cycle(), s.nominal(), timeToFailure, repair, s.stops(), s.setup(), s.operators()), n.routes()));
      return this;
    }

    public Builder stops(int station, PredictedStops stops) {
      Node n = nodes.get(station);
      Station s = n.station();
      nodes.set(station, new Node(n.name(), n.label(), n.kind(), 0, null, false,
          new Station(s.cycle(), s.nominal(), s.timeToFailure(), s.repair(), stops, s.setup(), s.operators()), n.routes()));
      return this;
    }

    public Builder route(int from, int to) {
      return route(from, to, 1, false, false);
    }

    public Builder route(int from, int to, double probability, boolean defective, boolean rework) {
      routes.get(from).add(new Route(to, probability, defective, rework));
      return this;
    }

    public Builder variant(String variantName, double share, int lot) {
      variants.add(new Variant(variantName, share, lot));
      return this;
    }

    public Builder calendar(WeekCalendar c) {
      calendar = c;
      return this;
    }

    /** Operators shared by the stations that need some (0: unlimited). */
    public Builder crew(int operators) {
      crew = operators;
      return this;
    }

    /** How many of the crew a station takes for each cycle and set-up. */
    public Builder operators(int station, int operators) {
      Node n = nodes.get(station);
      Station s = n.station();
      nodes.set(station, new Node(n.name(), n.label(), n.kind(), 0, null, false,
          new Station(s.cycle(), s.nominal(), s.timeToFailure(), s.repair(), s.stops(), s.setup(), operators), n.routes()));
      return this;
    }

    public SimModel build() {
      List<Node> built = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        built.add(nodes.get(i).withRoutes(routes.get(i)));
      }
      return new SimModel(name, built, variants, calendar, crew);
    }
  }
}
