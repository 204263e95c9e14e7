package org.linebench.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.SyntheticPlants;

/** Rename of stations, zones and devices: every reference follows, in the file and across files. */
class RenameTest {

  @Test
  void aStationAZoneAndADeviceInTheBodyShop() throws Exception {
    try (TestServer s = TestServer.start(Examples.folder("bodyshop"))) {
      String file = "bodyshop.line";
      String text = s.open(file);
      s.validate();
      Position op20 = Edits.at(text, null, "station OP20", "station ".length() + 1);
      var prepared = s.server.getTextDocumentService().prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(s.uri(file)), op20))
          .get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertEquals(new Range(new Position(24, 10), new Position(24, 14)), prepared.getFirst());
      assertEquals(Map.of(s.uri(file), text.replace("OP20", "OP25")), apply(s, rename(s, file, op20, "OP25")));
      Position z20 = Edits.at(text, null, "zone Z20", "zone ".length());
      assertEquals(Map.of(s.uri(file), text.replace("Z20", "Z99")), apply(s, rename(s, file, z20, "Z99")));
      Position lc20 = Edits.at(text, null, "devices LC20", "devices ".length() + 2);
      assertEquals(Map.of(s.uri(file), text.replace("LC20", "LC7")), apply(s, rename(s, file, lc20, "LC7")));
    }
  }

  @Test
  void aStationOfALineInAFileOfItsOwnAcrossFiles(@TempDir Path dir) throws Exception {
    SyntheticPlants.write(dir, 200, 7);
    try (TestServer s = TestServer.start(dir)) {
      String line = s.open("L000.line");
      String plant = s.text("plant.line");
      s.validate();
      assertTrue(plant.contains("L000.St0.T") && plant.contains("L001.St0.T"), plant);
      Position st0 = Edits.at(line, null, "station St0 ", "station ".length());
      Map<String, String> after = apply(s, rename(s, "L000.line", st0, "Start"));
      assertEquals(Map.of(s.uri("L000.line"), line.replaceAll("\\bSt0\\b", "Start"), s.uri("plant.line"), plant.replace("L000.St0.T", "L000.Start.T")),
          after);
    }
  }

  private static WorkspaceEdit rename(TestServer s, String file, Position at, String name) throws Exception {
    return s.server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(s.uri(file)), at, name))
        .get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The text of every file the edit changes, after the change. */
  private static Map<String, String> apply(TestServer s, WorkspaceEdit edit) throws Exception {
    Map<String, List<? extends TextEdit>> byFile = new HashMap<>();
    if (edit.getChanges() != null) {
      byFile.putAll(edit.getChanges());
    }
    if (edit.getDocumentChanges() != null) {
      for (var e : edit.getDocumentChanges()) {
        TextDocumentEdit t = e.getLeft();
        byFile.put(t.getTextDocument().getUri(), t.getEdits().stream().map(x -> x.isLeft() ? x.getLeft() : (TextEdit) x.get()).toList());
      }
    }
    Map<String, String> out = new HashMap<>();
    for (var e : byFile.entrySet()) {
      String text = java.nio.file.Files.readString(Path.of(java.net.URI.create(e.getKey())));
      out.put(e.getKey(), Edits.apply(text, e.getValue()));
    }
    return out;
  }
}
