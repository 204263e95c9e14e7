package org.linebench.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.dsl.api.LineFormatting;
import org.linebench.dsl.api.LineModels;
import org.linebench.lsp.internal.LineCommands;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePacks;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * Completion, hover, go to definition, references, outline, workspace symbols, formatting, quick
 * fixes and the diagram, each through the protocol on the body shop example, at exact positions.
 */
class FeaturesTest {
  static final String FILE = "bodyshop.line";
  static TestServer s;
  static String text;

  @BeforeAll
  static void start() throws Exception {
    s = TestServer.start(Examples.folder("bodyshop"));
    text = s.open(FILE);
    s.validate();
  }

  @AfterAll
  static void stop() throws Exception {
    s.close();
  }

  private static TextDocumentIdentifier doc() {
    return new TextDocumentIdentifier(s.uri(FILE));
  }

  private static <T> T get(java.util.concurrent.CompletableFuture<T> f) throws Exception {
    return f.get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  @Test
  void completionOffersUnitsAfterANumberAndStationsAfterAnArrow() throws Exception {
    // "\t\t\tcycle-time 55 s": the caret where the unit starts
    Position unit = Edits.at(text, "station OP20", "cycle-time 55 s", "cycle-time 55 ".length());
    assertEquals(new Position(25, 17), unit);
    List<String> units = labels(get(s.server.getTextDocumentService().completion(new CompletionParams(doc(), unit))));
    assertTrue(units.containsAll(List.of("ms", "s", "min", "h")), units.toString());
    assertFalse(units.contains("OP30"), units.toString());
    // "\t\tflow OP20 -> OP30": the caret after the arrow
    Position target = Edits.at(text, "flow OP20 -> OP30", "OP30", 0);
    assertEquals(new Position(88, 15), target);
    List<String> nodes = labels(get(s.server.getTextDocumentService().completion(new CompletionParams(doc(), target))));
    assertTrue(nodes.containsAll(List.of("OP10", "OP30", "OP60", "B1", "ToPaint", "Underbody")), nodes.toString());
  }

  private static List<String> labels(Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> r) {
    List<CompletionItem> items = r.isLeft() ? r.getLeft() : r.getRight().getItems();
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  @Test
  void hoverConvertsTheQuantityUnderTheCaret() throws Exception {
    Position at = Edits.at(text, "station OP20", "55 s", 1);
    Hover h = get(s.server.getTextDocumentService().hover(new HoverParams(doc(), at)));
    assertEquals("`55 s = 55000 ms = 0.9167 min = 0.0153 h`", h.getContents().getRight().getValue());
    assertEquals(new Range(new Position(25, 14), new Position(25, 18)), h.getRange());
    Position none = Edits.at(text, null, "namespace", 2);
    assertEquals(null, get(s.server.getTextDocumentService().hover(new HoverParams(doc(), none))));
  }

  @Test
  void hoverOnAFindingShowsItsRulesRationale() throws Exception {
    try (TestServer bad = TestServer.start(Examples.folder("bodyshop-noncompliant"))) {
      String file = "bodyshop-bad.line";
      String badText = bad.open(file);
      bad.validate();
      Position at = Edits.at(badText, null, "light-curtain LC20", 2);
      Hover h = get(bad.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(bad.uri(file)), at)));
      String md = h.getContents().getRight().getValue();
      RuleDescriptor rule = RulePacks.fromPlatform().find("cn").orElseThrow().rules().stream()
          .filter(r -> r.id().equals("cn.gb-t19876.light-curtain-distance")).findFirst().orElseThrow();
      assertTrue(md.startsWith("**" + rule.title(Locale.ENGLISH) + "** \u2014 GB/T 19876-2012, clause 6.2 `cn.gb-t19876.light-curtain-distance`"), md);
      assertTrue(md.contains("Why: " + rule.rationale(Locale.ENGLISH)), md);
      assertTrue(md.contains("Values: stopping-time = 320 ms") && md.contains("S = 664 mm"), md);
    }
  }

  @Test
  void definitionJumpsToTheStationAndIntoTheCatalogue() throws Exception {
    Position op20 = Edits.at(text, "flow OP10 -> OP20", "OP20", 1);
    List<? extends Location> here = get(s.server.getTextDocumentService().definition(new DefinitionParams(doc(), op20))).getLeft();
    assertEquals(1, here.size(), here.toString());
    assertEquals(s.uri(FILE), here.get(0).getUri());
    assertEquals(new Position(24, 10), here.get(0).getRange().getStart());
    Position type = Edits.at(text, "robot R21", "KR210", 0);
    List<? extends Location> there = get(s.server.getTextDocumentService().definition(new DefinitionParams(doc(), type))).getLeft();
    assertEquals(1, there.size(), there.toString());
    assertTrue(there.get(0).getUri().endsWith("/examples/library/catalogue.line"), there.get(0).getUri());
    assertEquals(4, there.get(0).getRange().getStart().getLine());
  }

