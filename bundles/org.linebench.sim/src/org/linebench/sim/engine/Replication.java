package org.linebench.sim.engine;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.linebench.sim.kernel.Simulator;
import org.linebench.sim.kernel.Streams;
import org.linebench.sim.model.SimModel;
import org.linebench.sim.model.SimModel.Node;
import org.linebench.sim.model.SimModel.Route;
import org.linebench.sim.model.WeekCalendar;
import org.linebench.sim.random.Sampler;

/**
 * One run of a line. Stations hold one piece; a finished piece waits in its station until the next
 * node takes it (blocking after service). A node that frees a place takes from its rework rack
 * first, then from the nodes blocked on it in the order they blocked. Failures count working time
 * (a station that does not work does not wear); a model-predicted stop follows the cycle whose row
 * predicted it. The clock is working time: off shift the line stands still, pieces, repairs and
 * arrivals included.
 */
public final class Replication implements Simulator.Handler {
  /** State categories of a station. */
  public static final int WORKING = 0;
  public static final int STARVED = 1;
  public static final int BLOCKED = 2;
  public static final int FAILED = 3;
  public static final int SETUP = 4;
  public static final int STATES = 5;

  private static final int ARRIVAL = 0;
  private static final int WORK_END = 1;
  private static final int FAIL = 2;
  private static final int REPAIR_END = 3;
  private static final int SETUP_END = 4;
  private static final int STOP_END = 5;
  private static final int BOUNDARY = 6;
  private static final int WARMUP = 7;
  private static final int KIND_BITS = 3;
  private static final int KIND_MASK = 7;

  private static final int STREAM_CYCLE = 1;
  private static final int STREAM_FAILURE = 2;
  private static final int STREAM_REPAIR = 3;
  private static final int STREAM_ROUTE = 4;
  private static final int STREAM_STOP = 5;
  private static final int STREAM_SETUP = 6;
  private static final int STREAM_ARRIVAL = 7;
  private static final int STREAM_VARIANT = 8;

  private final SimModel model;
  private final Simulator sim = new Simulator(64);
  private final int n;
  private static final int K_SOURCE = 0;
  private static final int K_STATION = 1;
  private static final int K_BUFFER = 2;
  private static final int K_SINK = 3;

  private final int[] kind;
  private final int[][] routeTo;
  private final double[][] routeCum;
  private final boolean[][] routeDefective;
  private final boolean[][] routeRework;
  private final Sampler[] cycle;
  private final Sampler[] ttf;
  private final Sampler[] ttr;
  private final Sampler[] setupTime;
  private final double[][] stopP;
  private final Sampler[] stopRepair;
  private final Sampler[] interarrival;
  private final boolean[] lossy;
  private final int[] capacity;
  private final SplittableRandom[] rCycle;
  private final SplittableRandom[] rFail;
  private final SplittableRandom[] rRepair;
  private final SplittableRandom[] rRoute;
  private final SplittableRandom[] rStop;
  private final SplittableRandom[] rSetup;
  private final SplittableRandom[] rArrival;
  private final SplittableRandom[] rVariant;

  // node state
  private final int[] part;
  private final int[] dest;
  private final boolean[] ready;
  private final double[] remWork;
  private final double[] remTtf;
  private final int[] lastVariant;
  private final int[] stopRow;
  private final int[] waitHead;
  private final int[] waitTail;
  private final int[] waitNext;
  private final int[][] items;
  private final int[] head;
  private final int[] count;
  private final int[][] rack;
  private final int[] rackHead;
  private final int[] rackCount;
  private final long[] backlog;
  private final int[] lotLeft;
  private final int[] lotVariant;

  private final Measures measures;

  // pieces
  private double[] entry;
  private double[] entryWall;
  private int[] variant;
  private boolean[] reworked;
  private int[] free;
  private int freeCount;
  private int parts;

  // operators shared by the manned stations
  private final int[] need;
  private final int crew;
  private int freeOperators;
  private int operatorHead = -1;
  private int operatorTail = -1;
  private final int[] operatorNext;
  private final double[] operatorWaitSince;

