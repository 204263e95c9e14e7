package org.linebench.assist.llm.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.linebench.assist.llm.ask.AskIndex;
import org.linebench.assist.llm.ask.LineQuestion;
import org.linebench.core.Examples;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;

/** The repo's examples copied into a test folder, loaded and checked as linebench ask does. */
final class AskFixture {
  private AskFixture() {}

  static List<RulePack> packs(String... ids) {
    RulePacks installed = RulePacks.fromPlatform();
    return ids.length == 0 ? installed.packs() : java.util.Arrays.stream(ids).map(id -> installed.find(id).orElseThrow()).toList();
  }

  static Path copy(String example, Path dir) throws IOException {
    Examples.copy(example, dir);
    return dir.resolve(example);
  }

  static LineQuestion load(Path folder, Locale locale, String... packs) throws IOException {
    return LineQuestion.load(List.of(folder), packs(packs), locale, packs.length > 0);
  }

  static AskIndex index(Path folder, Locale locale, String... packs) throws IOException {
    return load(folder, locale, packs).index(locale);
  }
}
