package org.linebench.aas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.InMemoryFile;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.xml.XmlDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.model.AssetAdministrationShell;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.eclipse.digitaltwin.aas4j.v3.model.MultiLanguageProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.Property;
import org.eclipse.digitaltwin.aas4j.v3.model.Referable;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElementCollection;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElementList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.aas.AasExport;
import org.linebench.aas.SafetyFinding;
import org.linebench.aas.internal.Aas4j;
import org.linebench.aml.CaexSchema;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.Line;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Station;

/**
 * Every example exports as AAS V3.0 in all three formats, each valid against the schemas AAS4J
 * ships; the package reads back with its AutomationML file and model cards; shells, nameplates,
 * technical data, safety and machine-learning submodels hold the example's values.
 */
class AasExportTest {
  /** The idShort pattern of the V3.0 metamodel (AASd-002). */
  private static final Pattern ID_SHORT = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_-]*[a-zA-Z0-9_]+$");

  static Stream<Object[]> examplesAndFormats() {
    return Stream.of("bodyshop", "electronics", "bodyshop-noncompliant", "electronics-noncompliant")
        .flatMap(e -> Stream.of(AasExport.Format.values()).map(f -> new Object[] {e, f}));
  }

  static Path examples() {
    String root = System.getProperty("linebench.root");
    return (root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize()).resolve("examples");
  }

  static LineModels.Result load(String example) throws Exception {
    return LineModels.load(LineModels.collect(List.of(examples().resolve(example), examples().resolve("library"))));
  }

  static Environment read(Path file, AasExport.Format format) throws Exception {
    return Aas4j.call(() -> switch (format) {
      case AASX -> {
        try (InputStream in = Files.newInputStream(file)) {
          yield new AASXDeserializer(new XmlDeserializer(Aas4j.xmlFactory()), in).read();
        }
      }
      case JSON -> new JsonDeserializer().read(Files.readString(file), Environment.class);
      case XML -> new XmlDeserializer(Aas4j.xmlFactory()).read(Files.readString(file));
    });
  }

  @ParameterizedTest
  @MethodSource("examplesAndFormats")
  void everyExampleExportsValidShells(String example, AasExport.Format format, @TempDir Path tmp) throws Exception {
    LineModels.Result r = load(example);
    Path out = tmp.resolve(example + "." + (format == AasExport.Format.AASX ? "aasx" : format == AasExport.Format.JSON ? "json" : "xml"));
    AasExport.Result result = AasExport.export(r.files(), List.of(), format, out);
    assertEquals(Set.of(), AasExport.validate(out, format), example + " " + format);
    Environment env = read(out, format);
    assertEquals(result.shells(), env.getAssetAdministrationShells().size());
    Set<String> ids = new HashSet<>();
    for (AssetAdministrationShell s : env.getAssetAdministrationShells()) {
      assertTrue(ids.add(s.getId()), "unique " + s.getId());
      assertTrue(s.getId().startsWith("urn:linebench:"), s.getId());
      assertTrue(ID_SHORT.matcher(s.getIdShort()).matches(), s.getIdShort());
    }
    for (Submodel s : env.getSubmodels()) {
      assertTrue(ids.add(s.getId()), "unique " + s.getId());
      checkIdShorts(s.getSubmodelElements());
    }
  }

  private static void checkIdShorts(List<SubmodelElement> elements) {
    for (SubmodelElement e : elements) {
      if (e.getIdShort() != null) {
        assertTrue(ID_SHORT.matcher(e.getIdShort()).matches(), e.getIdShort());
      }
      if (e instanceof SubmodelElementCollection c) {
        checkIdShorts(c.getValue());
      } else if (e instanceof SubmodelElementList l) {
        checkIdShorts(l.getValue());
      }
    }
  }

  @Test
  void theBodyShopsShellsHoldItsValues(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("b.aasx");
    List<SafetyFinding> findings = List.of(new SafetyFinding("Changchun.BodyInWhite.OP20.LC20", "cn.test", "error", "GB/T 19876-2012 6.2", "too close"),
        new SafetyFinding("Changchun.BodyInWhite.ES1", "cn.estop", "warning", "GB/T 16754-2021", "about the line"));
    LineModels.Result bodyshop = load("bodyshop");
    AasExport.Result result = AasExport.export(bodyshop.files(), findings, AasExport.Format.AASX, out);
    // a shell for each line, each station and each piece of equipment
    assertEquals(count(bodyshop, Line.class) + count(bodyshop, Station.class) + count(bodyshop, Equipment.class), result.shells());
    assertEquals(2, result.files(), "the AutomationML file and the tip-wear model's card");
    Environment env = read(out, AasExport.Format.AASX);
    AssetAdministrationShell r21 = shell(env, "urn:linebench:examples.bodyshop:Changchun.BodyInWhite.OP20.R21:aas");
    assertEquals("BodyInWhite_OP20_R21", r21.getIdShort());
    Submodel nameplate = submodel(env, r21, "Nameplate");
    assertEquals("https://admin-shell.io/zvei/nameplate/2/0/Nameplate", nameplate.getSemanticId().getKeys().get(0).getValue());
    assertEquals("KUKA", ((MultiLanguageProperty) element(nameplate, "ManufacturerName")).getValue().get(0).getText());
    assertEquals("0173-1#02-AAO677#002", element(nameplate, "ManufacturerName").getSemanticId().getKeys().get(0).getValue());
    assertEquals("KR210", ((MultiLanguageProperty) element(nameplate, "ManufacturerProductType")).getValue().get(0).getText());
    SubmodelElementCollection markings = (SubmodelElementCollection) element(nameplate, "Markings");
    assertEquals(List.of("CE", "CCC"), markings.getValue().stream()
        .map(m -> ((Property) ((SubmodelElementCollection) m).getValue().get(0)).getValue()).toList());
    Submodel technical = submodel(env, r21, "TechnicalData");
    SubmodelElementCollection props = (SubmodelElementCollection) element(technical, "TechnicalProperties");
    assertEquals("210", value(props, "Payload"), "the type's payload, in kg");
    assertEquals("2701", value(props, "Reach"));
    assertEquals("urn:linebench:concept:payload", find(props.getValue(), "Payload").getSemanticId().getKeys().get(0).getValue());
    assertTrue(env.getConceptDescriptions().stream().anyMatch(c -> c.getId().equals("urn:linebench:concept:payload")));

    AssetAdministrationShell op20 = shell(env, "urn:linebench:examples.bodyshop:Changchun.BodyInWhite.OP20:aas");
    Submodel station = submodel(env, op20, "TechnicalData");
    SubmodelElementCollection stationProps = (SubmodelElementCollection) element(station, "TechnicalProperties");
    assertEquals("55", value(stationProps, "CycleTime"));
    assertEquals("400", value(stationProps, "MTBF"), "from the station type WeldCell, in h");
    assertEquals("30", value(stationProps, "MTTR"), "from the type, in min");
    Submodel safety = submodel(env, op20, "LineBenchSafety");
    SubmodelElementList functions = (SubmodelElementList) element(safety, "SafetyFunctions");
    assertEquals(2, functions.getValue().size());
    assertEquals("PLd", value((SubmodelElementCollection) functions.getValue().get(1), "AchievedPL"));
    assertEquals("6.1E-8", value((SubmodelElementCollection) functions.getValue().get(1), "PFHd"));
    SubmodelElementCollection sf21 = (SubmodelElementCollection) functions.getValue().get(1);
    assertEquals("SF21", value(sf21, "Name"));
    assertEquals("62", value(sf21, "MTTFd"), "in years");
    assertEquals("95", value(sf21, "DCavg"), "in %");
    assertEquals("80", value(sf21, "CCF"));
    assertEquals("3", value(sf21, "Category"));
    SubmodelElementList found = (SubmodelElementList) element(safety, "Findings");
    assertEquals(1, found.getValue().size());
    assertEquals("too close", value((SubmodelElementCollection) found.getValue().get(0), "Message"));
    Submodel lineSafety = submodel(env, shell(env, "urn:linebench:examples.bodyshop:Changchun.BodyInWhite:aas"), "LineBenchSafety");
    assertEquals("about the line", value((SubmodelElementCollection) ((SubmodelElementList) element(lineSafety, "Findings")).getValue().get(0), "Message"));
    SubmodelElementList hazards = (SubmodelElementList) element(lineSafety, "Hazards");
    assertEquals(bodyshop.files().values().stream().flatMap(f -> f.getElements().stream()).filter(Plant.class::isInstance)
        .flatMap(p -> ((Plant) p).getLines().stream()).filter(l -> l.getName().equals("BodyInWhite")).mapToInt(l -> l.getHazards().size()).sum(),
        hazards.getValue().size(), "the line's risk register");
    SubmodelElementCollection h20 = (SubmodelElementCollection) hazards.getValue().get(0);
    assertEquals("H20", value(h20, "Name"));
    assertEquals("OP20.Z20", value(h20, "Zone"));
    assertEquals("OP20.F20, OP20.D20, OP20.SF20, OP20.SF21", value(h20, "Measures"));
    assertEquals("acceptable", value(h20, "Residual"));
    // the hinge press of hinges.line: a two-hand control, a pressure mat, a multi-beam device
    Submodel hp10 = submodel(env, shell(env, "urn:linebench:examples.bodyshop:Changchun.Hinges.HP10:aas"), "LineBenchSafety");
    List<SubmodelElement> devices = ((SubmodelElementList) element(hp10, "SafetyDevices")).getValue();
    SubmodelElementCollection th10 = (SubmodelElementCollection) devices.stream()
        .filter(d -> value((SubmodelElementCollection) d, "Name").equals("TH10")).findFirst().orElseThrow();
    assertEquals("TwoHandControl", value(th10, "Kind"));
    assertEquals("450", value(th10, "Distance"));
    assertEquals("20", value(th10, "ResponseTime"), "in ms");
    SubmodelElementCollection mb10 = (SubmodelElementCollection) devices.stream()
        .filter(d -> value((SubmodelElementCollection) d, "Name").equals("MB10")).findFirst().orElseThrow();
    assertEquals("1200", value((SubmodelElementCollection) find(mb10.getValue(), "Beams"), "Beam4"));
    Submodel ml = submodel(env, op20, "LineBenchMachineLearning");
    SubmodelElementCollection model = (SubmodelElementCollection) ((SubmodelElementList) element(ml, "Models")).getValue().get(0);
    assertEquals("TipWear", value(model, "Name"));
    String card = Files.readString(examples().resolve("bodyshop/models/tip-wear/model.json"));
    String dataSha = card.replaceAll("(?s).*\"data\"\\s*:\\s*\\{[^}]*\"sha256\"\\s*:\\s*\"([0-9a-f]+)\".*", "$1");
    assertEquals(dataSha, value(model, "DataSha256"));
    assertEquals("0.9625", value((SubmodelElementCollection) find(model.getValue(), "Metrics"), "Accuracy"));

    try (InputStream in = Files.newInputStream(out)) {
      List<InMemoryFile> files = Aas4j.call(() -> new AASXDeserializer(new XmlDeserializer(Aas4j.xmlFactory()), in).getRelatedFiles());
      InMemoryFile aml = files.stream().filter(f -> f.getPath().equals("file:/aasx/aml/b.aml")).findFirst().orElseThrow();
      assertEquals(List.of(), CaexSchema.validate(new ByteArrayInputStream(aml.getFileContent()), Locale.ENGLISH));
      assertTrue(files.stream().anyMatch(f -> f.getPath().endsWith("/model.json") && new String(f.getFileContent()).equals(card)));
    }
  }

  /** AASX Package Explorer reads the package's relationship IDs as XML IDs (NCNames): a UUID may start with a digit. */
  @Test
  void theRelationshipIdsOfAnAasxAreXmlIds(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("b.aasx");
    AasExport.export(load("bodyshop").files(), List.of(), AasExport.Format.AASX, out);
    Pattern ncName = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
    List<String> ids = new java.util.ArrayList<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
      for (var entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".rels")) {
          javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
          f.setNamespaceAware(true);
          org.w3c.dom.NodeList rels = f.newDocumentBuilder().parse(zip.getInputStream(entry)).getElementsByTagNameNS("*", "Relationship");
          for (int i = 0; i < rels.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) rels.item(i)).getAttribute("Id"));
          }
        }
      }
    }
    assertTrue(ids.size() >= 3, "the package's relationships (origin, specification, supplementary files): " + ids);
    assertEquals(List.of(), ids.stream().filter(id -> !ncName.matcher(id).matches()).toList(), "relationship IDs that are no XML ID");
  }

  @Test
  void idsAreTheSameInEveryExport(@TempDir Path tmp) throws Exception {
    LineModels.Result r = load("electronics");
    AasExport.export(r.files(), List.of(), AasExport.Format.JSON, tmp.resolve("a.json"));
    AasExport.export(r.files(), List.of(), AasExport.Format.JSON, tmp.resolve("b.json"));
    assertEquals(Files.readString(tmp.resolve("a.json")), Files.readString(tmp.resolve("b.json")));
    assertFalse(Files.readString(tmp.resolve("a.json")).matches("(?s).*\"id\"\\s*:\\s*\"[0-9].*"), "no id starts with a digit");
  }

  /** How many elements of this type the loaded files declare. */
  static long count(LineModels.Result r, Class<?> type) {
    return r.files().values().stream()
        .flatMap(f -> java.util.stream.StreamSupport.stream(((Iterable<org.eclipse.emf.ecore.EObject>) f::eAllContents).spliterator(), false))
        .filter(type::isInstance).count();
  }

  private static AssetAdministrationShell shell(Environment env, String id) {
    return env.getAssetAdministrationShells().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static Submodel submodel(Environment env, AssetAdministrationShell shell, String idShort) {
    for (var ref : shell.getSubmodels()) {
      String id = ref.getKeys().get(0).getValue();
      Submodel s = env.getSubmodels().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
      if (idShort.equals(s.getIdShort())) {
        return s;
      }
    }
    throw new AssertionError("no submodel " + idShort + " in " + shell.getIdShort());
  }

  private static SubmodelElement element(Submodel s, String idShort) {
    return find(s.getSubmodelElements(), idShort);
  }

  private static SubmodelElement find(List<SubmodelElement> elements, String idShort) {
    SubmodelElement e = elements.stream().filter(x -> idShort.equals(x.getIdShort())).findFirst().orElse(null);
    assertNotNull(e, "no " + idShort + " in " + elements.stream().map(Referable::getIdShort).toList());
    return e;
  }

  private static String value(SubmodelElementCollection c, String idShort) {
    return ((Property) find(c.getValue(), idShort)).getValue();
  }
}
