package org.linebench.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.Severity;

/**
 * What every rule pack must pass, LineBench's own and an integrator's: it loads (every rule created,
 * its thresholds read), its ids are unique and well-formed, every text exists in English and
 * Chinese with the same arguments (a further language the pack adds translates some of its texts,
 * with the same arguments; what it lacks falls back to English), every rule cites a standard, a
 * rule that throws inside it is isolated, and on the pack's own example files every rule has a
 * failing case (the non-compliant examples) and the clean examples have none.
 * <p>
 * A pack's test extends this class, names its pack and gives its example files or folders:
 *
 * <pre>
 * class AcmePackTest extends RulePackContract {
 *   protected String packId() { return "acme"; }
 *   protected List&lt;Path&gt; cleanExamples() { return List.of(Sources.resolve("examples", "press-shop.line")); }
 *   protected List&lt;Path&gt; nonCompliantExamples() { return List.of(Sources.resolve("examples", "press-shop-bad.line")); }
 * }
 * </pre>
 *
 * The pack is the one installed in the test's platform (its bundle must be in the test runtime).
 */
public abstract class RulePackContract {
  private static final Pattern ARG = Pattern.compile("\\{(\\d+)[^}]*}");
  /** The languages every pack speaks: English (the base texts) and Simplified Chinese. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  private static RulePacks installed;

  /** The pack's id. */
  protected abstract String packId();

  /** Line files or folders the pack finds nothing in; at least one plant in them is in the pack's jurisdictions. */
  protected abstract List<Path> cleanExamples();

  /** Line files or folders in which every rule of the pack finds something. */
  protected abstract List<Path> nonCompliantExamples();

  /** Line files or folders loaded with the examples for their types (a catalogue); none unless given. */
  protected List<Path> libraries() {
    return List.of();
  }

  /** The packs installed in the running platform, read once. */
  public static synchronized RulePacks installed() {
    if (installed == null) {
      installed = RulePacks.fromPlatform();
    }
    return installed;
  }

  private RulePack pack() {
    return installed().find(packId()).orElseThrow(() -> new AssertionError("pack " + packId() + " is not installed: " + installed().problems()));
  }

  /** The plants of the given files, loaded with the libraries; fails when they do not load cleanly. */
  private List<PlantModel> plants(List<Path> examples) throws IOException {
    List<Path> paths = new ArrayList<>(libraries());
    paths.addAll(examples);
    LineModels.Result r = LineModels.load(LineModels.collect(paths));
    assertEquals(0, r.errorCount(), () -> "the examples do not load cleanly: " + r.issues());
    return PlantModel.of(r.files().values());
  }

  private static List<Finding> run(RulePack pack, List<PlantModel> plants) {
    return run(pack, plants, Locale.ENGLISH);
  }

  private static List<Finding> run(RulePack pack, List<PlantModel> plants, Locale locale) {
    try (RuleEngine engine = new RuleEngine()) {
      return engine.run(List.of(pack), plants, locale, false).findings();
    }
  }

  /**
   * What the pack finds in the given line files or folders (loaded with the {@link #libraries()}),
   * in the given language, in file and line order: for a pack's own tests of what its rules say.
   */
  protected List<Finding> findings(List<Path> examples, Locale locale) throws IOException {
    return run(pack(), plants(examples), locale);
  }

  @Test
  public void thePackLoadsWithEveryRuleAndItsThresholds() {
    RulePack p = pack();
    assertFalse(p.rules().isEmpty());
    for (RuleDescriptor d : p.rules()) {
      assertNull(d.loadError(), d.id() + " did not load");
      assertNotNull(d.rule(), d.id());
    }
    assertTrue(installed().problems().stream().noneMatch(s -> s.contains("'" + packId() + "'")), installed().problems().toString());
  }

