package org.linebench.sim.kernel;

/**
 * The event loop: a clock and the future event list. A model schedules events as an {@code int}
 * payload (what happens, to what) and handles them in {@link Handler#handle(int)} when their time
 * comes.
 */
public final class Simulator {
  /** Reacts to an event; the clock stands at its time. */
  @FunctionalInterface
  public interface Handler {
    void handle(int payload);
  }

  private final EventQueue queue;
  private double now;
  private long events;

  public Simulator(int initialCapacity) {
    queue = new EventQueue(initialCapacity);
  }

  public double now() {
    return now;
  }

  /** Events handled so far. */
  public long events() {
    return events;
  }

  public int pending() {
    return queue.size();
  }

  /** Schedules an event {@code delay} after now (0: after the events already due now). */
  public void schedule(double delay, int payload) {
    queue.push(now + delay, payload);
  }

  /** Schedules an event at an absolute time, not before now. */
  public void scheduleAt(double time, int payload) {
    queue.push(Math.max(time, now), payload);
  }

  /**
   * Handles events in time order until the next one lies after {@code until} (or none is left);
   * the clock then stands at {@code until}.
   */
  public void runUntil(double until, Handler handler) {
    EventQueue q = queue;
    long n = 0;
    while (q.size() > 0 && q.peekTime() <= until) {
      int payload = q.pop();
      now = q.lastTime();
      n++;
      handler.handle(payload);
    }
    events += n;
    if (until > now && until != Double.POSITIVE_INFINITY) {
      now = until;
    }
  }

  /** Handles at most {@code count} events (for benchmarks and stepping). */
  public void step(long count, Handler handler) {
    EventQueue q = queue;
    for (long i = 0; i < count && q.size() > 0; i++) {
      int payload = q.pop();
      now = q.lastTime();
      handler.handle(payload);
    }
    events += count;
  }
}
