package org.linebench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ConsoleEncodingTest {

  @Test
  void lineBenchPrintsInTheConsolesEncoding() {
    assertNull(ConsoleEncoding.forLineBench(Machines.windows().platform()), "Java reads the Windows console's code page");
    assertNull(ConsoleEncoding.forLineBench(Machines.linux().platform()), "a UTF-8 locale");
    Machines gb = Machines.linux();
    gb.props.put("native.encoding", "GB18030");
    assertNull(ConsoleEncoding.forLineBench(gb.platform()), "a zh_CN.GB18030 locale is respected");
    Machines c = Machines.mac();
    c.props.put("native.encoding", "US-ASCII");
    assertEquals("UTF-8", ConsoleEncoding.forLineBench(c.platform()), "no locale: UTF-8, not '?' for every Chinese character");
  }

  @Test
  void launcherMessagesOnAnyJava() {
    Machines java8OnWindows = Machines.windows();
    java8OnWindows.props.remove("stderr.encoding");
    java8OnWindows.props.remove("native.encoding");
    java8OnWindows.props.put("sun.stderr.encoding", "cp936"); // Java 8 on a console with code page 936
    java8OnWindows.props.put("file.encoding", "GBK");
    assertEquals("cp936", ConsoleEncoding.forMessages(java8OnWindows.platform()));
    Machines utf8Console = Machines.windows();
    utf8Console.props.put("stderr.encoding", "UTF-8"); // chcp 65001
    assertEquals("UTF-8", ConsoleEncoding.forMessages(utf8Console.platform()));
    Machines noLocale = Machines.linux();
    noLocale.props.put("stderr.encoding", "ANSI_X3.4-1968");
    assertEquals("UTF-8", ConsoleEncoding.forMessages(noLocale.platform()));
  }

  /** Every Chinese message can be shown in a console with code page 936 (GBK), and reads back the same. */
  @Test
  void chineseMessagesFitCodePage936() throws IOException {
    Properties zh = new Properties();
    try (InputStream in = getClass().getResourceAsStream("messages_zh.properties")) {
      zh.load(in);
    }
    Charset gbk = Charset.forName("GBK");
    for (String key : zh.stringPropertyNames()) {
      String text = Texts.of(Locale.SIMPLIFIED_CHINESE).format(key, 21, "C:\\Users\\张工\\jdk-17", 17);
      assertTrue(gbk.newEncoder().canEncode(text), key);
      assertEquals(text, new String(text.getBytes(gbk), gbk));
    }
  }
}
