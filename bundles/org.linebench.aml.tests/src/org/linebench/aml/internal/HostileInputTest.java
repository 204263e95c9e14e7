package org.linebench.aml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.aml.AmlException;
import org.linebench.aml.AmlExport;
import org.linebench.aml.AmlImport;
import org.linebench.aml.CaexSchema;
import org.linebench.dsl.api.LineModels;

/**
 * Bad AutomationML is refused with its place, quickly, reading nothing from outside, and leaves
 * the output folder as it was: entity bombs, external entities, broken XML, file paths that point
 * outside, an element too large to hold.
 */
class HostileInputTest {
  private static final String HEAD = "<CAEXFile xmlns=\"http://www.dke.de/CAEX\" SchemaVersion=\"3.0\" FileName=\"x.aml\">\n"
      + "<SourceDocumentInformation OriginName=\"t\" OriginID=\"t\" OriginVersion=\"1\" LastWritingDateTime=\"2026-01-01T00:00:00Z\"/>\n";

  @Test
  void aBillionLaughsIsRefusedAtItsDoctypeAtOnce(@TempDir Path tmp) throws Exception {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE CAEXFile [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    b.append("]>\n").append(HEAD).append("<InstanceHierarchy Name=\"&lol9;\"/>\n</CAEXFile>\n");
    Path bomb = Files.writeString(tmp.resolve("bomb.aml"), b);
    AmlException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(AmlException.class, () -> AmlImport.run(bomb, tmp.resolve("out"), Locale.ENGLISH)));
    assertEquals(13, e.line(), "where the DOCTYPE declaration ends");
    assertEquals(Messages.Import_doctype, e.problem());
    // the schema validation on its own refuses it as well
    List<CaexSchema.Problem> p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CaexSchema.validate(bomb, Locale.ENGLISH));
    assertEquals(1, p.size());
    assertEquals(2, p.get(0).line());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void anExternalEntityIsNeverRead(@TempDir Path tmp) throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOPSECRET");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CAEXFile [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" + HEAD
        + "<InstanceHierarchy Name=\"&x;\"/>\n</CAEXFile>\n";
    Path aml = Files.writeString(tmp.resolve("xxe.aml"), xml);
    AmlException e = assertThrows(AmlException.class, () -> AmlImport.run(aml, tmp.resolve("out"), Locale.ENGLISH));
    assertFalse(e.getMessage().contains("TOPSECRET"));
    for (CaexSchema.Problem p : CaexSchema.validate(aml, Locale.ENGLISH)) {
      assertFalse(p.message().contains("TOPSECRET"));
    }
  }

  @Test
  void brokenXmlIsRefusedWithLineAndColumn(@TempDir Path tmp) throws Exception {
    Path whole = tmp.resolve("whole.aml");
    AmlExport.export(LineModels.load(LineModels.collect(List.of(examples().resolve("electronics"), examples().resolve("library")))).files(), whole);
    List<String> lines = Files.readAllLines(whole);
    Path half = Files.write(tmp.resolve("half.aml"), lines.subList(0, lines.size() / 2));
    AmlException e = assertThrows(AmlException.class, () -> AmlImport.run(half, tmp.resolve("out"), Locale.ENGLISH));
    assertEquals(lines.size() / 2 + 1, e.line(), e.getMessage());
    assertTrue(e.problem().startsWith(NLS.bind(Messages.Import_notXml, "")), e.problem());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aFilePathPointingOutsideStaysInside(@TempDir Path tmp) throws Exception {
    Path aml = tmp.resolve("b.aml");
    AmlExport.export(LineModels.load(LineModels.collect(List.of(examples().resolve("bodyshop"), examples().resolve("library")))).files(), aml);
    String text = Files.readString(aml).replace("LineBenchFile=\"bodyshop/bodyshop.line\"", "LineBenchFile=\"../../evil.line\"");
    Files.writeString(aml, text);
    Path out = tmp.resolve("a/b/out");
    AmlImport.Result r = AmlImport.run(aml, out, Locale.ENGLISH);
    for (Path f : r.files()) {
      assertTrue(f.startsWith(out), f.toString());
    }
    assertFalse(Files.exists(tmp.resolve("a/evil.line")));
    assertTrue(Files.exists(out.resolve("bodyshop_bodyshop_line.line")), r.files().toString());
  }

  @Test
  void aFailedImportLeavesTheFolderAsItWas(@TempDir Path tmp) throws Exception {
    Path aml = tmp.resolve("b.aml");
    AmlExport.export(LineModels.load(LineModels.collect(List.of(examples().resolve("bodyshop"), examples().resolve("library")))).files(), aml);
    StringBuilder group = new StringBuilder("<InstanceHierarchy Name=\"Other\"><InternalElement Name=\"Group\" ID=\"g\">");
    for (int i = 0; i < 20; i++) {
      group.append("<InternalElement Name=\"E").append(i).append("\" ID=\"e").append(i).append("\"/>");
    }
    group.append("</InternalElement></InstanceHierarchy>\n");
    String text = Files.readString(aml);
    int libs = text.indexOf("<InterfaceClassLib");
    Files.writeString(aml, text.substring(0, libs) + group + text.substring(libs), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Path old = Files.writeString(Files.createDirectories(out.resolve("bodyshop")).resolve("bodyshop.line"), "old");
    int before = InstanceReader.maxKept;
    InstanceReader.maxKept = 10;
    try {
      AmlException e = assertThrows(AmlException.class, () -> AmlImport.run(aml, out, Locale.ENGLISH));
      assertEquals(NLS.bind(Messages.Import_tooLarge, 10), e.problem());
    } finally {
      InstanceReader.maxKept = before;
    }
    assertEquals("old", Files.readString(old), "the bodyshop was streamed before the error, but is not put in place");
    try (Stream<Path> s = Files.walk(out)) {
      assertEquals(List.of(out, out.resolve("bodyshop"), old), s.sorted().toList());
    }
  }

  private static Path examples() {
    String root = System.getProperty("linebench.root");
    return (root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize()).resolve("examples");
  }
}
