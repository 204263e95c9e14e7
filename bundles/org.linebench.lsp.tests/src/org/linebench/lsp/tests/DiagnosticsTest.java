package org.linebench.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.linebench.lsp.internal.RecordingClient;
import org.linebench.lsp.tests.Examples.Row;

import com.google.gson.JsonObject;

/**
 * The server's diagnostics for every example are {@code linebench validate}'s findings: the same
 * files, lines, columns, severities, codes (rule ids for the certification findings) and messages
 * (with the standard and clause behind a rule's).
 */
class DiagnosticsTest {

  @ParameterizedTest
  @ValueSource(strings = {"bodyshop", "bodyshop-noncompliant", "electronics", "electronics-noncompliant", "library"})
  void everyExampleAsValidateSeesIt(String example) throws Exception {
    List<Row> expected = Examples.validate(example, Locale.ENGLISH);
    try (TestServer s = TestServer.start(Examples.folder(example))) {
      JsonObject summary = s.validate();
      assertEquals(expected, rows(s, Examples.folder(example)), "server vs linebench validate " + example + " (" + summary + ")");
    }
    if (example.endsWith("noncompliant")) {
      assertTrue(expected.stream().anyMatch(r -> r.code().startsWith("cn.") || r.code().startsWith("eu.")), "the example has rule findings");
    }
  }

  @Test
  void certificationFindingsComeInChineseWithTheirStandardAndClause() throws Exception {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    List<Row> expected = Examples.validate("bodyshop-noncompliant", zh);
    try (TestServer s = TestServer.start(Examples.folder("bodyshop-noncompliant"), zh)) {
      JsonObject summary = s.validate();
      assertEquals(expected, rows(s, Examples.folder("bodyshop-noncompliant")),
          "summary " + summary + ", publications " + s.client.publications());
      Diagnostic curtain = s.diagnostics("bodyshop-bad.line").stream().filter(d -> code(d).equals("cn.gb-t19876.light-curtain-distance"))
          .findFirst().orElseThrow();
      assertEquals("光幕 LC20 \u201c上件光幕\u201d 距危险区 400 mm；GB/T 19876-2012 要求至少 664 mm（S = K·T + C）（GB/T 19876-2012 第 6.2 条）",
          message(curtain));
      assertEquals(33, curtain.getRange().getStart().getLine());
      assertEquals(3, curtain.getRange().getStart().getCharacter());
      assertEquals(DiagnosticSeverity.Error, curtain.getSeverity());
      assertEquals("LineBench", curtain.getSource());
      JsonObject data = (JsonObject) new com.google.gson.Gson().toJsonTree(curtain.getData());
      assertEquals("cn", data.get("pack").getAsString());
      assertEquals("GB/T 19876-2012 第 6.2 条", data.get("citation").getAsString());
      assertEquals("ChangchunBad.BodyInWhite.OP20.LC20", data.get("element").getAsString());
      assertTrue(data.getAsJsonArray("evidence").toString().contains("\"name\":\"S\",\"value\":\"664\""), data.toString());
    }
  }

  @Test
  void findingsFollowAnEditWithoutBeingAsked() throws Exception {
    try (TestServer s = TestServer.start(Examples.folder("bodyshop"))) {
      String file = "bodyshop.line";
      String text = s.open(file);
      assertNotNull(s.client.await(0, p -> p.uri().equals(s.uri(file)), TestServer.TIMEOUT));
      assertEquals(List.of(), s.diagnostics(file));
      // the light curtain of OP20 moved to 400 mm of the hazard: the CN pack's finding comes by itself
      int at = text.indexOf("distance 700 mm");
      Edits.replace(s, file, text, at + "distance ".length(), 3, "400");
      RecordingClient.Publication p = s.client.await(0,
          q -> q.uri().equals(s.uri(file)) && q.diagnostics().stream().anyMatch(d -> code(d).equals("cn.gb-t19876.light-curtain-distance")),
          TestServer.TIMEOUT);
      assertNotNull(p, "the rule's finding after the edit: " + s.client.publications());
      Diagnostic d = p.diagnostics().stream().filter(x -> code(x).equals("cn.gb-t19876.light-curtain-distance")).findFirst().orElseThrow();
      assertEquals(35, d.getRange().getStart().getLine());
      assertEquals(3, d.getRange().getStart().getCharacter());
      assertEquals(35, d.getRange().getEnd().getLine());
      assertEquals(3 + "light-curtain LC20 \"上件光幕\" protects Z20 detection 30 mm response 15 ms distance 400 mm".length(),
          d.getRange().getEnd().getCharacter());
      String message = message(d);
      assertTrue(message.contains("400 mm") && message.contains("664 mm") && message.endsWith("(GB/T 19876-2012, clause 6.2)"), message);
    }
  }

