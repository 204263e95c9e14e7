package org.linebench.sim.line;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.linebench.dsl.api.Timings;
import org.linebench.dsl.api.Timings.Timing;
import org.linebench.model.line.Buffer;
import org.linebench.model.line.Flow;
import org.linebench.model.line.FlowNode;
import org.linebench.model.line.Line;
import org.linebench.model.line.PlannedStop;
import org.linebench.model.line.Shift;
import org.linebench.model.line.ShiftCalendar;
import org.linebench.model.line.Sink;
import org.linebench.model.line.Source;
import org.linebench.model.line.Station;
import org.linebench.model.line.Variant;
import org.linebench.model.line.Weekday;
import org.linebench.model.units.Units;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.model.WeekCalendar;
import org.linebench.sim.random.Sampler;

/**
 * Turns a line of a line file into a {@link SimModel}: its sources, stations (cycle times with
 * their variation, failures from MTBF/MTTR or from the attached maintenance model, set-ups),
 * buffers, sinks, the flows with their shares, its product variants and its shift calendar.
 */
public final class LineCompiler {
  private LineCompiler() {}

  /**
   * Compiles a line (loaded and validated without errors).
   *
   * @param notes told what the compiler did on the way (models scored, data changed), localized
   * @throws SimulationException when the line cannot run, naming the element
   */
  public static SimModel compile(Line line, Consumer<String> notes) throws SimulationException {
    if (line.getSources().isEmpty()) {
      throw new SimulationException(NLS.bind(Messages.Line_noSource, line.getName()), line);
    }
    if (line.getSinks().isEmpty()) {
      throw new SimulationException(NLS.bind(Messages.Line_noSink, line.getName()), line);
    }
    if (line.getStations().isEmpty()) {
      throw new SimulationException(NLS.bind(Messages.Line_noStation, line.getName()), line);
    }
    SimModel.Builder b = SimModel.builder(line.getName());
    Map<FlowNode, Integer> index = new IdentityHashMap<>();
    for (Source s : line.getSources()) {
      Timing t = new Timing(s.getInterarrival(), s.getInterarrivalVariation());
      int i = t.isPresent() ? b.source(s.getName(), Variations.of(t, false, Messages.Time_interarrival, s.getName()), false)
          : b.source(s.getName());
      b.label(i, label(s.getLabel()));
      index.put(s, i);
    }
    for (Station s : line.getStations()) {
      SimModel.Station station = station(s, notes);
      if (line.getCrew() != null && station.operators() > line.getCrew()) {
        throw new SimulationException(NLS.bind(Messages.Station_crew, new Object[] {s.getName(), station.operators(), line.getCrew()}), s);
      }
      index.put(s, b.station(s.getName(), label(s.getLabel()), station));
    }
    for (Buffer buffer : line.getBuffers()) {
      int i = b.buffer(buffer.getName(), Math.max(1, buffer.getCapacity()));
      b.label(i, label(buffer.getLabel()));
      index.put(buffer, i);
    }
    for (Sink s : line.getSinks()) {
      int i = b.sink(s.getName());
      b.label(i, label(s.getLabel()));
      index.put(s, i);
    }
    routes(line, index, b);
    for (Variant v : line.getVariants()) {
      b.variant(v.getName(), Units.fraction(v.getShare()).orElse(0.0), v.getLot() == null ? 1 : v.getLot());
    }
    if (line.getCrew() != null) {
      b.crew(Math.max(1, line.getCrew()));
    }
    ShiftCalendar calendar = line.getCalendar() == null || line.getCalendar().eIsProxy() ? null : line.getCalendar();
    if (calendar != null) {
      b.calendar(calendar(calendar));
    }
    return b.build();
  }

  private static String label(String s) {
    return s == null ? "" : s; //$NON-NLS-1$
  }

