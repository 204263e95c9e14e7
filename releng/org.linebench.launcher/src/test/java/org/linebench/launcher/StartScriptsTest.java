package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The start scripts stay in the form cmd and sh read the same everywhere. */
class StartScriptsTest {

  static Path script(String name) {
    return Path.of(System.getProperty("linebench.rootfiles"), name);
  }

  static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  @Test
  void windowsScriptIsAsciiWithCrlf() throws IOException {
    byte[] bytes = Files.readAllBytes(script("win32/linebench.cmd"));
    assertTrue(ascii(bytes), "cmd reads a script in the console's code page: ASCII reads the same in all of them");
    String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(text.split("\n").length, text.split("\r\n").length, "CRLF on every line (.gitattributes)");
    String code = text.replaceAll("(?m)^rem .*$", "");
    assertFalse(code.toLowerCase(java.util.Locale.ROOT).contains("for /f"), "no for /f: its quoting broke the old script");
    assertFalse(code.contains("*.jar"), "no wildcard");
  }

  @Test
  void shellScriptIsAsciiWithLf() throws IOException {
    byte[] bytes = Files.readAllBytes(script("linux/linebench"));
    assertTrue(ascii(bytes));
    String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(text.startsWith("#!/usr/bin/env bash\n"));
    assertFalse(text.contains("\r"));
  }
}