  // calendar
  private final WeekCalendar calendar;
  private final double[] variantWeight;
  private long calWeek;
  private int calInterval;
  private int currentShift;
  private double warmWall;
  private double endWall;

  public Replication(SimModel model, long seed, int replication) {
    this.model = model;
    this.n = model.size();
    this.calendar = model.calendar();
    Streams streams = new Streams(seed, replication);
    kind = new int[n];
    routeTo = new int[n][];
    routeCum = new double[n][];
    routeDefective = new boolean[n][];
    routeRework = new boolean[n][];
    cycle = new Sampler[n];
    ttf = new Sampler[n];
    ttr = new Sampler[n];
    setupTime = new Sampler[n];
    stopP = new double[n][];
    stopRepair = new Sampler[n];
    interarrival = new Sampler[n];
    lossy = new boolean[n];
    capacity = new int[n];
    rCycle = new SplittableRandom[n];
    rFail = new SplittableRandom[n];
    rRepair = new SplittableRandom[n];
    rRoute = new SplittableRandom[n];
    rStop = new SplittableRandom[n];
    rSetup = new SplittableRandom[n];
    rArrival = new SplittableRandom[n];
    rVariant = new SplittableRandom[n];
    for (int i = 0; i < n; i++) {
      Node node = model.node(i);
      kind[i] = switch (node.kind()) {
        case SOURCE -> K_SOURCE;
        case STATION -> K_STATION;
        case BUFFER -> K_BUFFER;
        case SINK -> K_SINK;
      };
      List<Route> routes = node.routes();
      routeTo[i] = new int[routes.size()];
      routeCum[i] = new double[routes.size()];
      routeDefective[i] = new boolean[routes.size()];
      routeRework[i] = new boolean[routes.size()];
      double total = routes.stream().mapToDouble(Route::probability).sum();
      double c = 0;
      for (int r = 0; r < routes.size(); r++) {
        routeTo[i][r] = routes.get(r).to();
        c += routes.get(r).probability() / (total > 0 ? total : 1);
        routeCum[i][r] = r == routes.size() - 1 ? 1.0 : c;
        routeDefective[i][r] = routes.get(r).defective();
        routeRework[i][r] = routes.get(r).rework();
      }
      String name = node.name();
      rRoute[i] = streams.stream(name, STREAM_ROUTE);
      if (node.station() != null) {
        cycle[i] = node.station().cycle();
        ttf[i] = node.station().timeToFailure() != null && node.station().repair() != null ? node.station().timeToFailure() : null;
        ttr[i] = ttf[i] == null ? null : node.station().repair();
        setupTime[i] = model.variants().size() > 1 ? node.station().setup() : null;
        if (node.station().stops() != null && node.station().stops().probabilities().length > 0) {
          stopP[i] = node.station().stops().probabilities();
          stopRepair[i] = node.station().stops().repair();
        }
        rCycle[i] = streams.stream(name, STREAM_CYCLE);
        rFail[i] = streams.stream(name, STREAM_FAILURE);
        rRepair[i] = streams.stream(name, STREAM_REPAIR);
        rStop[i] = streams.stream(name, STREAM_STOP);
        rSetup[i] = streams.stream(name, STREAM_SETUP);
      }
      if (kind[i] == K_SOURCE) {
        interarrival[i] = node.interarrival();
        lossy[i] = node.lossy();
        rArrival[i] = streams.stream(name, STREAM_ARRIVAL);
        rVariant[i] = streams.stream(name, STREAM_VARIANT);
      }
      capacity[i] = node.capacity();
    }
    variantWeight = new double[model.variants().size()];
    double w = 0;
    for (int v = 0; v < variantWeight.length; v++) {
      w += model.variants().get(v).share() / Math.max(1, model.variants().get(v).lot());
      variantWeight[v] = w;
    }
    part = new int[n];
    dest = new int[n];
    ready = new boolean[n];
    remWork = new double[n];
    remTtf = new double[n];
    lastVariant = new int[n];
    stopRow = new int[n];
    waitHead = new int[n];
    waitTail = new int[n];
    waitNext = new int[n];
    items = new int[n][];
    head = new int[n];
    count = new int[n];
    rack = new int[n][];
    rackHead = new int[n];
    rackCount = new int[n];
    backlog = new long[n];
    lotLeft = new int[n];
    lotVariant = new int[n];
    Arrays.fill(part, -1);
    Arrays.fill(dest, -1);
    Arrays.fill(lastVariant, -1);
    Arrays.fill(waitHead, -1);
    Arrays.fill(waitTail, -1);
    Arrays.fill(waitNext, -1);
    boolean[] isStation = new boolean[n];
    int[] bufferCapacity = new int[n];
    for (int i = 0; i < n; i++) {
      isStation[i] = kind[i] == K_STATION;
      bufferCapacity[i] = kind[i] == K_BUFFER ? capacity[i] : -1;
      if (kind[i] == K_BUFFER) {
        items[i] = new int[Math.max(1, Math.min(capacity[i], 64))];
      }
      if (ttf[i] != null) {
        remTtf[i] = ttf[i].sample(rFail[i]);
      }
    }
    crew = model.crew();
    freeOperators = crew;
    need = new int[n];
    operatorNext = new int[n];
    operatorWaitSince = new double[n];
    for (int i = 0; i < n; i++) {
      need[i] = crew > 0 && model.node(i).station() != null ? Math.min(crew, model.node(i).station().operators()) : 0;
    }
    measures = new Measures(isStation, bufferCapacity, calendar == null ? 1 : calendar.shifts().size(), crew);
    int pool = 64;
    entry = new double[pool];
    entryWall = new double[pool];
    variant = new int[pool];
    reworked = new boolean[pool];
    free = new int[pool];
  }

