package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.rules.RuleDescriptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Each output format, parsed back and checked against what validate found on the examples. */
class FormatsTest {

  static String run(String format, java.util.Locale locale, String... more) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("examples", "--rules", "cn", "--format", format));
    args.addAll(List.of(more));
    Fixtures.Run r = Fixtures.validate(Fixtures.root(), locale, args.toArray(String[]::new));
    assertEquals(1, r.code(), r.err());
    return r.out();
  }

  static int textFindings() throws Exception {
    return (int) run("text", Fixtures.EN).lines().filter(l -> !l.startsWith("    ")).count();
  }

  @Test
  void sarifIsVersion210WithRulesLevelsAndRelativeLocations() throws Exception {
    JsonObject root = JsonParser.parseString(run("sarif", Fixtures.EN)).getAsJsonObject();
    assertEquals("2.1.0", root.get("version").getAsString());
    assertTrue(root.get("$schema").getAsString().endsWith("sarif-2.1.0.json"));
    JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
    JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
    assertEquals("LineBench", driver.get("name").getAsString());
    Set<String> ruleIds = new HashSet<>();
    JsonArray rules = driver.getAsJsonArray("rules");
    for (JsonElement e : rules) {
      JsonObject r = e.getAsJsonObject();
      ruleIds.add(r.get("id").getAsString());
      assertFalse(r.getAsJsonObject("shortDescription").get("text").getAsString().isBlank());
      assertFalse(r.getAsJsonObject("help").get("text").getAsString().isBlank());
    }
    for (RuleDescriptor d : Fixtures.pack("cn").rules()) {
      assertTrue(ruleIds.contains(d.id()), "rule metadata for " + d.id());
    }
    JsonObject lc = null;
    JsonArray results = run.getAsJsonArray("results");
    assertEquals(textFindings(), results.size());
    for (JsonElement e : results) {
      JsonObject r = e.getAsJsonObject();
      assertTrue(ruleIds.contains(r.get("ruleId").getAsString()));
      assertEquals(r.get("ruleId").getAsString(), rules.get(r.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
      assertTrue(Set.of("error", "warning", "note").contains(r.get("level").getAsString()));
      JsonObject loc = r.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
      assertTrue(loc.getAsJsonObject("artifactLocation").get("uri").getAsString().startsWith("examples/bodyshop-noncompliant/"));
      assertTrue(loc.getAsJsonObject("region").get("startLine").getAsInt() > 0);
      if (r.get("ruleId").getAsString().equals("cn.gb-t19876.light-curtain-distance")
          && loc.getAsJsonObject("artifactLocation").get("uri").getAsString().equals(ValidateCommandTest.BAD_CN)) {
        lc = r;
      }
    }
    assertTrue(lc != null && lc.get("level").getAsString().equals("error"));
    assertTrue(lc.getAsJsonObject("properties").getAsJsonArray("evidence").toString().contains("S = 664 mm"), lc.toString());
    String lcLine = Files.readAllLines(Fixtures.root().resolve(ValidateCommandTest.BAD_CN)).get(
        lc.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine").getAsInt() - 1);
    assertTrue(lcLine.contains("light-curtain LC20"), "the region points at the light curtain: " + lcLine);
  }

  @Test
  void jsonHasEveryFindingWithItsEvidence() throws Exception {
    JsonObject root = JsonParser.parseString(run("json", Fixtures.ZH)).getAsJsonObject();
    JsonArray findings = root.getAsJsonArray("findings");
    assertEquals(textFindings(), findings.size());
    assertEquals(findings.size(), root.getAsJsonObject("summary").get("errors").getAsInt() + root.getAsJsonObject("summary").get("warnings").getAsInt()
        + root.getAsJsonObject("summary").get("infos").getAsInt());
    boolean formula = false;
    for (JsonElement e : findings) {
      JsonObject f = e.getAsJsonObject();
      if (f.get("ruleId").getAsString().equals("cn.gb-t19876.light-curtain-distance")) {
        formula |= f.has("formula") && f.get("formula").getAsString().startsWith("S = K");
        assertTrue(f.get("citation").getAsString().equals("GB/T 19876-2012 第 6.2, 6.5 条"), f.toString());
      }
    }
    assertTrue(formula);
  }

  @Test
  void junitHasASuitePerPackAndACasePerRule() throws Exception {
    Document doc = parse(run("junit", Fixtures.EN));
    NodeList suites = doc.getElementsByTagName("testsuite");
    Element cn = null;
    for (int i = 0; i < suites.getLength(); i++) {
      Element s = (Element) suites.item(i);
      if (s.getAttribute("name").equals("cn")) {
        cn = s;
      }
    }
    assertTrue(cn != null);
    int rules = Fixtures.pack("cn").rules().size();
    assertEquals(rules, cn.getElementsByTagName("testcase").getLength());
    assertEquals(String.valueOf(rules), cn.getAttribute("tests"));
    assertEquals(rules, cn.getElementsByTagName("failure").getLength(), "every CN rule fails on the non-compliant example");
    assertEquals(String.valueOf(rules), cn.getAttribute("failures"));
  }

  @Test
  void htmlIsASelfContainedReportInTheChosenLanguage() throws Exception {
    String html = run("html", Fixtures.ZH);
    Document doc = parse(html);
    assertEquals("zh-CN", doc.getDocumentElement().getAttribute("lang"));
    assertTrue(html.contains("<style>") && !html.contains("<link") && !html.contains("<script"), "inline CSS, nothing fetched");
    assertTrue(doc.getElementsByTagName("svg").getLength() == 1 && doc.getElementsByTagName("rect").getLength() > 3, "an inline SVG chart");
    Element catalogue = byId(doc, "catalogue");
    assertEquals(Fixtures.pack("cn").rules().size() + 1, catalogue.getElementsByTagName("tr").getLength(), "the rule catalogue");
    Element findings = byId(doc, "findings");
    assertEquals(textFindings() + 1, findings.getElementsByTagName("tr").getLength());
    assertTrue(byId(doc, "summary").getTextContent().contains("GB/T 19876-2012"));
    assertTrue(html.contains("LineBench 合规报告") && html.contains("GB/T 19876-2012 第 6.2, 6.5 条") && html.contains("S = 664 mm"));
  }

  @Test
  void htmlEscapesWhatTheModelSays(@TempDir Path dir) throws Exception {
    String bad = Files.readString(Fixtures.root().resolve(ValidateCommandTest.BAD_CN), StandardCharsets.UTF_8)
        .replace("\"上件光幕\"", "\"<script>alert('x')</script> & co\"");
    Files.writeString(dir.resolve("bad.line"), bad, StandardCharsets.UTF_8);
    Files.copy(Fixtures.examples("library", "catalogue.line"), dir.resolve("catalogue.line"));
    Fixtures.Run r = Fixtures.validate(dir, Fixtures.EN, ".", "--rules", "cn", "--format", "html");
    assertEquals(1, r.code(), r.err());
    assertFalse(r.out().contains("<script>"));
    assertTrue(r.out().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    parse(r.out());
  }

  static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element #" + id);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
