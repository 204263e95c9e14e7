package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.dsl.ide.quickfix.LineQuickFixes;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.model.line.LineFile;

import com.google.inject.Inject;

/** Each quick fix, applied to the text, turns a broken line back into a clean one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LineInjectorProvider.class)
class QuickFixTest {
  private static final String CLEAN = ValidationTest.CLEAN;

  @Inject
  ParseHelper<LineFile> parser;
  @Inject
  ValidationTestHelper validation;

  private final LineQuickFixes quickFixes = new LineQuickFixes();

  private List<Issue> issues(String text) throws Exception {
    return validation.validate(parser.parse(text));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(IssueCodes.UNKNOWN_UNIT, "cycle-time 50 sec", "replace 'sec' with 's'", CLEAN),
        Arguments.of(IssueCodes.INCOMPATIBLE_UNIT, "cycle-time 50 mm", "replace 'mm' with 's'", CLEAN),
        Arguments.of(IssueCodes.MISSING_UNIT, "cycle-time 50", "add the unit 's'", CLEAN),
        Arguments.of(IssueCodes.NEGATIVE_VALUE, "opening -40 mm", "remove the minus sign", CLEAN),
        Arguments.of(IssueCodes.STOP_CATEGORY, "category 3", "use stop category 0", CLEAN),
        Arguments.of(IssueCodes.BUFFER_CAPACITY, "capacity 0", "set the capacity to 1", CLEAN.replace("capacity 4", "capacity 1")),
        Arguments.of(IssueCodes.LINE_PLANT_REDUNDANT, "line L of P {", "remove 'of': the line is declared inside its plant", CLEAN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFixRepairsTheLine(String code, String broken, String label, String expected) throws Exception {
    String original = broken.startsWith("cycle-time") ? "cycle-time 50 s" : broken.startsWith("opening") ? "opening 40 mm"
        : broken.startsWith("category") ? "category 0" : broken.startsWith("capacity") ? "capacity 4" : "line L {";
    String text = CLEAN.replace(original, broken);
    Issue issue = issues(text).stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow();
    List<LineQuickFixes.Fix> fixes = quickFixes.fixes(issue, text);
    assertFalse(fixes.isEmpty(), "no fix for " + code);
    LineQuickFixes.Fix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no fix '" + label + "' in " + fixes));
    String fixed = fix.applyTo(text);
    assertEquals(expected, fixed);
    assertEquals(List.of(), issues(fixed), "the fixed line is clean");
  }

  @Test
  void unknownUnitsOfferTheNearestOfTheRightDimension() throws Exception {
    String text = CLEAN.replace("distance 900 mm", "distance 900 MM");
    Issue issue = issues(text).stream().filter(i -> IssueCodes.UNKNOWN_UNIT.equals(i.getCode())).findFirst().orElseThrow();
    assertEquals(List.of("replace 'MM' with 'mm'", "replace 'MM' with 'm'"),
        quickFixes.fixes(issue, text).stream().map(LineQuickFixes.Fix::label).toList());
  }

  @Test
  void issuesWithoutAFixGetNone() throws Exception {
    String text = CLEAN.replace("flow Q -> B", "flow Q -> Nope");
    Issue issue = issues(text).stream().filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).findFirst().orElseThrow();
    assertEquals(List.of(), quickFixes.fixes(issue, text));
  }
}