  /**
   * Runs from wall-clock 0 to {@code horizon}, measuring after {@code warmup}.
   *
   * @param progress told the share done now and then (may be null)
   * @param cancelled asked now and then; true stops the run (its result is then null)
   */
  public ReplicationResult run(double warmup, double horizon, DoubleConsumer progress, BooleanSupplier cancelled) {
    double warmW = calendar == null ? warmup : calendar.toWorking(warmup);
    double endW = calendar == null ? horizon : calendar.toWorking(horizon);
    if (warmW <= 0) {
      measures.start(0);
    }
    warmWall = warmup;
    endWall = horizon;
    if (calendar != null) {
      long[] at = calendar.locate(0);
      calWeek = at[0];
      calInterval = (int) at[1];
      currentShift = calendar.shiftOf(calInterval);
      sim.scheduleAt(calendar.workingTo(calWeek, calInterval), BOUNDARY);
    }
    if (warmW > 0) {
      sim.scheduleAt(warmW, WARMUP);
    }
    for (int i = 0; i < n; i++) {
      if (kind[i] == K_SOURCE) {
        if (interarrival[i] == null) {
          backlog[i] = Long.MAX_VALUE / 2;
          offer(i);
        } else {
          sim.schedule(interarrival[i].sample(rArrival[i]), i << KIND_BITS | ARRIVAL);
        }
      }
    }
    int slices = 50;
    for (int s = 1; s <= slices; s++) {
      if (cancelled != null && cancelled.getAsBoolean()) {
        return null;
      }
      sim.runUntil(s == slices ? endW : endW * s / slices, this);
      if (progress != null) {
        progress.accept((double) s / slices);
      }
    }
    return finish(warmup, horizon, warmW, endW);
  }

  @Override
  public void handle(int payload) {
    int target = payload >>> KIND_BITS;
    switch (payload & KIND_MASK) {
      case WORK_END -> workEnd(target);
      case ARRIVAL -> arrival(target);
      case FAIL -> fail(target);
      case REPAIR_END -> repaired(target);
      case SETUP_END -> startWork(target);
      case STOP_END -> finished(target);
      case BOUNDARY -> boundary();
      case WARMUP -> warmupEnds();
      default -> throw new IllegalStateException();
    }
  }

  // ------------------------------------------------------------------------------ stations

  private void setState(int s, int newState) {
    measures.state(s, newState, sim.now());
  }

