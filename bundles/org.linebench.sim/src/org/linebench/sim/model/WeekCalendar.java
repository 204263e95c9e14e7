package org.linebench.sim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * When a line works, week after week: working intervals of the week (seconds after Monday 00:00),
 * each belonging to a shift, once breaks and planned stops are taken out. The simulation runs in
 * working time (the line stands still outside it, pieces and repairs included); this class maps
 * working time to the wall clock and back.
 */
public final class WeekCalendar {
  public static final double WEEK = 7 * 86400.0;
  public static final double DAY = 86400.0;

  /** A stretch of time in seconds after Monday 00:00 of the first week (may run past the week's end). */
  public record Span(double from, double to) {
    public double length() {
      return to - from;
    }
  }

  /** One shift on one day: its working spans (breaks and stops taken out). */
  public record Occurrence(int shift, int day, List<Span> spans) {
    public double working() {
      return spans.stream().mapToDouble(Span::length).sum();
    }
  }

  private final List<String> shifts;
  private final List<Occurrence> occurrences;
  private final double[] from;
  private final double[] to;
  private final int[] shift;
  private final double[] cum;
  private final double perWeek;

  private WeekCalendar(List<String> shifts, List<Occurrence> occurrences) {
    this.shifts = List.copyOf(shifts);
    this.occurrences = List.copyOf(occurrences);
    List<double[]> pieces = new ArrayList<>(); // from, to, shift within [0, WEEK)
    for (Occurrence o : occurrences) {
      for (Span s : o.spans()) {
        double a = s.from() % WEEK;
        double b = a + s.length();
        if (b <= WEEK) {
          pieces.add(new double[] {a, b, o.shift()});
        } else {
          pieces.add(new double[] {a, WEEK, o.shift()});
          pieces.add(new double[] {0, b - WEEK, o.shift()});
        }
      }
    }
    pieces.removeIf(p -> p[1] - p[0] <= 0);
    pieces.sort(Comparator.comparingDouble(p -> p[0]));
    for (int i = 1; i < pieces.size(); i++) {
      if (pieces.get(i)[0] < pieces.get(i - 1)[1] - 1e-9) {
        throw new IllegalArgumentException("shifts overlap"); //$NON-NLS-1$
      }
    }
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("no working time in the week"); //$NON-NLS-1$
    }
    int n = pieces.size();
    from = new double[n];
    to = new double[n];
    shift = new int[n];
    cum = new double[n];
    double c = 0;
    for (int i = 0; i < n; i++) {
      from[i] = pieces.get(i)[0];
      to[i] = pieces.get(i)[1];
      shift[i] = (int) pieces.get(i)[2];
      cum[i] = c;
      c += to[i] - from[i];
    }
    perWeek = c;
  }

  /** A shift of a weekly plan: minutes after midnight, and the breaks inside it (start minute, length in minutes). */
  public record ShiftSpec(String name, int start, int end, List<double[]> breaks) {}

  /**
   * Builds the week from shifts that start on the given days (0 = Monday), minus their breaks and
   * the planned stops ({@code day} -1 for every day, {@code start} minute, {@code minutes} long).
   */
  public static WeekCalendar of(List<ShiftSpec> shifts, boolean[] days, List<double[]> plannedStops) {
    List<String> names = new ArrayList<>();
    List<Occurrence> occurrences = new ArrayList<>();
    List<Span> stops = new ArrayList<>();
    for (double[] p : plannedStops) {
      for (int d = -1; d <= 7; d++) { // a day before and after the week: stops reach into the neighbours
        if (p[0] < 0 || Math.floorMod((int) p[0], 7) == Math.floorMod(d, 7)) {
          double a = d * DAY + p[1] * 60;
          stops.add(new Span(a, a + p[2] * 60));
        }
      }
    }
    for (int s = 0; s < shifts.size(); s++) {
      ShiftSpec spec = shifts.get(s);
      names.add(spec.name());
      int length = spec.end() > spec.start() ? spec.end() - spec.start() : spec.end() + 1440 - spec.start();
      for (int d = 0; d < 7; d++) {
        if (!days[d]) {
          continue;
        }
        double a = d * DAY + spec.start() * 60.0;
        List<Span> spans = List.of(new Span(a, a + length * 60.0));
        for (double[] b : spec.breaks()) {
          double offset = Math.floorMod((int) b[0] - spec.start(), 1440) * 60.0;
          spans = cut(spans, new Span(a + offset, a + offset + b[1] * 60));
        }
        for (Span stop : stops) {
          spans = cut(spans, stop);
          spans = cut(spans, new Span(stop.from() + WEEK, stop.to() + WEEK)); // Sunday's night shift into Monday
        }
        occurrences.add(new Occurrence(s, d, spans));
      }
    }
    return new WeekCalendar(names, occurrences);
  }

  private static List<Span> cut(List<Span> spans, Span hole) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (hole.to() <= s.from() || hole.from() >= s.to()) {
        out.add(s);
        continue;
      }
      if (hole.from() > s.from()) {
        out.add(new Span(s.from(), hole.from()));
      }
      if (hole.to() < s.to()) {
        out.add(new Span(hole.to(), s.to()));
      }
    }
    return out;
  }

  public List<String> shifts() {
    return shifts;
  }

  /** Working seconds per week. */
  public double workingPerWeek() {
    return perWeek;
  }

  /** Working intervals per week. */
  public int intervals() {
    return from.length;
  }

  /** Interval {@code i} of week {@code week}: its wall-clock start. */
  public double wallFrom(long week, int i) {
    return week * WEEK + from[i];
  }

  public double wallTo(long week, int i) {
    return week * WEEK + to[i];
  }

  /** The working time at the start of interval {@code i} of week {@code week}. */
  public double workingFrom(long week, int i) {
    return week * perWeek + cum[i];
  }

  public double workingTo(long week, int i) {
    return week * perWeek + cum[i] + (to[i] - from[i]);
  }

  /** The shift an interval belongs to. */
  public int shiftOf(int i) {
    return shift[i];
  }

  /** The wall-clock time at a working time. */
  public double toWall(double working) {
    long week = (long) Math.floor(working / perWeek);
    double r = working - week * perWeek;
    int i = intervalAt(r);
    return week * WEEK + from[i] + (r - cum[i]);
  }

  /** The interval in which a working time of the week (0 .. working per week) falls. */
  private int intervalAt(double workingOfWeek) {
    int i = Arrays.binarySearch(cum, workingOfWeek);
    if (i < 0) {
      i = -i - 2;
    }
    return Math.max(0, Math.min(i, from.length - 1));
  }

  /** The working time that has passed by a wall-clock time. */
  public double toWorking(double wall) {
    long week = (long) Math.floor(wall / WEEK);
    double r = wall - week * WEEK;
    int i = Arrays.binarySearch(from, r);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return week * perWeek;
    }
    return week * perWeek + cum[i] + Math.min(r - from[i], to[i] - from[i]);
  }

  /** The interval of the week that holds (or comes first after) a working time, and that week. */
  public long[] locate(double working) {
    long week = (long) Math.floor(working / perWeek);
    double r = working - week * perWeek;
    int i = intervalAt(r);
    if (r >= cum[i] + (to[i] - from[i]) && i + 1 < from.length) {
      i++;
    }
    return new long[] {week, i};
  }

  /**
   * How many occurrences of each shift fall into a stretch of wall-clock time: an occurrence that
   * lies partly inside counts with the share of its working time inside.
   */
  public double[] occurrences(double wallFrom, double wallTo) {
    double[] count = new double[shifts.size()];
    long first = (long) Math.floor(wallFrom / WEEK) - 1;
    long last = (long) Math.floor(wallTo / WEEK);
    for (long week = first; week <= last; week++) {
      for (Occurrence o : occurrences) {
        double total = o.working();
        if (total <= 0) {
          continue;
        }
        double inside = 0;
        for (Span s : o.spans()) {
          double a = Math.max(s.from() + week * WEEK, wallFrom);
          double b = Math.min(s.to() + week * WEEK, wallTo);
          inside += Math.max(0, b - a);
        }
        count[o.shift()] += inside / total;
      }
    }
    return count;
  }
}