  @Test
  void referencesFindTheFlowsOfAStation() throws Exception {
    Position decl = Edits.at(text, null, "station OP20", "station ".length());
    ReferenceParams p = new ReferenceParams(doc(), decl, new ReferenceContext(false));
    List<Integer> lines = get(s.server.getTextDocumentService().references(p)).stream().map(l -> l.getRange().getStart().getLine()).sorted().toList();
    assertEquals(List.of(87, 88), lines);
    Position zone = Edits.at(text, "station OP20", "zone Z20", "zone ".length());
    List<Integer> zoneLines = get(s.server.getTextDocumentService().references(new ReferenceParams(doc(), zone, new ReferenceContext(false))))
        .stream().map(l -> l.getRange().getStart().getLine()).sorted().toList();
    assertEquals(List.of(33, 34, 35, 96), zoneLines, "guard, door and light curtain protect Z20; the emergency stop covers OP20.Z20");
  }

  @Test
  void theOutlineAndTheWorkspaceSymbols() throws Exception {
    List<Either<SymbolInformation, DocumentSymbol>> symbols = get(s.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc())));
    DocumentSymbol file = symbols.get(0).getRight();
    assertEquals("examples.bodyshop", file.getName(), "the file, by its namespace");
    DocumentSymbol plant = file.getChildren().stream().filter(c -> c.getName().endsWith("Changchun")).findFirst().orElseThrow();
    assertEquals(new Position(6, 0), plant.getRange().getStart());
    DocumentSymbol line = plant.getChildren().stream().filter(c -> c.getName().endsWith("BodyInWhite")).findFirst().orElseThrow();
    List<String> stations = line.getChildren().stream().map(DocumentSymbol::getName).map(n -> n.substring(n.lastIndexOf('.') + 1)).toList();
    assertTrue(stations.containsAll(List.of("OP10", "OP20", "OP30", "B1", "OP40", "OP50", "OP60", "ToPaint")), stations.toString());
    Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> found = get(
        s.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("OP60")));
    List<String> names = new ArrayList<>();
    if (found.isLeft()) {
      found.getLeft().forEach(i -> names.add(i.getName() + "@" + i.getLocation().getRange().getStart().getLine()));
    } else {
      found.getRight().forEach(i -> names.add(i.getName() + "@" + i.getLocation().getLeft().getRange().getStart().getLine()));
    }
    assertTrue(names.stream().anyMatch(n -> n.endsWith("OP60@78")), names.toString());
  }

  @Test
  void formattingRestoresTheLayout() throws Exception {
    try (TestServer f = TestServer.start(Examples.folder("bodyshop"))) {
      String messy = text.replace("\t\t\tcycle-time 55 s", "cycle-time    55   s").replace("\t\tflow OP10 -> OP20", "  flow OP10->OP20");
      f.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
          new org.eclipse.lsp4j.TextDocumentItem(f.uri(FILE), "line", 1, messy)));
      List<? extends TextEdit> edits = get(f.server.getTextDocumentService().formatting(
          new DocumentFormattingParams(new TextDocumentIdentifier(f.uri(FILE)), new FormattingOptions(4, false))));
      String formatted = Edits.apply(messy, edits);
      assertEquals(LineFormatting.format(LineModels.injector(), messy), formatted, "the server formats as the editor and the CLI do");
      assertTrue(formatted.contains("\n\t\t\tcycle-time 55 s\n") && formatted.contains("\n\t\tflow OP10 -> OP20\n"), formatted);
    }
  }

  @Test
  void aQuickFixRepairsAnUnknownUnit() throws Exception {
    try (TestServer f = TestServer.start(Examples.folder("bodyshop"))) {
      String typo = text.replace("cycle-time 55 s\n", "cycle-time 55 sec\n");
      int from = f.client.publications().size();
      f.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
          new org.eclipse.lsp4j.TextDocumentItem(f.uri(FILE), "line", 1, typo)));
      assertNotNull(f.client.await(from, p -> p.uri().equals(f.uri(FILE)) && !p.diagnostics().isEmpty(), TestServer.TIMEOUT));
      Diagnostic d = f.diagnostics(FILE).get(0);
      assertEquals("line.unknown-unit", DiagnosticsTest.code(d));
      assertEquals(new Range(new Position(25, 17), new Position(25, 20)), d.getRange());
      List<Either<Command, CodeAction>> actions = get(f.server.getTextDocumentService().codeAction(
          new CodeActionParams(new TextDocumentIdentifier(f.uri(FILE)), d.getRange(), new CodeActionContext(List.of(d)))));
      CodeAction first = actions.get(0).getRight();
      assertEquals("quickfix", first.getKind());
      assertEquals("replace 'sec' with 's'", first.getTitle());
      String fixed = Edits.apply(typo, first.getEdit().getChanges().get(f.uri(FILE)));
      assertEquals(text, fixed);
    }
  }

  @Test
  void theDiagramIsAnSvgOfTheFilesLines() throws Exception {
    Object r = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(LineCommands.DIAGRAM, List.of(s.uri(FILE)))));
    JsonObject o = (JsonObject) new Gson().toJsonTree(r);
    String svg = o.get("svg").getAsString();
    assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, Math.min(80, svg.length())));
    for (String name : List.of("OP10", "OP20", "OP30", "B1", "OP40", "OP50", "OP60", "ToPaint", "Underbody")) {
      assertTrue(svg.contains(">" + name + "<"), name + " in the diagram");
    }
  }
}