  @Test
  public void idsAreWellFormedAndUniqueAcrossAllPacks() {
    Set<String> all = new HashSet<>();
    for (RulePack p : installed().packs()) {
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
  public void everyTextExistsInEnglishAndChineseWithTheSameArguments() {
    RulePack p = pack();
    List<String> problems = new ArrayList<>();
    for (RuleDescriptor d : p.rules()) {
      for (String suffix : new String[] {".title", ".message", ".rationale"}) {
        for (Locale locale : LANGUAGES) {
          String t = p.texts().exact(d.id() + suffix, locale);
          if (t == null || t.isBlank()) {
            problems.add(locale + ": no " + d.id() + suffix);
          }
        }
      }
    }
    Set<String> en = p.texts().keys(Locale.ENGLISH);
    Set<String> zh = p.texts().keys(Locale.SIMPLIFIED_CHINESE);
    if (!en.equals(zh)) {
      Set<String> onlyEn = new TreeSet<>(en);
      onlyEn.removeAll(zh);
      Set<String> onlyZh = new TreeSet<>(zh);
      onlyZh.removeAll(en);
      problems.add("only in English: " + onlyEn + ", only in Chinese: " + onlyZh);
    }
    for (String key : en) {
      String zt = p.texts().exact(key, Locale.SIMPLIFIED_CHINESE);
      if (zt != null && !args(p.texts().exact(key, Locale.ENGLISH)).equals(args(zt))) {
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

  /** A pack may translate its texts into more languages, all or some: only texts it has, with the same arguments. */
  @Test
  public void otherLanguagesTranslateTextsOfThePackWithTheSameArguments() {
    RulePack p = pack();
    Set<String> en = p.texts().keys(Locale.ENGLISH);
    List<String> problems = new ArrayList<>();
    for (Locale language : p.texts().languages()) {
      if (language.equals(Locale.ROOT) || LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
        continue;
      }
      for (String key : p.texts().keys(language)) {
        String t = p.texts().exact(key, language);
        if (!en.contains(key)) {
          problems.add(language + ": " + key + " is not a text of the pack");
        } else if (t.isBlank() || !args(p.texts().exact(key, Locale.ENGLISH)).equals(args(t))) {
          problems.add(language + ": " + key + " is empty or its arguments differ from the English ones");
        }
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
  public void everyRuleCitesAStandardWithSeverity() {
    for (RuleDescriptor d : pack().rules()) {
      assertFalse(d.standard().isBlank(), d.id());
      assertNotNull(d.severity(), d.id());
      assertTrue(d.citation(Locale.SIMPLIFIED_CHINESE).contains(d.designation(Locale.SIMPLIFIED_CHINESE)), d.id());
      assertFalse(d.title(Locale.SIMPLIFIED_CHINESE).equals(d.title(Locale.ENGLISH)), d.id() + ": the Chinese title is the English one");
    }
  }

  @Test
  public void theCleanExamplesHaveNoFindings() throws Exception {
    List<PlantModel> plants = plants(cleanExamples());
    List<Finding> findings = run(pack(), plants);
    assertEquals(List.of(), findings.stream().map(f -> f.ruleId() + ": " + f.message()).toList());
    assertTrue(plants.stream().anyMatch(p -> pack().covers(p.plant().getJurisdiction())), "the clean examples are in the pack's jurisdiction");
  }

  @Test
  public void everyRuleFailsOnTheNonCompliantExamples() throws Exception {
    List<Finding> findings = run(pack(), plants(nonCompliantExamples()));
    Set<String> fired = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> all = pack().rules().stream().map(RuleDescriptor::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(all, fired, "every rule has a failing case in " + nonCompliantExamples());
    for (Finding f : findings) {
      assertTrue(f.line() > 0 && f.file() != null, "a finding names its file and line: " + f);
      assertFalse(f.internalError(), f.message());
      assertFalse(f.message().contains(f.ruleId() + ".message"), "message text missing: " + f.message());
    }
  }

  @Test
  public void aRuleThatThrowsIsIsolatedAndTheOthersStillRun() throws Exception {
    List<PlantModel> plants = plants(nonCompliantExamples());
    List<Finding> before = run(pack(), plants);
    Rule throwing = context -> {
      throw new IllegalStateException("boom");
    };
    RuleDescriptor bad = new RuleDescriptor(packId() + ".contract.throws", packId(), "TEST", "1", "-", "1", Severity.ERROR,
        pack().texts(), throwing, null);
    List<Finding> after = run(pack().with(bad), plants);
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
