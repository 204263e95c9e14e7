package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linebench.rules.api.Finding;

/**
 * Every finding of the guard, robot, risk-assessment, Chinese-text, certification, data and model
 * rules proposes a fix or says why none exists (#19), in English and Chinese: on the non-compliant
 * examples and on generated plants with one defect of every variant of these rules.
 */
class FixCoverageTest {

  /** The rules (by the part of their id after the standard) this test covers. */
  static final Set<String> RULES = Set.of("robot-cell-safeguarding", "collaborative-modes", "reach-over-guard", "reach-through-opening",
      "reach-under-guard", "lower-limb-opening", "guard-height-hint", "hazards-identified", "risks-reduced", "safety-model-documentation",
      "high-risk-obligations", "ml-safety-component-assessment", "chinese-product-information", "chinese-warnings", "compulsory-certification",
      "important-data-localization", "cross-border-assessment", "personal-information-export");

  /** One defect of every variant of the rules above. */
  static final String DEFECTS = """
      equipment-type Cobot kind robot modes power-and-force-limiting, hand-guiding

      plant P "工厂" {
      	country CN
      	maker "ACME GmbH"
      	address "Stuttgart"
      	data D1 class important stored-in DE
      	data D2 class important stored-in DE cleared-by standard-contract "SC-1" on "2025-01-01"
      	data D3 class general personal-information
      	data D4 class important
      	data-flow F1 D4 to "HQ" in DE
      	data-flow F2 D4 to "HQ" in DE cleared-by standard-contract "SC-2" on "2025-01-01"
      	data-flow F3 D3 to "HQ" in DE
      	line L {
      		takt 60 s
      		hazard H1 in C.ZC kind mechanical
      		hazard H2 in B.ZB kind mechanical phase operation persons operator risk S2 F2 P2
      		hazard H3 in C.ZC kind mechanical phase operation persons operator risk S2 F2 P2 measures C.SF residual not-acceptable
      		hazard H4 in D.ZD kind mechanical phase operation persons operator risk S2 F2 P2 design "fixed fence"
      		source In
      		station A assembly {
      			cycle-time 50 s
      			robot RA
      		}
      		station B robot-cell {
      			cycle-time 50 s
      			stopping-time 100 ms
      			robot RB
      			zone ZB
      		}
      		station C assembly {
      			cycle-time 50 s
      			stopping-time 100 ms
      			zone ZC
      			guard G1 protects ZC height 1200 mm distance 1100 mm
      			guard G2 protects ZC height 900 mm distance 1000 mm
      			guard G3 protects ZC height 2000 mm
      			guard G4 protects ZC height 2700 mm distance 100 mm opening 20 mm
      			guard G5 protects ZC height 2700 mm distance 900 mm opening 200 mm
      			guard G6 protects ZC height 2700 mm opening 20 mm
      			guard G7 protects ZC height 2700 mm distance 700 mm ground-clearance 300 mm
      			guard G8 protects ZC height 2700 mm distance 500 mm ground-clearance 1200 mm
      			guard G9 protects ZC height 2700 mm ground-clearance 100 mm
      			guard G10 protects ZC height 2700 mm distance 100 mm ground-clearance 50 mm
      			robot RC : Cobot collaborative
      			robot RD : Cobot collaborative modes speed-and-separation-monitoring
      			robot RE collaborative
      			robot RF : Cobot collaborative modes hand-guiding, speed-and-separation-monitoring
      			component K category contactor
      			safety-function SF risk S2 F2 P2 achieved PLb
      			model M card "missing.json" purpose vision
      			safety-function SF2 uses-model M
      			model M2 card "card.json" purpose vision human-override
      			safety-function SF3 uses-model M2
      		}
      		station D assembly {
      			cycle-time 50 s
      			stopping-time 100 ms
      			zone ZD
      			zone ZE
      		}
      		sink Out
      		flow In -> A
      		flow A -> B
      		flow B -> C
      		flow C -> D
      		flow D -> Out
      	}
      }

      plant Q {
      	country CN
      	ciio
      	data E1 class important stored-in DE
      	data E2 class important
      	data E3 class general personal-information
      	data-flow FQ1 E3 to "HQ" in DE
      	data-flow FQ2 E3 to "HQ" in DE cleared-by standard-contract "SC-3" on "2025-01-01"
      }
      """;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"cn, en", "cn, zh", "eu, en", "eu, zh"})
  void everyFindingProposesAFixOrSaysWhyNone(String pack, String lang, @TempDir Path dir) throws Exception {
    Locale locale = Locale.forLanguageTag(lang);
    List<Finding> found = new ArrayList<>(Fixtures.run(Fixtures.pack(pack), Fixtures.plants("bodyshop-noncompliant", "electronics-noncompliant"), locale));
    Files.writeString(dir.resolve("card.json"), "{\"name\": \"M2\"}", StandardCharsets.UTF_8);
    String defects = pack.equals("eu") ? DEFECTS.replace("country CN", "country DE") : DEFECTS;
    found.addAll(PackFixesTest.run(dir, pack, defects, locale));
    Set<String> variants = new TreeSet<>();
    for (Finding f : found) {
      String rule = f.ruleId().substring(f.ruleId().lastIndexOf('.') + 1);
      if (!RULES.contains(rule)) {
        continue;
      }
      variants.add(rule + ":" + f.variant());
      assertFalse(f.fixes().isEmpty() && f.noFix().isEmpty(), () -> f.key() + " proposes no fix and says not why: " + f.message());
      if (!f.noFix().isEmpty()) {
        assertFalse(f.noFix().matches("[\\w-]+"), () -> f.key() + ": the pack has no text for " + f.noFix());
        assertEquals(lang.equals("zh"), f.noFix().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            () -> f.key() + " in " + lang + ": " + f.noFix());
      }
    }
    // every variant of these rules was seen: the generated plant has one defect of each
    Set<String> expected = new TreeSet<>(Set.of("robot-cell-safeguarding:", "robot-cell-safeguarding:noZone", "robot-cell-safeguarding:noPerimeter",
        "collaborative-modes:", "collaborative-modes:unsupported", "reach-over-guard:", "reach-over-guard:incomplete", "reach-over-guard:tooLow",
        "reach-through-opening:", "reach-through-opening:incomplete", "reach-through-opening:tooLarge", "reach-under-guard:",
        "reach-under-guard:incomplete", "reach-under-guard:tooHigh", "lower-limb-opening:", "lower-limb-opening:incomplete",
        "lower-limb-opening:tooLarge", "guard-height-hint:", "hazards-identified:", "hazards-identified:incomplete", "risks-reduced:",
        "risks-reduced:noMeasure", "risks-reduced:plTooLow", "risks-reduced:notEvaluated"));
    if (pack.equals("cn")) {
      expected.addAll(Set.of("safety-model-documentation:noOverride", "safety-model-documentation:", "chinese-product-information:", "chinese-product-information:maker",
          "chinese-product-information:address", "chinese-warnings:", "compulsory-certification:", "important-data-localization:",
          "cross-border-assessment:", "cross-border-assessment:wrongClearance", "cross-border-assessment:stored",
          "cross-border-assessment:storedWrongClearance", "personal-information-export:", "personal-information-export:ciio",
          "personal-information-export:ciioWrongClearance"));
    } else {
      expected.addAll(Set.of("high-risk-obligations:", "high-risk-obligations:noOverride", "high-risk-obligations:noCard",
          "ml-safety-component-assessment:"));
    }
    Set<String> unseen = new TreeSet<>(expected);
    unseen.removeAll(variants);
    assertEquals(Set.of(), unseen, "variants seen: " + variants);
    assertTrue(variants.containsAll(expected));
  }
}
