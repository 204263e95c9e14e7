package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WindowsCommandLineTest {

  /** Arguments that break naive quoting: spaces, quotes, backslashes before quotes and at the end, Chinese, empty. */
  static final List<String> HARD = List.of("validate", "C:\\Users\\张工\\产线 1\\line.line", "say \"hi\"", "\"quoted\"",
      "C:\\Program Files\\", "a\\\\b", "\\\\server\\share\\", "end\\\"", "", " ", "\t", "a\"\"b", "\\\"", "%PATH%",
      "^&|<>", "*.line", "--lang=zh");

  @Test
  void quotes() {
    assertEquals("\"plain\"", WindowsCommandLine.quote("plain"));
    assertEquals("\"say \\\"hi\\\"\"", WindowsCommandLine.quote("say \"hi\""));
    assertEquals("\"C:\\Program Files\\\\\"", WindowsCommandLine.quote("C:\\Program Files\\"));
    assertEquals("\"a\\\\\\\"b\"", WindowsCommandLine.quote("a\\\"b"));
    assertEquals("\"C:\\Users\\张工\"", WindowsCommandLine.quote("C:\\Users\\张工"));
    assertEquals("\"\"", WindowsCommandLine.quote(""));
  }

  @Test
  void everyArgumentReadsBackUnchanged() {
    List<String> command = new ArrayList<>();
    command.add("C:\\Program Files\\Eclipse Adoptium\\jdk-21\\bin\\java.exe");
    command.addAll(HARD);
    String line = WindowsCommandLine.of(command);
    assertEquals(command, parse(line));
  }

  @Test
  void programIsQuotedOnlyWithSpaces() {
    assertEquals("C:\\jdk\\bin\\java.exe \"-jar\"", WindowsCommandLine.of(List.of("C:\\jdk\\bin\\java.exe", "-jar")));
  }

  /**
   * How a Windows program reads its command line (Microsoft's C runtime, "Parsing C command-line arguments"; the
   * Java launcher's own parser follows it): the program name up to the next space or between quotes; then
   * arguments separated by spaces or tabs outside quotes; 2n backslashes before a quote make n backslashes and the
   * quote toggles quoting; 2n+1 backslashes before a quote make n backslashes and a literal quote; other backslashes
   * are literal.
   */
  static List<String> parse(String line) {
    List<String> args = new ArrayList<>();
    int i = 0;
    StringBuilder program = new StringBuilder();
    if (line.charAt(0) == '"') {
      int end = line.indexOf('"', 1);
      program.append(line, 1, end);
      i = end + 1;
    } else {
      while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        program.append(line.charAt(i++));
      }
    }
    args.add(program.toString());
    while (true) {
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      if (i >= line.length()) {
        return args;
      }
      StringBuilder arg = new StringBuilder();
      boolean quoted = false;
      while (i < line.length() && (quoted || (line.charAt(i) != ' ' && line.charAt(i) != '\t'))) {
        int slashes = 0;
        while (i < line.length() && line.charAt(i) == '\\') {
          slashes++;
          i++;
        }
        if (i < line.length() && line.charAt(i) == '"') {
          arg.append("\\".repeat(slashes / 2));
          if (slashes % 2 == 1) {
            arg.append('"');
          } else {
            quoted = !quoted;
          }
          i++;
        } else {
          arg.append("\\".repeat(slashes));
          if (i < line.length() && (quoted || (line.charAt(i) != ' ' && line.charAt(i) != '\t'))) {
            arg.append(line.charAt(i++));
          }
        }
      }
      args.add(arg.toString());
    }
  }
}
