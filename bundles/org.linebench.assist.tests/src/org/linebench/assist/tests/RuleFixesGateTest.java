package org.linebench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.assist.Assistant;
import org.linebench.assist.LineCheck;
import org.linebench.rules.api.Finding;

/**
 * The fixes of the guard, robot, Chinese-text, data and model rules through the assistant's gate on
 * the non-compliant examples: each finding of these rules either says why no fix exists or has a fix
 * that the gate confirms (the finding gone, no other finding new) and validate confirms again.
 */
class RuleFixesGateTest {

  /** The rules of this test, by the last part of their ids. */
  static final Set<String> RULES = Set.of("robot-cell-safeguarding", "collaborative-modes", "reach-over-guard", "reach-through-opening",
      "reach-under-guard", "lower-limb-opening", "guard-height-hint", "hazards-identified", "risks-reduced", "safety-model-documentation",
      "high-risk-obligations", "ml-safety-component-assessment", "chinese-product-information", "chinese-warnings", "compulsory-certification",
      "important-data-localization", "cross-border-assessment", "personal-information-export");

  static final String EXPECTED = """
        cn.ccc.compulsory-certification|ChangchunBad.BodyInWhite.OP20.K20| -> noFix
        cn.data-security.cross-border-assessment|ChangchunBad.ToHQ| -> noFix
        cn.data-security.cross-border-assessment|ChangchunBad.WeldData|stored -> passed set stored-in of WeldData to CN
        cn.data-security.important-data-localization|ChangchunBad.WeldData| -> passed set stored-in of WeldData to CN
        cn.data-security.personal-information-export|ChangchunBad.ToHR|ciioWrongClearance -> noFix
        cn.gb-t15706.hazards-identified|ChangchunBad.BodyInWhite.H40|incomplete -> noFix
        cn.gb-t15706.hazards-identified|ChangchunBad.BodyInWhite.OP30.Z30| -> noFix
        cn.gb-t15706.risks-reduced|ChangchunBad.BodyInWhite.H20|plTooLow -> noFix
        cn.gb-t15706.risks-reduced|ChangchunBad.BodyInWhite.H40| -> noFix
        cn.gb-t15706.risks-reduced|Hinges.HP1|noMeasure -> noFix
        cn.gb-t23821.guard-height-hint|Hinges.HP10.G10| -> passed set height of G10 to 1400 mm
        cn.gb-t23821.lower-limb-opening|ChangchunBad.BodyInWhite.OP20.F20| -> passed set ground-clearance of F20 to 60 mm
        cn.gb-t23821.lower-limb-opening|Hinges.HP10.G10|tooLarge -> passed set ground-clearance of G10 to 180 mm
        cn.gb-t23821.reach-over-guard|ChangchunBad.BodyInWhite.OP20.F20| -> passed set height of F20 to 2200 mm
        cn.gb-t23821.reach-through-opening|ChangchunBad.BodyInWhite.OP20.F20| -> passed set opening of F20 to 20 mm
        cn.gb-t23821.reach-under-guard|ChangchunBad.BodyInWhite.OP20.F20| -> passed set distance of F20 to 665 mm
        cn.gb11291-2.collaborative-modes|ChangchunBad.BodyInWhite.OP30.C32| -> noFix
        cn.gb11291-2.robot-cell-safeguarding|ChangchunBad.BodyInWhite.OP30| -> noFix
        cn.linebench.safety-model-documentation|ChangchunBad.BodyInWhite.OP20.TipWear|noOverride -> passed add human-override to TipWear
        cn.pql.chinese-product-information|ChangchunBad| -> noFix
        cn.pql.chinese-product-information|ChangchunBad|address -> noFix
        cn.pql.chinese-product-information|ChangchunBad|maker -> noFix
        cn.pql.chinese-warnings|ChangchunBad.BodyInWhite.OP30| -> passed add text warning zh "当心机械伤人" to OP30
        cn.pql.chinese-warnings|ChangchunBad.BodyInWhite.OP40| -> passed add text warning zh "当心弧光" to OP40
        eu.ai-act.high-risk-obligations|DresdenBad.ControlUnits.Screwing.Torque| -> noFix
        eu.ai-act.high-risk-obligations|DresdenBad.ControlUnits.Screwing.Torque|noOverride -> passed add human-override to Torque
        eu.en-iso10218-2.collaborative-modes|DresdenBad.ControlUnits.Screwing.CR1|unsupported -> passed set modes of CR1 to power-and-force-limiting
        eu.en-iso10218-2.robot-cell-safeguarding|DresdenBad.ControlUnits.Press| -> noFix
        eu.en-iso12100.hazards-identified|DresdenBad.ControlUnits.Press.PRZ| -> noFix
        eu.en-iso12100.risks-reduced|DresdenBad.ControlUnits.HS|notEvaluated -> noFix
        eu.en-iso12100.risks-reduced|DresdenBad.ControlUnits.HS|plTooLow -> noFix
        eu.en-iso13857.guard-height-hint|DresdenBad.ControlUnits.Press.PRG| -> passed set height of PRG to 1400 mm
        eu.en-iso13857.lower-limb-opening|DresdenBad.ControlUnits.Press.PRG| -> passed set ground-clearance of PRG to 60 mm
        eu.en-iso13857.reach-over-guard|DresdenBad.ControlUnits.Press.PRG| -> passed set height of PRG to 2400 mm
        eu.en-iso13857.reach-through-opening|DresdenBad.ControlUnits.Press.PRG| -> passed set opening of PRG to 20 mm
        eu.en-iso13857.reach-under-guard|DresdenBad.ControlUnits.Press.PRG| -> passed set distance of PRG to 665 mm
        eu.mr2023-1230.ml-safety-component-assessment|DresdenBad.ControlUnits.Screwing.SSF| -> passed remove uses-model from SSF
        """;

  @Test
  void everyFindingWithFixesHasOneThatPasses(@TempDir Path dir) throws Exception {
    Map<String, String> outcome = new TreeMap<>();
    for (String example : Examples.FILES) {
      Path copy = Examples.copy(example, dir.resolve(example.replace('/', '_')));
      String text = Files.readString(copy);
      try (LineCheck check = Examples.check(copy, Locale.ENGLISH)) {
        Assistant assistant = new Assistant(check);
        for (Finding f : assistant.original().findings()) {
          if (!RULES.contains(f.ruleId().substring(f.ruleId().lastIndexOf('.') + 1)) || !copy.equals(f.file())) {
            continue;
          }
          if (f.fixes().isEmpty()) {
            assertTrue(!f.noFix().isEmpty(), f.key());
            outcome.put(f.key(), "noFix");
            continue;
          }
          Assistant.Outcome o = assistant.fixes(f);
          outcome.put(f.key(), o.passed().isEmpty() ? "refused " + o.proposed().stream().map(p -> p.label()).toList()
              : "passed " + o.best().label());
          for (Assistant.Offered offered : o.passed()) {
            Files.writeString(copy, offered.proposal().applyTo(text));
            List<Finding> after = Examples.validate(copy);
            assertTrue(after.stream().noneMatch(a -> a.key().equals(f.key())), "validate after " + offered.proposal().label());
          }
          Files.writeString(copy, text);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    outcome.forEach((k, v) -> b.append(k).append(" -> ").append(v).append('\n'));
    // every fix of these rules on the examples passes the gate, the human override of a model with a
    // block of feature bindings too: the grammar takes the flag after the block's '}', not inside it
    assertEquals(EXPECTED, b.toString());
  }
}
