package org.linebench.dsl.validation.simulation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.linebench.dsl.api.Timings;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.dsl.validation.Labels;
import org.linebench.model.line.Distribution;
import org.linebench.model.line.DistributionKind;
import org.linebench.model.line.Flow;
import org.linebench.model.line.FlowNode;
import org.linebench.model.line.Line;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.ModelAttachment;
import org.linebench.model.line.ModelPurpose;
import org.linebench.model.line.PredictedFailures;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Shift;
import org.linebench.model.line.ShiftCalendar;
import org.linebench.model.line.PlannedStop;
import org.linebench.model.line.Station;
import org.linebench.model.line.Variant;
import org.linebench.model.line.Weekday;
import org.linebench.model.units.Dimension;
import org.linebench.model.units.Units;

/**
 * Checks what a simulation reads from a line file: how times vary, the shares of flows and
 * variants, shift calendars, set-ups and failures predicted by models. Composed into the language's
 * validator (see {@code GenerateLine.mwe2}), kept apart from the structural checks.
 */
public class SimulationValidator extends AbstractDeclarativeValidator {
  private static final LinePackage L = LinePackage.eINSTANCE;
  private static final double EPS = 1e-9;

  /** The dimension of each quantity this validator knows; the structural validator knows the others. */
  private static final Map<EStructuralFeature, Dimension> EXPECTED = Map.of(L.getSource_Interarrival(), Dimension.TIME,
      L.getStation_SetupTime(), Dimension.TIME, L.getStationType_SetupTime(), Dimension.TIME,
      L.getPredictedFailures_Repair(), Dimension.TIME, L.getPlannedStop_Duration(), Dimension.TIME,
      L.getDistribution_Low(), Dimension.TIME, L.getDistribution_High(), Dimension.TIME, L.getDistribution_Sd(), Dimension.TIME,
      L.getFlow_Probability(), Dimension.RATIO, L.getVariant_Share(), Dimension.RATIO);

  @Override
  public void register(EValidatorRegistrar registrar) {
    // composed into LineValidator, which registers itself
  }

  @Override
  protected List<EPackage> getEPackages() {
    return List.of(L);
  }

  // ------------------------------------------------------------------------------ units

  @Check
  public void checkSimulationQuantity(Quantity q) {
    Dimension expected = EXPECTED.get(q.eContainingFeature());
    Optional<Units.Unit> unit = Units.find(q.getUnit());
    if (expected == null || unit.isEmpty() || unit.get().dimension() == expected) {
      return; // no unit, or an unknown one: the structural validator says so
    }
    error(NLS.bind(Messages.Unit_incompatible, new Object[] {q.getUnit(), Labels.dimension(unit.get().dimension()),
        what(q), Labels.dimension(expected), unitsOf(expected)}), q, L.getQuantity_Unit(), IssueCodes.INCOMPATIBLE_UNIT,
        q.getUnit(), expected.baseUnit());
  }

  private static String unitsOf(Dimension d) {
    return Units.symbols().stream().filter(s -> Units.find(s).get().dimension() == d).collect(Collectors.joining(", ")); //$NON-NLS-1$
  }

  /** "the cycle time", "the share", ... for a quantity of this validator. */
  private static String what(Quantity q) {
    EStructuralFeature f = q.eContainingFeature();
    EObject owner = q.eContainer();
    if (owner instanceof Distribution d) {
      return timeName(d.eContainingFeature());
    }
    if (f == L.getStation_SetupTime() || f == L.getStationType_SetupTime()) {
      return Messages.Time_setup;
    }
    if (f == L.getPredictedFailures_Repair()) {
      return Messages.Time_repair;
    }
    if (f == L.getSource_Interarrival()) {
      return Messages.Time_interarrival;
    }
    return Labels.feature(f.getName());
  }

  private static String timeName(EStructuralFeature variation) {
    String n = variation == null ? "" : variation.getName(); //$NON-NLS-1$
    return switch (n) {
      case "cycleVariation" -> Messages.Time_cycle; //$NON-NLS-1$
      case "mtbfVariation" -> Messages.Time_mtbf; //$NON-NLS-1$
      case "mttrVariation" -> Messages.Time_mttr; //$NON-NLS-1$
      case "setupVariation" -> Messages.Time_setup; //$NON-NLS-1$
      case "repairVariation" -> Messages.Time_repair; //$NON-NLS-1$
      default -> Messages.Time_interarrival;
    };
  }

