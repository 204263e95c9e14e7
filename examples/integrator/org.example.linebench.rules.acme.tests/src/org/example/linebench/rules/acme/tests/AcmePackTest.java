package org.example.linebench.rules.acme.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.linebench.testing.RulePackContract;

/**
 * ACME's pack against LineBench's rule-pack contract, on ACME's own example lines (lines/ of this
 * bundle; tests run in the bundle's folder): press-shop.line follows ACME's standards,
 * press-shop-bad.line breaks every rule of the pack.
 */
class AcmePackTest extends RulePackContract {

  @Override
  protected String packId() {
    return "acme";
  }

  @Override
  protected List<Path> cleanExamples() {
    return List.of(Path.of("lines", "press-shop.line"));
  }

  @Override
  protected List<Path> nonCompliantExamples() {
    return List.of(Path.of("lines", "press-shop-bad.line"));
  }

  @Test
  void theOldPressStopsTooSlowlyAndHasNoLabel() throws Exception {
    List<String> found = findings(nonCompliantExamples(), Locale.ENGLISH).stream()
        .map(f -> f.file().getFileName() + ":" + f.line() + ":" + f.column() + " " + f.severity().id() + " " + f.message() + " [" + f.ruleId() + "] "
            + f.evidence())
        .toList();
    assertEquals(List.of(
        "press-shop-bad.line:13:3 error station OldPress stops in 3200 ms; ACME allows at most 2500 ms for stations with hazard zones"
            + " [acme.as104.stopping-time-declared] [stopping-time = 3200 ms, maximum = 2500 ms]",
        "press-shop-bad.line:13:3 warning station OldPress has no label; ACME documentation and HMI screens show station labels"
            + " [acme.as210.station-labels] []"),
        found);
  }

  @Test
  void theFindingsAreInChineseToo() throws Exception {
    List<String> found = findings(nonCompliantExamples(), Locale.SIMPLIFIED_CHINESE).stream().map(f -> f.message() + " (" + f.citation() + ")").toList();
    assertEquals(List.of("工位 OldPress 的停止时间为 3200 毫秒；ACME 规定有危险区的工位最多 2500 毫秒 (ACME AS-104 rev. C 第 3.2 条)",
        "工位 OldPress 没有名称；ACME 的文档和人机界面显示工位名称 (ACME AS-210 rev. B 第 4.1 条)"),
        found);
  }
}
