package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.Severity;

/**
 * What every rule pack in the build must pass: it loads (every rule created, its thresholds read),
 * its ids are unique and well-formed, every text exists in English and Chinese with the same
 * arguments, every rule cites a standard, a rule that throws inside it is isolated, and on the
 * examples every rule has a failing case (the non-compliant example) and a passing one (the clean
 * example). A pack's test extends this class and names its pack and examples.
 */
public abstract class RulePackContract {
  private static final Pattern ARG = Pattern.compile("\\{(\\d+)[^}]*}");

  /** The pack's id. */
  protected abstract String packId();

  /** Example folders (besides the catalogue) the pack finds nothing in. */
  protected abstract String[] cleanExamples();

  /** Example folders in which every rule of the pack finds something. */
  protected abstract String[] nonCompliantExamples();

  protected RulePack pack() {
    return Fixtures.pack(packId());
  }

  @Test
  void thePackLoadsWithEveryRuleAndItsThresholds() {
    RulePack p = pack();
    assertFalse(p.rules().isEmpty());
    for (RuleDescriptor d : p.rules()) {
      assertNull(d.loadError(), d.id() + " did not load");
      assertNotNull(d.rule(), d.id());
    }
    assertTrue(Fixtures.packs().problems().stream().noneMatch(s -> s.contains("'" + packId() + "'")), Fixtures.packs().problems().toString());
  }

  @Test
  void idsAreWellFormedAndUniqueAcrossAllPacks() {
    Set<String> all = new HashSet<>();
    for (RulePack p : Fixtures.packs().packs()) {
      for (RuleDescriptor d : p.rules()) {
        assertTrue(all.add(d.id()), "duplicate " + d.id());
      }
    }
    assertTrue(RulePacks.PACK_ID.matcher(packId()).matches());
    for (RuleDescriptor d : pack().rules()) {
      assertTrue(RulePacks.RULE_ID.matcher(d.id()).matches(), d.id());
      assertTrue(d.id().startsWith(packId() + "."), d.id());
      assertEquals(packId(), d.packId());
    }
  }

  @Test
  void everyTextExistsInEnglishAndChineseWithTheSameArguments() {
    RulePack p = pack();
    List<String> problems = new ArrayList<>();
    for (RuleDescriptor d : p.rules()) {
      for (String suffix : new String[] {".title", ".message", ".rationale"}) {
        for (var locale : List.of(Fixtures.EN, Fixtures.ZH)) {
          String t = p.texts().exact(d.id() + suffix, locale);
          if (t == null || t.isBlank()) {
            problems.add(locale + ": no " + d.id() + suffix);
          }
        }
      }
    }
    Set<String> en = p.texts().englishKeys();
    Set<String> zh = p.texts().chineseKeys();
    if (!en.equals(zh)) {
      Set<String> onlyEn = new TreeSet<>(en);
      onlyEn.removeAll(zh);
      Set<String> onlyZh = new TreeSet<>(zh);
      onlyZh.removeAll(en);
      problems.add("only in English: " + onlyEn + ", only in Chinese: " + onlyZh);
    }
    for (String key : en) {
      String zt = p.texts().exact(key, Fixtures.ZH);
      if (zt != null && !args(p.texts().exact(key, Fixtures.EN)).equals(args(zt))) {
        problems.add(key + ": arguments differ between English and Chinese");
      }
      if (zt != null && !zt.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
        problems.add(key + ": the Chinese text has no Chinese");
      }
    }
    Set<String> ruleIds = p.rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
    for (String key : en) {
      if (ruleIds.stream().noneMatch(id -> key.startsWith(id + "."))) {
        problems.add(key + " belongs to no rule of the pack");
      }
    }
    assertEquals(List.of(), problems);
  }

  private static Set<String> args(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARG.matcher(s);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyRuleCitesAStandardWithSeverity() {
    for (RuleDescriptor d : pack().rules()) {
      assertFalse(d.standard().isBlank(), d.id());
      assertNotNull(d.severity(), d.id());
      assertTrue(d.citation(Fixtures.ZH).contains(d.designation(Fixtures.ZH)), d.id());
      assertFalse(d.title(Fixtures.ZH).equals(d.title(Fixtures.EN)), d.id() + ": the Chinese title is the English one");
    }
  }

  @Test
  void theCleanExamplesHaveNoFindings() throws Exception {
    List<PlantModel> plants = Fixtures.plants(cleanExamples());
    List<Finding> findings = Fixtures.run(pack(), plants, Fixtures.EN);
    assertEquals(List.of(), findings.stream().map(f -> f.ruleId() + ": " + f.message()).toList());
    assertTrue(plants.stream().anyMatch(p -> pack().covers(p.plant().getJurisdiction())), "the clean examples are in the pack's jurisdiction");
  }

  @Test
  void everyRuleFailsOnTheNonCompliantExample() throws Exception {
    List<Finding> findings = Fixtures.run(pack(), Fixtures.plants(nonCompliantExamples()), Fixtures.EN);
    Set<String> fired = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> all = pack().rules().stream().map(RuleDescriptor::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(all, fired, "every rule has a failing case in " + List.of(nonCompliantExamples()));
    for (Finding f : findings) {
      assertTrue(f.line() > 0 && f.file() != null, "a finding names its file and line: " + f);
      assertFalse(f.internalError(), f.message());
      assertFalse(f.message().contains(f.ruleId() + ".message"), "message text missing: " + f.message());
    }
  }

  @Test
  void aRuleThatThrowsIsIsolatedAndTheOthersStillRun() throws Exception {
    List<PlantModel> plants = Fixtures.plants(nonCompliantExamples());
    List<Finding> before = Fixtures.run(pack(), plants, Fixtures.EN);
    Rule throwing = context -> {
      throw new IllegalStateException("boom");
    };
    RuleDescriptor bad = new RuleDescriptor(packId() + ".contract.throws", packId(), "TEST", "1", "-", "1", Severity.ERROR,
        pack().texts(), throwing, null);
    List<Finding> after = Fixtures.run(pack().with(bad), plants, Fixtures.EN);
    List<Finding> internal = after.stream().filter(Finding::internalError).toList();
    assertFalse(internal.isEmpty());
    for (Finding f : internal) {
      assertEquals(packId() + ".contract.throws", f.ruleId());
      assertTrue(f.message().contains(packId() + ".contract.throws") && f.message().contains(packId()) && f.message().contains("boom"),
          f.message());
    }
    assertEquals(before, after.stream().filter(f -> !f.internalError()).toList(), "the other rules found the same");
  }
}
