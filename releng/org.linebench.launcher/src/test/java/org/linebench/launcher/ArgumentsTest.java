package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void languages() {
    assertEquals("zh_CN", Arguments.nl(List.of("--lang", "zh", "help")));
    assertEquals("zh_CN", Arguments.nl(List.of("help", "--lang=zh-CN")));
    assertEquals("zh_CN", Arguments.nl(List.of("--lang", "ZH_cn")));
    assertEquals("zh_CN", Arguments.nl(List.of("--lang", "zh-Hans")));
    assertEquals("en", Arguments.nl(List.of("--lang", "zh", "help", "--lang", "en")), "the last one counts");
    assertNull(Arguments.nl(List.of("--lang", "fr", "help")), "LineBench itself reports the unknown language");
    assertNull(Arguments.nl(List.of("--lang")));
    assertNull(Arguments.nl(List.of("train", "--", "--lang", "zh")), "after -- everything is LineBench's");
  }

  @Test
  void command() {
    assertEquals("workbench", Arguments.command(List.of("--lang", "zh", "workbench", "--data", "x")));
    assertEquals("validate", Arguments.command(List.of("--debug", "validate", "workbench")));
    assertEquals("workbench", Arguments.command(List.of("--lang=en", "workbench")));
    assertNull(Arguments.command(List.of("--lang", "workbench")));
    assertNull(Arguments.command(List.of("--help")));
  }

  @Test
  void javaOptions() {
    assertEquals(List.of("-Xss2m", "-Dpath=C:\\Program Files\\x y", "-Dempty=", "-Da=b"),
        Arguments.splitOptions(" -Xss2m\t\"-Dpath=C:\\Program Files\\x y\"  -Dempty=\"\" -Da=b ", new ArrayList<>()));
    assertEquals(List.of(), Arguments.splitOptions(null, new ArrayList<>()));
    assertEquals(List.of(), Arguments.splitOptions("   ", new ArrayList<>()));
  }
}