  // ------------------------------------------------------------------------------ variation

  /** The declared value a variation belongs to: the quantity just before it. */
  private static Quantity valueOf(Distribution d) {
    EObject owner = d.eContainer();
    String variation = d.eContainingFeature().getName();
    String value = switch (variation) {
      case "cycleVariation" -> "cycleTime"; //$NON-NLS-1$ //$NON-NLS-2$
      case "repairVariation" -> "repair"; //$NON-NLS-1$ //$NON-NLS-2$
      default -> variation.substring(0, variation.length() - "Variation".length()); //$NON-NLS-1$
    };
    EStructuralFeature f = owner.eClass().getEStructuralFeature(value);
    return f != null && owner.eGet(f) instanceof Quantity q ? q : null;
  }

  @Check
  public void checkDistribution(Distribution d) {
    String variation = d.eContainingFeature().getName();
    DistributionKind kind = d.getKind();
    if ("mtbfVariation".equals(variation) && kind != DistributionKind.EXPONENTIAL && kind != DistributionKind.WEIBULL) { //$NON-NLS-1$
      error(NLS.bind(Messages.Distribution_kind, new Object[] {Messages.Time_mtbf, kind.getLiteral(), "exponential, weibull"}), d, //$NON-NLS-1$
          L.getDistribution_Kind(), SimulationIssueCodes.DISTRIBUTION_KIND);
      return;
    }
    switch (kind) {
      case TRIANGULAR -> {
        Optional<Double> low = Units.seconds(d.getLow());
        Optional<Double> high = Units.seconds(d.getHigh());
        Optional<Double> mode = Units.seconds(valueOf(d));
        if (low.isPresent() && high.isPresent() && mode.isPresent()
            && (low.get() > mode.get() + EPS || mode.get() > high.get() + EPS || high.get() - low.get() < EPS)) {
          error(NLS.bind(Messages.Distribution_triangular, new Object[] {text(d.getLow()), text(d.getHigh()), text(valueOf(d))}), d,
              L.getDistribution_Low(), SimulationIssueCodes.DISTRIBUTION);
        }
      }
      case LOGNORMAL, NORMAL -> {
        if (d.getSd() != null && d.getSd().getValue() <= 0) {
          error(NLS.bind(Messages.Distribution_sd, text(d.getSd())), d, L.getDistribution_Sd(), SimulationIssueCodes.DISTRIBUTION);
        }
      }
      case WEIBULL -> {
        if (d.getShape() != null && d.getShape() <= 0) {
          error(NLS.bind(Messages.Distribution_shape, d.getShape()), d, L.getDistribution_Shape(), SimulationIssueCodes.DISTRIBUTION);
        }
      }
      case EMPIRICAL -> {
        // the data file: org.linebench.sim's SimulationDataValidator (reading data is not the language's)
      }
      default -> {
        // exponential: the mean is all it needs
      }
    }
  }

  private static String text(Quantity q) {
    if (q == null) {
      return "?"; //$NON-NLS-1$
    }
    double v = q.getValue();
    String n = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    return q.getUnit() == null ? n : n + " " + q.getUnit(); //$NON-NLS-1$
  }

  // ------------------------------------------------------------------------------ flows and variants