  /** A station has a piece: it takes its operators from the crew (or waits for them in line), then sets up or works. */
  private void startPiece(int s) {
    if (need[s] > 0) {
      if (operatorHead >= 0 || freeOperators < need[s]) {
        if (operatorTail < 0) {
          operatorHead = s;
        } else {
          operatorNext[operatorTail] = s;
        }
        operatorTail = s;
        operatorNext[s] = -1;
        operatorWaitSince[s] = sim.now();
        setState(s, STARVED);
        return;
      }
      changeOperators(-need[s]);
    }
    beginPiece(s);
  }

  private void changeOperators(int delta) {
    measures.crew(crew - freeOperators, sim.now());
    freeOperators += delta;
  }

  /** Gives the free operators to the stations waiting for them, first come first served. */
  private void serveOperators() {
    while (operatorHead >= 0 && freeOperators >= need[operatorHead]) {
      int s = operatorHead;
      operatorHead = operatorNext[s];
      if (operatorHead < 0) {
        operatorTail = -1;
      }
      measures.operatorWait(s, sim.now() - operatorWaitSince[s]);
      changeOperators(-need[s]);
      beginPiece(s);
    }
  }

  private void beginPiece(int s) {
    int v = variant[part[s]];
    if (setupTime[s] != null && lastVariant[s] >= 0 && v != lastVariant[s]) {
      lastVariant[s] = v;
      setState(s, SETUP);
      sim.schedule(setupTime[s].sample(rSetup[s]), s << KIND_BITS | SETUP_END);
      return;
    }
    lastVariant[s] = v;
    startWork(s);
  }

  private void startWork(int s) {
    remWork[s] = cycle[s].sample(rCycle[s]);
    setState(s, WORKING);
    continueWork(s);
  }

  private void continueWork(int s) {
    if (ttf[s] != null && remTtf[s] < remWork[s]) {
      sim.schedule(remTtf[s], s << KIND_BITS | FAIL);
    } else {
      sim.schedule(remWork[s], s << KIND_BITS | WORK_END);
    }
  }

  private void fail(int s) {
    remWork[s] -= remTtf[s];
    remTtf[s] = ttf[s].sample(rFail[s]);
    measures.failure(s);
    setState(s, FAILED);
    sim.schedule(ttr[s].sample(rRepair[s]), s << KIND_BITS | REPAIR_END);
  }

  private void repaired(int s) {
    setState(s, WORKING);
    continueWork(s);
  }

  private void workEnd(int s) {
    if (ttf[s] != null) {
      remTtf[s] -= remWork[s];
    }
    remWork[s] = 0;
    measures.completion(s);
    if (need[s] > 0) {
      changeOperators(need[s]);
      serveOperators();
    }
    choose(s, part[s]);
    double[] p = stopP[s];
    if (p != null) {
      int row = stopRow[s];
      stopRow[s] = row + 1 == p.length ? 0 : row + 1;
      if (rStop[s].nextDouble() < p[row]) {
        measures.stop(s);
        setState(s, FAILED);
        sim.schedule(stopRepair[s].sample(rRepair[s]), s << KIND_BITS | STOP_END);
        return;
      }
    }
    finished(s);
  }

  /** The station's piece is done and may leave. */
  private void finished(int s) {
    ready[s] = true;
    push(s);
  }

  // ------------------------------------------------------------------------------ moving pieces

  /** Picks the next node for the piece a node offers now. */
  private void choose(int u, int p) {
    int[] to = routeTo[u];
    int r = 0;
    if (to.length > 1) {
      double x = rRoute[u].nextDouble();
      double[] cum = routeCum[u];
      while (x >= cum[r] && r < to.length - 1) {
        r++;
      }
    }
    dest[u] = routeRework[u][r] ? -1 - to[r] : to[r];
    if (routeDefective[u][r] && p >= 0) {
      reworked[p] = true;
      if (kind[u] == K_STATION) {
        measures.defect(u);
      }
    }
  }

  private boolean canAccept(int d) {
    return switch (kind[d]) {
      case K_STATION -> part[d] < 0;
      case K_BUFFER -> count[d] < capacity[d];
      case K_SINK -> true;
      default -> false;
    };
  }

