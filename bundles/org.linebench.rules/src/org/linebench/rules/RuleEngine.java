package org.linebench.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Location;
import org.linebench.rules.api.Severity;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.internal.Context;
import org.linebench.rules.internal.Editions;
import org.linebench.rules.internal.view.Views;
import org.linebench.rules.report.Texts;

/**
 * Runs rule packs against plants. Each rule runs on its own for each plant, within a time budget:
 * a rule that throws, overruns its budget or could not be loaded becomes one internal-error finding
 * that names the rule and its pack, and every other rule still runs. The rules see the plant
 * through the read-only view of {@code org.linebench.rules.api.line}, built once per plant and run.
 * <p>
 * The entry point for any caller that has loaded line files (the command line, the workbench's
 * markers, a project builder):
 *
 * <pre>
 * try (RuleEngine engine = new RuleEngine()) {
 *   List&lt;Finding&gt; findings = engine.run(RulePacks.fromPlatform().packs(), PlantModel.of(lineFiles), locale, false).findings();
 * }
 * </pre>
 *
 * An engine is thread-safe; it owns a thread pool, so close it (or keep one for the session).
 */
public final class RuleEngine implements AutoCloseable {
  /** The time a rule may take on one plant unless told otherwise. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

  private final Duration budget;
  private final ExecutorService executor;

  public RuleEngine() {
    this(DEFAULT_BUDGET);
  }

  public RuleEngine(Duration budget) {
    this.budget = budget;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "linebench-rule-" + n.incrementAndGet()); //$NON-NLS-1$
      t.setDaemon(true); // a rule that ignores interruption must not keep the command line alive
      return t;
    });
  }

  /** What a run found, which packs ran on how many plants, and how long it took in all and per rule (ns, wall time in the rule's thread). */
  public record Outcome(List<Finding> findings, List<RulePack> packs, int plantsChecked, long nanos, Map<String, Long> ruleNanos) {
    public long errorCount() {
      return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }
  }

  /**
   * Runs the packs on the plants: each pack on the plants of its jurisdictions. With
   * {@code anyJurisdiction}, a plant that names no country is checked by every pack given.
   */
  public Outcome run(List<RulePack> packs, List<PlantModel> plants, Locale locale, boolean anyJurisdiction) {
    long t0 = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    List<RulePack> ran = new ArrayList<>();
    Map<String, Long> times = new ConcurrentHashMap<>();
    int checked = 0;
    for (PlantModel plant : plants) {
      String country = plant.plant().getJurisdiction();
      boolean any = false;
      Plant view = null;
      for (RulePack pack : packs) {
        if (pack.covers(country) || anyJurisdiction && country == null) {
          if (view == null) {
            view = Views.of(plant);
          }
          findings.addAll(run(pack, view, locale, times));
          if (!ran.contains(pack)) {
            ran.add(pack);
          }
          any = true;
        }
      }
      if (any) {
        checked++;
      }
    }
    findings.sort(ORDER);
    return new Outcome(findings, ran, checked, System.nanoTime() - t0, Map.copyOf(times));
  }

  /**
   * The warning that a plant chooses an edition the pack has no data for; where the pack knows why
   * (its text {@code <rule id>.edition.<edition>}, e.g. {@code ...edition.2024}), the reason and what
   * to check by hand follow.
   */
  private static Finding unknownEdition(RulePack pack, Plant plant, RuleDescriptor d, Editions.Choice choice, Locale locale) {
    Location where = plant.location();
    Texts t = Texts.of(locale);
    String message = t.bind("edition.unknown", new Object[] {plant.name(), choice.unknown(), pack.id(), d.designation(locale)}); //$NON-NLS-1$
    String why = d.texts() == null ? null : d.texts().get(d.id() + ".edition." + choice.unknownEdition(), locale); //$NON-NLS-1$
    if (why != null) {
      message = t.bind("edition.unknown.why", message, why); //$NON-NLS-1$
    }
    return new Finding(d.id(), d.packId(), Severity.WARNING, d.citation(locale), where.file(), where.line(), where.column(),
        plant.qualifiedName(), message, List.of(), "", false); //$NON-NLS-1$
  }

  /** Findings in file, line, column and rule order. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.file() == null ? "" : f.file().toString()) //$NON-NLS-1$
      .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId);

  /**
   * Runs every rule of one pack on one plant. The rules run side by side (they only read the model)
   * and each has its budget from the moment it was started; the findings come in rule order.
   */
  public List<Finding> run(RulePack pack, PlantModel plant, Locale locale) {
    return run(pack, Views.of(plant), locale, new ConcurrentHashMap<>());
  }

  private List<Finding> run(RulePack pack, Plant plant, Locale locale, Map<String, Long> times) {
    List<Finding> findings = new ArrayList<>();
    List<RuleDescriptor> rules = pack.rules();
    List<Context> contexts = new ArrayList<>();
    List<Future<?>> futures = new ArrayList<>();
    long start = System.nanoTime();
    List<String> chosen = plant.editions();
    List<RuleDescriptor> applied = new ArrayList<>();
    for (RuleDescriptor rule : rules) {
      Editions.Choice choice = Editions.choose(rule, chosen);
      RuleDescriptor d = choice.rule();
      applied.add(d);
      if (choice.unknown() != null) {
        findings.add(unknownEdition(pack, plant, d, choice, locale));
      }
      if (d.rule() == null) {
        contexts.add(null);
        futures.add(null);
        continue;
      }
      Context context = new Context(plant, d, locale);
      contexts.add(context);
      futures.add(executor.submit(() -> {
        long t = System.nanoTime();
        try {
          d.rule().check(context);
        } finally {
          times.merge(d.id(), System.nanoTime() - t, Long::sum);
        }
      }));
    }
    long deadline = start + budget.toNanos();
    for (int i = 0; i < rules.size(); i++) {
      RuleDescriptor d = applied.get(i);
      Future<?> future = futures.get(i);
      if (future == null) {
        findings.add(internal(d, plant, Texts.of(locale).bind("internal.load", d.id(), pack.id(), d.loadError()))); //$NON-NLS-1$
        continue;
      }
      try {
        future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        findings.addAll(contexts.get(i).findings());
      } catch (TimeoutException e) {
        future.cancel(true);
        findings.add(internal(d, plant, Texts.of(locale).bind("internal.timeout", d.id(), pack.id(), budget.toMillis()))); //$NON-NLS-1$
      } catch (ExecutionException e) {
        Throwable c = e.getCause() == null ? e : e.getCause();
        String what = c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        findings.add(internal(d, plant, Texts.of(locale).bind("internal.thrown", d.id(), pack.id(), what))); //$NON-NLS-1$
      } catch (InterruptedException e) {
        futures.forEach(f -> {
          if (f != null) {
            f.cancel(true);
          }
        });
        Thread.currentThread().interrupt();
        break;
      }
    }
    return findings;
  }

  private static Finding internal(RuleDescriptor d, Plant plant, String message) {
    Location where = plant.location();
    return new Finding(d.id(), d.packId(), Severity.ERROR, "", where.file(), where.line(), where.column(), //$NON-NLS-1$
        plant.qualifiedName(), message, List.of(), "", true); //$NON-NLS-1$
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
