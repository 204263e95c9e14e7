package org.linebench.assist.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linebench.assist.llm.ask.Tokens;

/** Terms for retrieval: Han bigrams without word breaks, Latin words lower-cased, camel case split, plurals folded. */
class TokensTest {
  @Test
  void chineseBigrams() {
    assertEquals(List.of("哪些", "些工", "工位", "位的", "的光", "光幕"), Tokens.of("哪些工位的光幕"));
    assertEquals(List.of("光"), Tokens.of("光"));
    assertEquals(List.of("光幕", "距离", "不够"), Tokens.of("光幕，距离；不够？"));
  }

  @Test
  void latinWords() {
    assertEquals(List.of("station", "no", "chinese", "warning"), Tokens.of("Which stations have no Chinese warnings?"));
    assertEquals(List.of("bodyinwhite", "body", "white", "lc20", "lc", "20"), Tokens.of("BodyInWhite LC20"));
  }

  @Test
  void mixedAndFullWidth() {
    assertEquals(List.of("op20", "op", "20", "光幕", "400mm", "400", "mm"), Tokens.of("OP20光幕 ４００ｍｍ"));
    assertEquals(List.of(), Tokens.of("  ，。 "));
  }
}