  /** A node offers its ready piece to the node chosen for it; if that is full, it waits in line there. */
  private void push(int u) {
    int d = dest[u];
    if (d < 0) { // a rework flow: the rack in front of the target takes it when the target cannot
      int target = -1 - d;
      int p = take(u);
      if (canAccept(target) && rackCount[target] == 0) {
        accept(target, p);
      } else {
        rackPut(target, p);
      }
      released(u);
      return;
    }
    if (canAccept(d)) {
      int p = take(u);
      accept(d, p);
      released(u);
    } else {
      if (waitTail[d] < 0) {
        waitHead[d] = u;
      } else {
        waitNext[waitTail[d]] = u;
      }
      waitTail[d] = u;
      waitNext[u] = -1;
      if (kind[u] == K_STATION) {
        setState(u, BLOCKED);
      }
    }
  }

  /** Removes the ready piece from a node. */
  private int take(int u) {
    switch (kind[u]) {
      case K_STATION -> {
        int p = part[u];
        part[u] = -1;
        ready[u] = false;
        return p;
      }
      case K_BUFFER -> {
        int p = items[u][head[u]];
        head[u] = head[u] + 1 == items[u].length ? 0 : head[u] + 1;
        count[u]--;
        measures.fill(u, count[u], sim.now());
        ready[u] = false;
        return p;
      }
      case K_SOURCE -> {
        backlog[u]--;
        ready[u] = false;
        return newPiece(u);
      }
      default -> throw new IllegalStateException();
    }
  }

  /** A node has given its piece away: it offers its next one, and takes what waits for it. */
  private void released(int u) {
    switch (kind[u]) {
      case K_STATION -> {
        if (!refill(u)) {
          setState(u, STARVED);
        }
      }
      case K_BUFFER -> {
        if (count[u] > 0) {
          ready[u] = true;
          choose(u, items[u][head[u]]);
          push(u);
        }
        refill(u);
      }
      case K_SOURCE -> offer(u);
      default -> throw new IllegalStateException();
    }
  }

  /** Fills a node's free places from its rework rack, then from the nodes blocked on it; true if it took a piece. */
  private boolean refill(int d) {
    boolean took = false;
    while (canAccept(d)) {
      if (rackCount[d] > 0) {
        int p = rack[d][rackHead[d]];
        rackHead[d] = rackHead[d] + 1 == rack[d].length ? 0 : rackHead[d] + 1;
        rackCount[d]--;
        accept(d, p);
        took = true;
      } else if (waitHead[d] >= 0) {
        int u = waitHead[d];
        waitHead[d] = waitNext[u];
        if (waitHead[d] < 0) {
          waitTail[d] = -1;
        }
        waitNext[u] = -1;
        int p = take(u);
        accept(d, p);
        took = true;
        released(u);
      } else {
        break;
      }
    }
    return took;
  }

  private void accept(int d, int p) {
    switch (kind[d]) {
      case K_STATION -> {
        part[d] = p;
        startPiece(d);
      }
      case K_BUFFER -> {
        int[] q = items[d];
        if (count[d] == q.length) {
          int[] bigger = new int[Math.min(capacity[d], q.length * 2)];
          for (int i = 0; i < count[d]; i++) {
            bigger[i] = q[(head[d] + i) % q.length];
          }
          items[d] = bigger;
          head[d] = 0;
          q = bigger;
        }
        q[(head[d] + count[d]) % q.length] = p;
        count[d]++;
        measures.fill(d, count[d], sim.now());
        if (count[d] == 1) {
          ready[d] = true;
          choose(d, p);
          push(d);
        }
      }
      case K_SINK -> exit(p);
      default -> throw new IllegalStateException();
    }
  }

  private void rackPut(int d, int p) {
    if (rack[d] == null) {
      rack[d] = new int[8];
    }
    int[] q = rack[d];
    if (rackCount[d] == q.length) {
      int[] bigger = new int[q.length * 2];
      for (int i = 0; i < rackCount[d]; i++) {
        bigger[i] = q[(rackHead[d] + i) % q.length];
      }
      rack[d] = bigger;
      rackHead[d] = 0;
      q = bigger;
    }
    q[(rackHead[d] + rackCount[d]) % q.length] = p;
    rackCount[d]++;
  }

  // ------------------------------------------------------------------------------ sources and sinks

