package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePackRegistry;

/** The installed packs are loaded once, and again when the registry changes. */
class RulePackRegistryTest {

  @Test
  void packsAreLoadedOnceAndAgainAfterARefresh() {
    Counter counter = new Counter();
    RulePackRegistry.addListener(counter);
    try {
      var first = RulePackRegistry.packs();
      assertSame(first, RulePackRegistry.packs(), "not read again");
      RulePack cn = first.find("cn").orElseThrow();
      assertSame(cn.rules().get(0).rule(), RulePackRegistry.packs().find("cn").orElseThrow().rules().get(0).rule(), "rules not created again");
      RulePackRegistry.refresh(); // what the registry listener does when a contribution comes or goes
      assertEquals(1, counter.calls.get());
      var second = RulePackRegistry.packs();
      assertNotSame(first, second);
      assertEquals(first.packs().stream().map(RulePack::id).toList(), second.packs().stream().map(RulePack::id).toList());
    } finally {
      RulePackRegistry.removeListener(counter);
    }
  }

  private static final class Counter implements Runnable {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void run() {
      calls.incrementAndGet();
    }
  }
}
