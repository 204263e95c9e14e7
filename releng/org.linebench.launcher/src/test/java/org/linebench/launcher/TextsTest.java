package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TextsTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void everyMessageInBothLanguages() throws IOException {
    Properties en = load("messages.properties");
    Properties zh = load("messages_zh.properties");
    assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertNotEquals(en.getProperty(key), zh.getProperty(key), key);
      assertEquals(en.getProperty(key).replaceAll("[^{]*(\\{\\d\\})?", "$1"),
          zh.getProperty(key).replaceAll("[^{]*(\\{\\d\\})?", "$1"), "the same placeholders: " + key);
    }
  }

  @Test
  void languageByLangOrTheSystem() {
    String en = "cannot start java: gone";
    String zh = "无法启动 java：gone";
    assertEquals(zh, Texts.of(List.of("help"), Locale.SIMPLIFIED_CHINESE).format("start.failed", "java", "gone"));
    assertEquals(zh, Texts.of(List.of("help"), Locale.TRADITIONAL_CHINESE).format("start.failed", "java", "gone"));
    assertEquals(en, Texts.of(List.of("--lang", "en", "help"), Locale.SIMPLIFIED_CHINESE).format("start.failed", "java", "gone"),
        "English asked for on a Chinese system");
    assertEquals(zh, Texts.of(List.of("--lang=zh", "help"), Locale.GERMANY).format("start.failed", "java", "gone"));
    assertEquals(en, Texts.of(List.of("help"), Locale.GERMANY).format("start.failed", "java", "gone"), "English otherwise");
  }
}