  private void arrival(int src) {
    sim.schedule(interarrival[src].sample(rArrival[src]), src << KIND_BITS | ARRIVAL);
    measures.arrival();
    if (lossy[src]) {
      if (ready[src]) {
        return; // cannot happen: a lossy source never waits
      }
      choose(src, -1);
      int d = dest[src] < 0 ? -1 - dest[src] : dest[src];
      if (dest[src] >= 0 && !canAccept(d)) {
        measures.lost();
        return;
      }
      backlog[src]++;
      ready[src] = true;
      push(src);
      return;
    }
    backlog[src]++;
    if (!ready[src]) {
      offer(src);
    }
  }

  /** A source offers its next piece, if it has one. */
  private void offer(int src) {
    if (backlog[src] <= 0 || lossy[src]) {
      return;
    }
    ready[src] = true;
    choose(src, -1);
    push(src);
  }

  private int newPiece(int src) {
    if (freeCount == 0) {
      grow();
    }
    int p = free[--freeCount];
    entry[p] = sim.now();
    entryWall[p] = calendar == null ? sim.now() : calendar.toWall(sim.now());
    reworked[p] = dest[src] >= 0 && routeDefectiveTo(src);
    variant[p] = nextVariant(src);
    measures.wip(1, sim.now());
    return p;
  }

  private boolean routeDefectiveTo(int src) {
    for (int r = 0; r < routeTo[src].length; r++) {
      if (routeTo[src][r] == dest[src] && routeDefective[src][r]) {
        return true;
      }
    }
    return false;
  }

  private int nextVariant(int src) {
    if (variantWeight.length < 2) {
      return 0;
    }
    if (lotLeft[src] == 0) {
      double x = rVariant[src].nextDouble() * variantWeight[variantWeight.length - 1];
      int v = 0;
      while (v < variantWeight.length - 1 && x >= variantWeight[v]) {
        v++;
      }
      lotVariant[src] = v;
      lotLeft[src] = Math.max(1, model.variants().get(v).lot());
    }
    lotLeft[src]--;
    return lotVariant[src];
  }

  private void grow() {
    int old = entry.length;
    int size = parts == 0 ? old : old * 2;
    if (parts > 0) {
      entry = Arrays.copyOf(entry, size);
      entryWall = Arrays.copyOf(entryWall, size);
      variant = Arrays.copyOf(variant, size);
      reworked = Arrays.copyOf(reworked, size);
      free = Arrays.copyOf(free, size);
    }
    for (int p = size - 1; p >= parts; p--) {
      free[freeCount++] = p;
    }
    parts = size;
  }

  private void exit(int p) {
    double now = sim.now();
    measures.wip(-1, now);
    if (measures.measuring()) {
      measures.exit(!reworked[p], currentShift, now - entry[p], (calendar == null ? now : calendar.toWall(now)) - entryWall[p]);
    }
    free[freeCount++] = p;
  }

  // ------------------------------------------------------------------------------ calendar and warm-up

  private void boundary() {
    double stopped = calendar.wallTo(calWeek, calInterval);
    calInterval++;
    if (calInterval == calendar.intervals()) {
      calInterval = 0;
      calWeek++;
    }
    double gap = Math.min(calendar.wallFrom(calWeek, calInterval), endWall) - Math.max(stopped, warmWall);
    measures.standstill(gap);
    currentShift = calendar.shiftOf(calInterval);
    sim.scheduleAt(calendar.workingTo(calWeek, calInterval), BOUNDARY);
  }

  private void warmupEnds() {
    double now = sim.now();
    measures.start(now);
    for (int s = operatorHead; s >= 0; s = operatorNext[s]) {
      operatorWaitSince[s] = now;
    }
  }

  private ReplicationResult finish(double warmup, double horizon, double warmW, double endW) {
    double now = sim.now();
    for (int s = operatorHead; s >= 0; s = operatorNext[s]) {
      measures.operatorWait(s, now - operatorWaitSince[s]);
      operatorWaitSince[s] = now;
    }
    return measures.result(now, crew - freeOperators, horizon - warmup, endW - warmW, sim.events());
  }
}