  @Check
  public void checkFlowProbabilities(Line line) {
    Map<FlowNode, List<Flow>> out = new IdentityHashMap<>();
    for (Flow f : line.getFlows()) {
      if (f.getFrom() != null && !f.getFrom().eIsProxy()) {
        out.computeIfAbsent(f.getFrom(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<FlowNode, List<Flow>> e : out.entrySet()) {
      double sum = 0;
      List<String> without = new ArrayList<>();
      Flow last = null;
      for (Flow f : e.getValue()) {
        Optional<Double> p = Units.fraction(f.getProbability());
        if (f.getProbability() == null) {
          without.add(f.getTo() == null ? "?" : f.getTo().getName()); //$NON-NLS-1$
        } else if (p.isPresent()) {
          sum += p.get();
          last = f;
          if (p.get() > 1 + EPS) {
            error(NLS.bind(Messages.Flow_probabilityTooHigh, text(f.getProbability().getValue())), f, L.getFlow_Probability(),
                SimulationIssueCodes.FLOW_PROBABILITY);
          }
        }
      }
      String from = e.getKey().getName();
      if (last == null) {
        continue;
      }
      if (e.getValue().size() == 1 && Math.abs(sum - 1) > EPS) {
        warning(NLS.bind(Messages.Flow_probabilityAlone, from, text(sum * 100)), last, L.getFlow_Probability(),
            SimulationIssueCodes.FLOW_PROBABILITY);
      } else if (sum > 1 + EPS) {
        error(NLS.bind(Messages.Flow_probabilitySum, from, text(sum * 100)), last, L.getFlow_Probability(),
            SimulationIssueCodes.FLOW_PROBABILITY);
      } else if (!without.isEmpty() && sum > 1 - EPS) {
        warning(NLS.bind(Messages.Flow_probabilityRest, from, String.join(", ", without)), last, L.getFlow_Probability(), //$NON-NLS-1$
            SimulationIssueCodes.FLOW_PROBABILITY);
      }
    }
  }

  private static String text(double v) {
    double r = Math.round(v * 1000) / 1000.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  @Check
  public void checkVariants(Line line) {
    if (line.getVariants().isEmpty()) {
      return;
    }
    double sum = 0;
    for (Variant v : line.getVariants()) {
      Optional<Double> share = Units.fraction(v.getShare());
      if (share.isEmpty()) {
        return; // a unit error, reported elsewhere
      }
      sum += share.get();
    }
    if (Math.abs(sum - 1) > 1e-6) {
      error(NLS.bind(Messages.Variant_shares, line.getName(), text(sum * 100)), line.getVariants().get(0), L.getVariant_Share(),
          SimulationIssueCodes.VARIANT_SHARE);
    }
  }

  @Check
  public void checkVariant(Variant v) {
    if (v.getLot() != null && v.getLot() < 1) {
      error(Messages.Variant_lot, v, L.getVariant_Lot(), SimulationIssueCodes.VARIANT_SHARE);
    }
  }

  // ------------------------------------------------------------------------------ stations

  @Check
  public void checkCrew(Line line) {
    Integer crew = line.getCrew();
    if (crew == null) {
      return;
    }
    if (crew < 1) {
      error(NLS.bind(Messages.Crew_size, crew), line, L.getLine_Crew(), SimulationIssueCodes.CREW);
      return;
    }
    for (Station s : line.getStations()) {
      Integer operators = org.linebench.dsl.api.Effective.operators(s);
      if (operators != null && operators > crew) {
        error(NLS.bind(Messages.Crew_tooSmall, new Object[] {s.getName(), operators, line.getName(), crew}), s, L.getNamedElement_Name(),
            SimulationIssueCodes.CREW);
      }
    }
  }

  @Check
  public void checkStationTimes(Station s) {
    Line line = s.eContainer() instanceof Line l ? l : null;
    if (line != null && Timings.setup(s).isPresent() && line.getVariants().isEmpty()) {
      warning(NLS.bind(Messages.Setup_unused, s.getName(), line.getName()), s,
          s.getSetupTime() != null ? L.getStation_SetupTime() : L.getNamedElement_Name(), SimulationIssueCodes.SETUP_UNUSED);
    }
    if (Timings.mtbf(s).isPresent() != Timings.mttr(s).isPresent()) {
      warning(NLS.bind(Messages.Mtbf_withoutMttr, s.getName()), s, L.getNamedElement_Name(), SimulationIssueCodes.MTBF_WITHOUT_MTTR);
    }
  }

  @Check
  public void checkPredictedFailures(PredictedFailures f) {
    ModelAttachment m = f.getModel();
    Station station = EcoreUtil2.getContainerOfType(f, Station.class);
    if (m == null || m.eIsProxy()) {
      return; // unresolved: the linker says so
    }
    if (EcoreUtil2.getContainerOfType(m, Station.class) != station) {
      error(NLS.bind(Messages.Failure_foreignModel, m.getName(), owner(m)), f, L.getPredictedFailures_Model(),
          SimulationIssueCodes.FAILURE_MODEL);
      return;
    }
    if (m.getPurpose() != ModelPurpose.MAINTENANCE) {
      error(NLS.bind(Messages.Failure_purpose, m.getName(), m.getPurpose().getLiteral()), f, L.getPredictedFailures_Model(),
          SimulationIssueCodes.FAILURE_MODEL);
    }
    if (f.getRepair() == null && station != null && !Timings.mttr(station).isPresent()) {
      error(NLS.bind(Messages.Failure_noRepair, m.getName(), station.getName()), f, L.getPredictedFailures_Model(),
          SimulationIssueCodes.FAILURE_REPAIR);
    }
    // the card and the readings: org.linebench.sim's SimulationDataValidator
  }

  private static String owner(ModelAttachment m) {
    Station s = EcoreUtil2.getContainerOfType(m, Station.class);
    return s == null ? "?" : s.getName(); //$NON-NLS-1$
  }

  // ------------------------------------------------------------------------------ shifts

  @Check
  public void checkShift(Shift s) {
    int start = time(s.getStart(), s, L.getShift_Start());
    int end = time(s.getEnd(), s, L.getShift_End());
    if (start < 0 || end < 0) {
      return;
    }
    if (start == end % 1440) {
      error(NLS.bind(Messages.Shift_empty, s.getName(), s.getStart()), s, L.getShift_End(), SimulationIssueCodes.SHIFT_TIME);
      return;
    }
    int length = end > start ? end - start : end + 1440 - start;
    for (PlannedStop b : s.getBreaks()) {
      int at = time(b.getStart(), b, L.getPlannedStop_Start());
      Optional<Double> seconds = Units.seconds(b.getDuration());
      if (at < 0 || seconds.isEmpty()) {
        continue;
      }
      int offset = Math.floorMod(at - start, 1440);
      if (offset + seconds.get() / 60 > length + EPS) {
        error(NLS.bind(Messages.Shift_break, new Object[] {b.getStart(), text(seconds.get() / 60), s.getName(), s.getStart(), s.getEnd()}),
            b, L.getPlannedStop_Start(), SimulationIssueCodes.SHIFT_TIME);
      }
    }
  }

  @Check
  public void checkPlannedStop(PlannedStop p) {
    if (!(p.eContainer() instanceof Shift)) {
      time(p.getStart(), p, L.getPlannedStop_Start());
    }
  }

  private int time(String text, EObject o, EStructuralFeature f) {
    int m = Timings.minutes(text);
    if (m < 0 && text != null) {
      error(NLS.bind(Messages.Shift_time, text), o, f, SimulationIssueCodes.SHIFT_TIME);
    }
    return m;
  }

  @Check
  public void checkCalendar(ShiftCalendar c) {
    if (c.getShifts().isEmpty()) {
      error(NLS.bind(Messages.Calendar_empty, c.getName()), c, L.getNamedElement_Name(), SimulationIssueCodes.CALENDAR_EMPTY);
      return;
    }
    List<Weekday> days = java.util.Arrays.stream(Weekday.values()).filter(d -> c.getDays().isEmpty() || c.getDays().contains(d)).toList();
    record Span(Shift shift, Weekday day, int from, int to) {}
    List<Span> spans = new ArrayList<>();
    for (Shift s : c.getShifts()) {
      int start = Timings.minutes(s.getStart());
      int end = Timings.minutes(s.getEnd());
      if (start < 0 || end < 0 || start == end % 1440) {
        continue;
      }
      int length = end > start ? end - start : end + 1440 - start;
      for (Weekday d : days) {
        int from = d.getValue() * 1440 + start;
        int to = from + length;
        spans.add(new Span(s, d, from, Math.min(to, 7 * 1440)));
        if (to > 7 * 1440) {
          spans.add(new Span(s, d, 0, to - 7 * 1440)); // Sunday's night shift ends on Monday
        }
      }
    }
    Map<String, Boolean> reported = new LinkedHashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      for (int j = i + 1; j < spans.size(); j++) {
        Span a = spans.get(i);
        Span b = spans.get(j);
        if (a.shift() != b.shift() && a.from() < b.to() && b.from() < a.to()
            && reported.putIfAbsent(a.shift().getName() + "/" + b.shift().getName(), true) == null) { //$NON-NLS-1$
          Shift later = c.getShifts().indexOf(a.shift()) > c.getShifts().indexOf(b.shift()) ? a.shift() : b.shift();
          Shift other = later == a.shift() ? b.shift() : a.shift();
          error(NLS.bind(Messages.Shift_overlap, new Object[] {other.getName(), later.getName(), a.day().getLiteral()}), later,
              L.getShift_Start(), SimulationIssueCodes.SHIFT_OVERLAP);
        }
      }
    }
  }
}
