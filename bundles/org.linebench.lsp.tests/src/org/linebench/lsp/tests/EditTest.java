package org.linebench.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.lsp.internal.RecordingClient.Publication;

/**
 * Edits in a generated multi-file plant, as the benchmark makes them: a unit typo and its repair
 * bring their structural diagnostics, a light curtain moved too close and back brings and takes
 * away the CN pack's finding, each on the edited line.
 */
class EditTest {

  @Test
  void oneStationEditsInAPlantOfManyFiles(@TempDir Path dir) throws Exception {
    SyntheticPlants.write(dir, 1000, 42);
    String file = "L005.line";
    try (TestServer s = TestServer.start(dir)) {
      s.validate();
      String text = s.open(file);
      // the light curtain of St12 far enough first (5000 mm), so that the edits below keep every offset
      int distance = text.indexOf("distance 800 mm", text.indexOf("light-curtain", text.indexOf("station St12 "))) + "distance ".length();
      int curtainLine = Edits.position(text, distance).getLine();
      text = edit(s, file, text, distance, 3, "5000", p -> !has(p, "cn.gb-t19876.light-curtain-distance", curtainLine));
      int unit = text.indexOf(" s\n", text.indexOf("cycle-time", text.indexOf("station St13 "))) + 1;
      int unitLine = Edits.position(text, unit).getLine();
      for (int i = 0; i < 2; i++) {
        text = edit(s, file, text, unit, 1, "sec", p -> has(p, "line.unknown-unit", unitLine));
        text = edit(s, file, text, unit, 3, "s", p -> !has(p, "line.unknown-unit", -1));
        text = edit(s, file, text, distance, 4, "0100", p -> has(p, "cn.gb-t19876.light-curtain-distance", curtainLine));
        text = edit(s, file, text, distance, 4, "5000", p -> !has(p, "cn.gb-t19876.light-curtain-distance", curtainLine));
      }
      assertTrue(text.contains("cycle-time") && !text.contains(" sec\n"));
    }
  }

  private static String edit(TestServer s, String file, String text, int offset, int length, String with, Predicate<Publication> expected)
      throws Exception {
    int from = s.client.publications().size();
    String after = Edits.replace(s, file, text, offset, length, with);
    Publication p = s.client.await(from, q -> q.uri().equals(s.uri(file)) && expected.test(q), TestServer.TIMEOUT);
    assertNotNull(p, "diagnostics after replacing with '" + with + "': " + s.client.publications().subList(from, s.client.publications().size()));
    return after;
  }

  private static boolean has(Publication p, String code, int line) {
    List<Diagnostic> ds = p.diagnostics();
    return ds.stream().anyMatch(d -> code.equals(DiagnosticsTest.code(d)) && (line < 0 || d.getRange().getStart().getLine() == line));
  }
}
