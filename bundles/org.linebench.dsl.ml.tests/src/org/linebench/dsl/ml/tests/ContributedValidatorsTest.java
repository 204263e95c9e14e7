package org.linebench.dsl.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linebench.dsl.ml.ModelAttachmentValidator;
import org.linebench.dsl.validation.ContributedValidators;

/**
 * The model-attachment checks reach the line language through its extension point; this
 * fragment also contributes a class that does not exist and one that is no validator, which are
 * left out with a problem naming them (the checks still run: {@link ModelAttachmentTest}).
 */
class ContributedValidatorsTest {

  @Test
  void theModelChecksAreContributedAndBrokenContributionsLeftOut() {
    ContributedValidators.Loaded loaded = ContributedValidators.load();
    assertEquals(List.of(ModelAttachmentValidator.class), loaded.validators().stream().map(Object::getClass).toList());
    assertEquals(2, loaded.problems().size(), loaded.problems().toString());
    String noSuch = loaded.problems().stream().filter(p -> p.contains("NoSuchValidator")).findFirst().orElseThrow();
    assertTrue(noSuch.startsWith("org.linebench.dsl.ml: org.linebench.dsl.ml.tests.NoSuchValidator cannot be made"), noSuch);
    String notOne = loaded.problems().stream().filter(p -> p.contains("NotAValidator")).findFirst().orElseThrow();
    assertTrue(notOne.endsWith("is not a org.eclipse.xtext.validation.AbstractDeclarativeValidator; left out"), notOne);
  }
}