  @Test
  void theCatalogueNextToTheFolderResolvesButIsNotReportedOn() throws Exception {
    try (TestServer s = TestServer.start(Examples.folder("bodyshop"))) {
      s.validate();
      Map<String, RecordingClient.Publication> latest = s.client.latest();
      assertTrue(latest.containsKey(s.uri("bodyshop.line")), latest.keySet().toString());
      assertFalse(latest.keySet().stream().anyMatch(u -> u.endsWith("catalogue.line")), "the imported catalogue is context, not reported");
      assertEquals(List.of(), s.diagnostics("bodyshop.line"), "KR210, WeldCell, ... resolve through the catalogue next to the folder");
    }
  }

  /**
   * Xtext defers every publication until the client says it is initialized and then runs the
   * deferred ones last-first; so nothing reaches its publisher before then, and each file is
   * published once, with what it has by then.
   */
  @Test
  void nothingIsPublishedBeforeTheClientIsInitializedThenEachFileOnceWithItsLatest() {
    List<String> published = new ArrayList<>();
    org.linebench.lsp.internal.Diagnostics diagnostics = new org.linebench.lsp.internal.Diagnostics();
    diagnostics.connect((uri, issues) -> {
      int n = 0;
      for (Object i : issues) {
        n++;
      }
      published.add(uri.lastSegment() + "=" + n);
    }, u -> true);
    org.eclipse.emf.common.util.URI a = org.eclipse.emf.common.util.URI.createFileURI("/plant/a.line");
    org.eclipse.emf.common.util.URI b = org.eclipse.emf.common.util.URI.createFileURI("/plant/b.line");
    org.eclipse.xtext.validation.Issue.IssueImpl issue = new org.eclipse.xtext.validation.Issue.IssueImpl();
    issue.setMessage("broken");
    diagnostics.structural(a, List.of());
    diagnostics.structural(b, List.of(issue));
    diagnostics.structural(a, List.of(issue, issue));
    assertEquals(List.of(), published, "held until the client is initialized");
    diagnostics.ready();
    assertEquals(List.of("a.line=2", "b.line=1"), published);
    diagnostics.structural(b, List.of());
    assertEquals(List.of("a.line=2", "b.line=1", "b.line=0"), published, "at once afterwards");
  }

  /** Every file's diagnostics as rows, files relative to the examples folder, sorted as validate sorts. */
  static List<Row> rows(TestServer s, Path folder) {
    Path examples = Examples.root().resolve("examples");
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, RecordingClient.Publication> e : s.client.latest().entrySet()) {
      Path file = Path.of(java.net.URI.create(e.getKey()));
      String name = examples.relativize(file).toString().replace('\\', '/');
      for (Diagnostic d : e.getValue().diagnostics()) {
        rows.add(new Row(name, d.getRange().getStart().getLine() + 1, d.getRange().getStart().getCharacter() + 1, severity(d), code(d),
            message(d)));
      }
    }
    rows.sort(Examples.ORDER);
    return rows;
  }

  static String message(Diagnostic d) {
    return d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
  }

  static String code(Diagnostic d) {
    return d.getCode() == null ? "" : String.valueOf(d.getCode().get());
  }

  private static String severity(Diagnostic d) {
    return switch (d.getSeverity()) {
      case Error -> "error";
      case Warning -> "warning";
      default -> "info";
    };
  }
}