  private static SimModel.Station station(Station s, Consumer<String> notes) throws SimulationException {
    String name = s.getName();
    Timing cycle = Timings.cycle(s);
    if (!cycle.isPresent()) {
      throw new SimulationException(NLS.bind(Messages.Station_noCycle, name), s);
    }
    double nominal = Variations.seconds(cycle.value(), Messages.Time_cycle, name, s);
    if (nominal <= 0) {
      throw new SimulationException(NLS.bind(Messages.Station_zeroCycle, name), s);
    }
    Sampler cycleSampler = Variations.of(cycle, false, Messages.Time_cycle, name);
    Sampler ttf = null;
    Sampler ttr = null;
    Timing mtbf = Timings.mtbf(s);
    Timing mttr = Timings.mttr(s);
    if (mtbf.isPresent() && mttr.isPresent()) {
      ttf = Variations.of(mtbf, true, Messages.Time_mtbf, name);
      ttr = Variations.of(mttr, true, Messages.Time_mttr, name);
    }
    Timing setup = Timings.setup(s);
    Sampler setupSampler = setup.isPresent() ? Variations.of(setup, false, Messages.Time_setup, name) : null;
    SimModel.PredictedStops stops = null;
    if (s.getFailures() != null) {
      Timing repair = s.getFailures().getRepair() != null ? new Timing(s.getFailures().getRepair(), s.getFailures().getRepairVariation())
          : mttr;
      if (!repair.isPresent()) {
        throw new SimulationException(NLS.bind(Messages.Model_noRepair,
            s.getFailures().getModel() == null ? "?" : s.getFailures().getModel().getName(), name), s.getFailures()); //$NON-NLS-1$
      }
      stops = FailurePredictions.of(s, s.getFailures(), Variations.of(repair, false, Messages.Time_repair, name), notes);
    }
    Integer operators = org.linebench.dsl.api.Effective.operators(s);
    return new SimModel.Station(cycleSampler, nominal, ttf, ttr, stops, setupSampler, operators == null ? 0 : Math.max(0, operators));
  }

  /** Routes from the flows: declared shares, the rest split evenly; routes into a repair loop are marked. */
  private static void routes(Line line, Map<FlowNode, Integer> index, SimModel.Builder b) throws SimulationException {
    Map<FlowNode, List<Flow>> out = new IdentityHashMap<>();
    for (Flow f : line.getFlows()) {
      if (f.getFrom() != null && f.getTo() != null && index.containsKey(f.getFrom()) && index.containsKey(f.getTo())) {
        out.computeIfAbsent(f.getFrom(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<FlowNode, Integer> e : index.entrySet()) {
      FlowNode node = e.getKey();
      if (!(node instanceof Sink) && !out.containsKey(node)) {
        throw new SimulationException(NLS.bind(Messages.Node_noRoute, node.getName()), node);
      }
    }
    for (Map.Entry<FlowNode, List<Flow>> e : out.entrySet()) {
      List<Flow> flows = e.getValue();
      double declared = 0;
      int without = 0;
      for (Flow f : flows) {
        Optional<Double> p = Units.fraction(f.getProbability());
        if (p.isPresent()) {
          declared += p.get();
        } else {
          without++;
        }
      }
      double rest = without == 0 ? 0 : Math.max(0, 1 - declared) / without;
      for (Flow f : flows) {
        if (e.getKey() instanceof Source src && !(src.getInterarrival() != null) && f.getTo() instanceof Sink sink) {
          throw new SimulationException(NLS.bind(Messages.Source_toSink, src.getName(), sink.getName()), f);
        }
        double p = Units.fraction(f.getProbability()).orElse(rest);
        boolean defective = !f.isRework() && reaches(f.getTo(), f.getFrom(), out);
        b.route(index.get(f.getFrom()), index.get(f.getTo()), p, defective, f.isRework());
      }
    }
  }

  private static boolean reaches(FlowNode start, FlowNode goal, Map<FlowNode, List<Flow>> out) {
    Set<FlowNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<FlowNode> todo = new ArrayDeque<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      FlowNode n = todo.pop();
      if (n == goal) {
        return true;
      }
      if (seen.add(n)) {
        for (Flow f : out.getOrDefault(n, List.of())) {
          todo.push(f.getTo());
        }
      }
    }
    return false;
  }

  /** The week of a shift calendar. */
  static WeekCalendar calendar(ShiftCalendar c) throws SimulationException {
    List<WeekCalendar.ShiftSpec> shifts = new ArrayList<>();
    for (Shift s : c.getShifts()) {
      List<double[]> breaks = new ArrayList<>();
      for (PlannedStop p : s.getBreaks()) {
        breaks.add(new double[] {Timings.minutes(p.getStart()), minutes(p, c)});
      }
      shifts.add(new WeekCalendar.ShiftSpec(s.getName(), Timings.minutes(s.getStart()), Timings.minutes(s.getEnd()), breaks));
    }
    boolean[] days = new boolean[7];
    for (Weekday d : c.getDays().isEmpty() ? List.of(Weekday.values()) : c.getDays()) {
      days[d.getValue()] = true;
    }
    List<double[]> stops = new ArrayList<>();
    for (PlannedStop p : c.getStops()) {
      stops.add(new double[] {p.isSetDay() ? p.getDay().getValue() : -1, Timings.minutes(p.getStart()), minutes(p, c)});
    }
    try {
      return WeekCalendar.of(shifts, days, stops);
    } catch (IllegalArgumentException e) {
      throw new SimulationException(NLS.bind(Messages.Calendar_bad, c.getName(), e.getMessage()), c);
    }
  }

  private static double minutes(PlannedStop p, ShiftCalendar c) throws SimulationException {
    return Variations.seconds(p.getDuration(), Messages.Time_setup, c.getName(), p) / 60;
  }
}
