package org.linebench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainTest {

  @Test
  void printsTheExamples(@TempDir Path dir) throws Exception {
    for (String f : Examples.FILES) {
      Path d = dir.resolve(f.replace('/', '_'));
      Path copy = Examples.copy(f, d);
      Examples.Run r = Examples.explain(Locale.ENGLISH, d, copy.getFileName().toString(), "--fix");
      System.out.println(r.out());
      System.out.println(r.err());
      assertEquals(1, r.code());
    }
  }
}
