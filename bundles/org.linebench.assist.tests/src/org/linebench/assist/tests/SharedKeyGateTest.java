package org.linebench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linebench.assist.Assistant;
import org.linebench.assist.LineCheck;
import org.linebench.assist.Proposal;
import org.linebench.dsl.ide.quickfix.LineQuickFixes;
import org.linebench.rules.api.Finding;

/**
 * The gate when two findings share rule, element and variant: a fix is offered only when that very
 * finding is gone (not when the other one of the same key is) and no finding appears, even one of the
 * same key as a finding that went.
 */
class SharedKeyGateTest {
  private static final String MODES_RULE = "eu.en-iso10218-2.collaborative-modes";
  private static final String OVERRIDE_RULE = "cn.linebench.safety-model-documentation";
  private static final String CR1 = "robot CR1 \"Cobot\" : UR10e collaborative modes speed-and-separation-monitoring";
  /** The terms of speed and separation monitoring and of the safety-rated monitored stop, by language. */
  private static final Map<String, List<String>> TERMS = Map.of("en", List.of("speed and separation monitoring", "safety-rated monitored stop"),
      "zh", List.of("\u901f\u5ea6\u548c\u5206\u79bb\u76d1\u63a7", "\u5b89\u5168\u7ea7\u76d1\u63a7\u505c\u6b62"));
  private static final String TWO_MODES = "modes speed-and-separation-monitoring, safety-rated-monitored-stop";

