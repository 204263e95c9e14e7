package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linebench.model.line.LineFile;

import com.google.inject.Inject;

/**
 * What the validation tests of a clean line and its one-change variants share: the parser, the
 * validation, and the variant of the clean text with one piece replaced.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LineInjectorProvider.class)
abstract class LineIssuesTest {

  @Inject
  ParseHelper<LineFile> parser;

  @Inject
  ValidationTestHelper validation;

  /** The issues of a line text. */
  List<Issue> issues(String text) throws Exception {
    LineFile file = parser.parse(text);
    assertNotNull(file);
    return validation.validate(file);
  }

  /** {@code clean} with {@code from} (which must be in it) replaced by {@code to}. */
  static String change(String clean, String from, String to) {
    assertTrue(clean.contains(from), from);
    return clean.replace(from, to);
  }
}
