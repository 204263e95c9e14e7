package org.linebench.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The event list against a plain priority queue, ties first in first out, across renumbering. */
class EventQueueTest {
  private record Event(double time, long seq, int payload) {}

  /** Random pushes and pops, many at equal times; the same order as a priority queue on (time, sequence). */
  private static void compare(EventQueue q, long operations, long seed) {
    PriorityQueue<Event> reference = new PriorityQueue<>(Comparator.comparingDouble(Event::time).thenComparingLong(Event::seq));
    SplittableRandom r = new SplittableRandom(seed);
    long seq = 0;
    double now = 0;
    for (long i = 0; i < operations; i++) {
      if (reference.isEmpty() || r.nextInt(100) < 52) {
        double t = now + (r.nextBoolean() ? 0 : r.nextInt(5)); // integer times: ties everywhere
        int payload = r.nextInt();
        q.push(t, payload);
        reference.add(new Event(t, seq++, payload));
      } else {
        Event e = reference.poll();
        assertEquals(e.time(), q.peekTime(), "operation " + i);
        assertEquals(e.payload(), q.pop(), "operation " + i);
        assertEquals(e.time(), q.lastTime());
        now = e.time();
      }
      assertEquals(reference.size(), q.size());
    }
  }

  @Test
  void eventsLeaveInTimeOrderAndTiesInTheOrderTheyCame() {
    compare(new EventQueue(4), 200_000, 1);
  }

  @Test
  void sequenceNumbersAreRenumberedWithoutChangingTheOrder() {
    compare(new EventQueue(4, 1000), 200_000, 2);
  }

  @Test
  void theSimulatorRunsToATimeAndHandlesEventsInOrder() {
    Simulator sim = new Simulator(2);
    List<String> seen = new ArrayList<>();
    sim.schedule(5, 1);
    sim.schedule(5, 2);
    sim.schedule(1, 3);
    sim.runUntil(4, p -> seen.add(p + "@" + sim.now()));
    assertEquals(List.of("3@1.0"), seen);
    assertEquals(4, sim.now(), 0);
    sim.runUntil(10, p -> {
      seen.add(p + "@" + sim.now());
      if (p == 1) {
        sim.schedule(0, 4); // at the same time, after those already due
      }
    });
    assertEquals(List.of("3@1.0", "1@5.0", "2@5.0", "4@5.0"), seen);
    assertEquals(4, sim.events());
  }

  @Test
  void streamsAreTheSameForAnElementWhateverElseTheLineHas() {
    Streams s = new Streams(1, 0);
    assertEquals(s.stream("OP20", 1).nextLong(), new Streams(1, 0).stream("OP20", 1).nextLong(), "common random numbers");
    assertNotEquals(s.stream("OP20", 1).nextLong(), s.stream("OP30", 1).nextLong());
    assertNotEquals(s.stream("OP20", 1).nextLong(), s.stream("OP20", 2).nextLong(), "one stream per purpose");
    assertNotEquals(s.stream("OP20", 1).nextLong(), new Streams(1, 1).stream("OP20", 1).nextLong(), "one per replication");
    assertNotEquals(s.stream("OP20", 1).nextLong(), new Streams(2, 0).stream("OP20", 1).nextLong(), "one per seed");
    double sum = 0;
    SplittableRandom r = s.stream("x", 0);
    for (int i = 0; i < 100_000; i++) {
      sum += r.nextDouble();
    }
    assertTrue(Math.abs(sum / 100_000 - 0.5) < 0.005, "uniform: " + sum / 100_000);
  }
}