  /**
   * smt-bad.line's cobot CR1, of a type that supports hand guiding only (UR3h, added to the copied
   * catalogue), declared with two modes it does not support: the EU pack reports it twice on CR1 with
   * the variant {@code unsupported} (one finding a mode, the mode in the message and the evidence).
   */
  private static Path twoModes(Path dir) throws Exception {
    Path copy = Examples.copy("electronics-noncompliant/smt-bad.line", dir);
    Path catalogue = dir.resolve("library/catalogue.line");
    Files.writeString(catalogue, Files.readString(catalogue)
        + "\nequipment-type UR3h \"Hand-guided cobot\" kind robot maker \"Universal Robots\" marks CE modes hand-guiding\n");
    String text = Files.readString(copy);
    assertTrue(text.contains(CR1), "smt-bad.line has CR1 as this test knows it");
    Files.writeString(copy, text.replace(CR1, "robot CR1 \"Cobot\" : UR3h collaborative " + TWO_MODES));
    return copy;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void twoModesOfOneRobot(String language, @TempDir Path dir) throws Exception {
    Path copy = twoModes(dir);
    String text = Files.readString(copy);
    try (LineCheck check = Examples.check(copy, Locale.forLanguageTag(language))) {
      Assistant assistant = new Assistant(check);
      List<Finding> unsupported = assistant.original().findings().stream()
          .filter(f -> f.ruleId().equals(MODES_RULE) && f.element().endsWith(".CR1") && f.variant().equals("unsupported")).toList();
      assertEquals(2, unsupported.size(), unsupported.toString());
      assertEquals(unsupported.get(0).key(), unsupported.get(1).key(), "one key for both");
      Finding separation = byMode(unsupported, TERMS.get(language).get(0));
      Finding stop = byMode(unsupported, TERMS.get(language).get(1));

      // the rule's fix takes both modes out: offered
      assertTrue(assistant.fixes(separation).best().label().endsWith(" hand-guiding"), assistant.fixes(separation).best().label());
      assertTrue(assistant.fixes(stop).best().label().endsWith(" hand-guiding"), assistant.fixes(stop).best().label());
      // each verdict of the gate on its own (all reported when several are wrong)
      assertAll(
          // only the other mode taken out: the target is gone, the other finding stays as it was
          () -> assertTrue(assistant.passes(separation, List.of(modes(text, "safety-rated-monitored-stop"))),
              "SSM's finding gone, SRMS's as before"),
          () -> assertTrue(assistant.passes(stop, List.of(modes(text, "speed-and-separation-monitoring"))),
              "SRMS's finding gone, SSM's as before"),
          // the other finding of the key goes, the target stays: not a fix of the target
          () -> assertFalse(assistant.passes(separation, List.of(modes(text, "speed-and-separation-monitoring"))),
              "SSM's finding is still there"),
          () -> assertFalse(assistant.passes(stop, List.of(modes(text, "safety-rated-monitored-stop"))),
              "SRMS's finding is still there"),
          // both go and a new one of the same key comes (power and force limiting, which UR3h does not support either)
          () -> assertFalse(assistant.passes(separation, List.of(modes(text, "power-and-force-limiting"))), "PFL's finding is new"),
          () -> assertNull(assistant.passes(List.of(separation, stop), List.of(modes(text, "power-and-force-limiting"))),
              "PFL's finding is new, though both findings of the key went"),
          () -> assertNotNull(assistant.passes(List.of(separation, stop), List.of(modes(text, "hand-guiding"))),
              "both gone, nothing new"));
    }
  }

  /** The finding of the two whose message names the mode. */
  private static Finding byMode(List<Finding> findings, String term) {
    return findings.stream().filter(f -> f.message().contains(term)).findFirst()
        .orElseThrow(() -> new AssertionError(term + " in " + findings));
  }

  /** CR1's modes replaced by {@code modes}. */
  private static Proposal modes(String text, String modes) {
    int at = text.indexOf(TWO_MODES);
    LineQuickFixes.Fix fix = new LineQuickFixes.Fix(modes,
        List.of(new LineQuickFixes.TextEdit(at, TWO_MODES.length(), "modes " + modes)));
    return new Proposal(modes, fix, List.of(), 1);
  }

  /**
   * bodyshop-bad.line's tip-wear model TipWear used by a second safety function of OP20 (SF23): the
   * China pack's recommendation of a human override is reported twice on TipWear with the variant
   * {@code noOverride}, told apart only by the function in the message (no evidence).
   */
  @Test
  void oneModelInTwoSafetyFunctions(@TempDir Path dir) throws Exception {
    Path copy = Examples.copy("bodyshop-noncompliant/bodyshop-bad.line", dir);
    String sf22 = "safety-function SF22 \"电极磨损停机\" risk S1 F1 P2 achieved PLb uses-model TipWear";
    String sf23 = "safety-function SF23 \"磨损报警停机\" risk S1 F1 P2 achieved PLb uses-model TipWear";
    String text = Files.readString(copy);
    assertTrue(text.contains(sf22), "bodyshop-bad.line has SF22 as this test knows it");
    text = text.replace(sf22, sf22 + "\n\t\t\t" + sf23);
    Files.writeString(copy, text);
    try (LineCheck check = Examples.check(copy, Locale.ENGLISH)) {
      Assistant assistant = new Assistant(check);
      List<Finding> noOverride = assistant.original().findings().stream()
          .filter(f -> f.ruleId().equals(OVERRIDE_RULE) && f.element().endsWith(".TipWear") && f.variant().equals("noOverride")).toList();
      assertEquals(2, noOverride.size(), noOverride.toString());
      assertTrue(noOverride.stream().allMatch(f -> f.evidence().isEmpty()), "no evidence: the message alone tells them apart");
      Finding of22 = noOverride.stream().filter(f -> f.message().contains("SF22")).findFirst().orElseThrow();
      Finding of23 = noOverride.stream().filter(f -> f.message().contains("SF23")).findFirst().orElseThrow();

      assertEquals("add human-override to TipWear", assistant.fixes(of22).best().label(), "the rule's fix removes both");
      Proposal without23 = remove(text, sf23);
      Proposal without22 = remove(text, sf22);
      assertAll(
          () -> assertTrue(assistant.passes(of23, List.of(without23)), "SF23 without the model: its finding gone, SF22's as before"),
          () -> assertFalse(assistant.passes(of22, List.of(without23)), "SF23 without the model: SF22's finding is still there"),
          () -> assertTrue(assistant.passes(of22, List.of(without22)), "SF22 without the model: its finding gone"),
          () -> assertFalse(assistant.passes(of23, List.of(without22)), "SF22 without the model: SF23's finding is still there"));
    }
  }

  /**
   * bodyshop-bad.line's curtain LC20 with a negative response time and a negative distance: the line
   * language reports two structural issues of one code on one line (one key), each naming its value.
   * A finding whose numbers the change alters is still the same finding; the one the change leaves as
   * it was is not gone; one of another value on that line is new.
   */
  @Test
  void twoNegativeValuesOnOneLine(@TempDir Path dir) throws Exception {
    Path copy = Examples.copy("bodyshop-noncompliant/bodyshop-bad.line", dir);
    String lc20 = "protects Z20 detection 30 mm response 15 ms distance 400 mm";
    String text = Files.readString(copy);
    assertTrue(text.contains(lc20), "bodyshop-bad.line has LC20 as this test knows it");
    text = text.replace(lc20, "protects Z20 detection 30 mm response -15 ms distance -400 mm");
    Files.writeString(copy, text);
    try (LineCheck check = Examples.check(copy, Locale.ENGLISH)) {
      Assistant assistant = new Assistant(check);
      List<Finding> negative = assistant.original().findings().stream().filter(f -> f.ruleId().equals("line.negative-value")).toList();
      assertEquals(2, negative.size(), negative.toString());
      assertEquals(negative.get(0).line(), negative.get(1).line(), "one line");
      Finding distance = negative.stream().filter(f -> f.message().contains("-400 mm")).findFirst().orElseThrow();
      Finding response = negative.stream().filter(f -> f.message().contains("-15 ms")).findFirst().orElseThrow();
      String t = text;
      assertAll(
          () -> assertTrue(assistant.passes(distance, List.of(edit(t, "distance -400 mm", "distance 700 mm"))),
              "the distance's finding gone, the response time's as it was"),
          () -> assertTrue(assistant.passes(distance, List.of(edit(t, "response -15 ms distance -400 mm", "response -25 ms distance 700 mm"))),
              "the distance's finding gone, the response time's with its new number"),
          () -> assertFalse(assistant.passes(distance, List.of(edit(t, "response -15 ms", "response 15 ms"))),
              "the response time's finding gone, the distance's is still there"),
          () -> assertFalse(assistant.passes(distance,
              List.of(edit(t, "detection 30 mm response -15 ms distance -400 mm", "detection -30 mm response 15 ms distance 700 mm"))),
              "both gone, the detection capability's is new"));
    }
  }

  /** {@code before} replaced by {@code after} (the first place it is found). */
  private static Proposal edit(String text, String before, String after) {
    LineQuickFixes.Fix fix = new LineQuickFixes.Fix(after, List.of(new LineQuickFixes.TextEdit(text.indexOf(before), before.length(), after)));
    return new Proposal(after, fix, List.of(), 1);
  }

  /** The safety function's {@code uses-model TipWear} taken out. */
  private static Proposal remove(String text, String function) {
    int at = text.indexOf(function) + function.indexOf(" uses-model");
    String label = "remove uses-model";
    return new Proposal(label, new LineQuickFixes.Fix(label, List.of(new LineQuickFixes.TextEdit(at, " uses-model TipWear".length(), ""))),
        List.of(), 1);
  }
}
