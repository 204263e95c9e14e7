package org.linebench.dsl.ml.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.google.inject.Inject;
import com.google.inject.Provider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linebench.dsl.ml.ModelAttachmentEdit;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.card.Window;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.series.SeriesOptions;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.LinePackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model attached to a station: its card verifies, its features bind to the station's sensors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LineInjectorProvider.class)
class ModelAttachmentTest {
  @TempDir
  static Path dir;

  static final String CLEAN = """
      namespace t
      plant P {
      	country CN
      	line L {
      		takt 60 s
      		source In
      		station A machining {
      			cycle-time 50 s
      			stopping-time 200 ms
      			zone Z
      			sensor T measures temperature unit K rate 10 Hz
      			sensor S measures rotational-speed unit rpm
      			sensor X measures position unit mm
      			model M card "m/model.json" purpose maintenance {
      				feature "Temperature [K]" -> T
      				feature "Speed [rpm]" -> S
      			} human-override
      		}
      		station B machining {
      			cycle-time 50 s
      			stopping-time 200 ms
      			zone Z
      			sensor T measures temperature unit K
      		}
      		sink Out
      		flow In -> A
      		flow A -> B
      		flow B -> Out
      		emergency-stop E category 0 covers A.Z, B.Z
      	}
      }
      """;

  @Inject
  ParseHelper<LineFile> parser;

  @Inject
  ValidationTestHelper validation;

  @Inject
  Provider<XtextResourceSet> resourceSets;

  private static int file;

  /** A small spindle model: failures when hot or slow. */
  @BeforeAll
  static void trainModel() throws Exception {
    Random r = new Random(4);
    StringBuilder b = new StringBuilder("Temperature [K],Speed [rpm],failure\n");
    for (int i = 0; i < 120; i++) {
      double t = 290 + r.nextDouble() * 30;
      double s = 1200 + r.nextDouble() * 600;
      b.append(String.format(java.util.Locale.ROOT, "%.1f,%.0f,%d%n", t, s, t > 315 || s < 1300 ? 1 : 0));
    }
    Path data = dir.resolve("spindle.csv");
    Files.writeString(data, b.toString(), StandardCharsets.UTF_8);
    CsvTable table = CsvTable.read(data, null);
    ModelArtifacts.write(dir.resolve("m"), "spindle",
        Trainer.train(table, TrainingOptions.of("failure").withRecipe(Recipe.MAINTENANCE).withFolds(3, 1), TrainingMonitor.NONE),
        table);
    // machines logged once a second, with windows of 10 rows and of 3 s
    StringBuilder series = new StringBuilder("machine,t [s],Temperature [K],Speed [rpm],failure\n");
    for (int m = 1; m <= 6; m++) {
      for (int i = 0; i < 40; i++) {
        double t = 290 + i * 0.7 + r.nextDouble();
        series.append(String.format(java.util.Locale.ROOT, "M%d,%d,%.1f,%.0f,%d%n", m, i, t, 1200 + r.nextDouble() * 600, i > 32 ? 1 : 0));
      }
    }
    Path seriesData = dir.resolve("series.csv");
    Files.writeString(seriesData, series.toString(), StandardCharsets.UTF_8);
    CsvTable seriesTable = CsvTable.read(seriesData, null);
    ModelArtifacts.write(dir.resolve("w"), "windows", Trainer.train(seriesTable, TrainingOptions.of("failure").withRecipe(Recipe.MAINTENANCE)
        .withFolds(3, 1), new SeriesOptions("machine", "t [s]", null, null, List.of(Window.parse("10"), Window.parse("3s")), List.of("mean"),
            List.of(), List.of(), null, null, null), TrainingMonitor.NONE), seriesTable);
    // a regression of the user's own choice: the attach edit and the validator agree on its purpose
    StringBuilder w = new StringBuilder("Temperature [K],Speed [rpm],Wear [mm]\n");
    for (int i = 0; i < 60; i++) {
      double t = 290 + r.nextDouble() * 30;
      double s = 1200 + r.nextDouble() * 600;
      w.append(String.format(java.util.Locale.ROOT, "%.1f,%.0f,%.3f%n", t, s, 0.01 * (t - 280) + 0.0001 * s));
    }
    Path wear = dir.resolve("wear.csv");
    Files.writeString(wear, w.toString(), StandardCharsets.UTF_8);
    CsvTable wearTable = CsvTable.read(wear, null);
    ModelArtifacts.write(dir.resolve("wear"), "wear", Trainer.train(wearTable, TrainingOptions.of("Wear [mm]")
        .withClassifier("weka.classifiers.functions.LinearRegression", "").withFolds(3, 1), TrainingMonitor.NONE), wearTable);
    // a model that also reads a categorical column
    StringBuilder n = new StringBuilder("Temperature [K],Speed [rpm],Type,failure\n");
    for (int i = 0; i < 120; i++) {
      double t = 290 + r.nextDouble() * 30;
      n.append(String.format(java.util.Locale.ROOT, "%.1f,%.0f,%s,%d%n", t, 1200 + r.nextDouble() * 600, "LMH".charAt(i % 3), t > 315 ? 1 : 0));
    }
    Path nominal = dir.resolve("nominal.csv");
    Files.writeString(nominal, n.toString(), StandardCharsets.UTF_8);
    CsvTable nt = CsvTable.read(nominal, null);
    ModelArtifacts.write(dir.resolve("n"), "typed",
        Trainer.train(nt, TrainingOptions.of("failure").withRecipe(Recipe.MAINTENANCE).withFolds(3, 1), TrainingMonitor.NONE), nt);
    // a copy whose model file is changed after training
    Files.createDirectories(dir.resolve("tampered"));
    Files.copy(dir.resolve("m/model.json"), dir.resolve("tampered/model.json"));
    String modelFile = ModelFolder.readCard(dir.resolve("m/model.json")).model().file();
    byte[] bytes = Files.readAllBytes(dir.resolve("m").resolve(modelFile));
    bytes[bytes.length - 3] ^= 1;
    Files.write(dir.resolve("tampered").resolve(modelFile), bytes);
  }

  /** Parses the text as a file in the folder that holds the models. */
  private List<Issue> issues(String text) throws Exception {
    URI uri = URI.createFileURI(dir.resolve("line" + file++ + ".line").toString());
    LineFile f = parser.parse(text, uri, resourceSets.get());
    return validation.validate(f);
  }

  private static String change(String from, String to) {
    assertTrue(CLEAN.contains(from), from);
    return CLEAN.replace(from, to);
  }

  @Test
  void aVerifiedModelWithEveryFeatureBoundIsClean() throws Exception {
    assertEquals(List.of(), issues(CLEAN));
  }

  @Test
  void windowsOfASeriesModelAreCheckedAgainstTheSensorsSamplingRates() throws Exception {
    String series = change("m/model.json", "w/model.json");
    assertEquals(List.of(), issues(series.replace("rate 10 Hz", "rate 1 Hz")), "sampled once a second, as in training");
    List<Issue> fast = issues(series);
    assertEquals(List.of(), fast.stream().filter(i -> !i.getCode().equals(IssueCodes.MODEL_WINDOW_RATE)).toList());
    assertEquals(1, fast.size(), fast.toString());
    assertEquals(Severity.WARNING, fast.get(0).getSeverity());
    assertEquals("model M was trained on rows 1 s apart, sensor T samples every 100 ms: window 10 (rows) spans 10 s in training but 1 s at this station",
        fast.get(0).getMessage());
    List<Issue> slow = issues(series.replace("rate 10 Hz", "rate 0.5 Hz"));
    assertEquals(List.of("model M was trained on rows 1 s apart, sensor T samples every 2 s: window 10 (rows) spans 10 s in training but 20 s at this station",
        "window 3s of model M holds about 1.5 readings of sensor T at 0.5 Hz: too few for its statistics"),
        slow.stream().map(Issue::getMessage).toList());
  }

  static Stream<Arguments> cases() {
    LinePackage l = LinePackage.eINSTANCE;
    return Stream.of(
        Arguments.of(IssueCodes.MODEL_CARD, Severity.ERROR, l.getModelAttachment(), change("m/model.json", "nothing/model.json")),
        Arguments.of(IssueCodes.MODEL_CARD, Severity.ERROR, l.getModelAttachment(), change("m/model.json", "tampered/model.json")),
        Arguments.of(IssueCodes.MODEL_UNKNOWN_FEATURE, Severity.ERROR, l.getFeatureBinding(), change("feature \"Speed [rpm]\" -> S",
            "feature \"Speed [rpm]\" -> S\n feature \"Vibration\" -> X")),
        Arguments.of(IssueCodes.MODEL_FEATURE_BOUND_TWICE, Severity.ERROR, l.getFeatureBinding(), change("feature \"Speed [rpm]\" -> S",
            "feature \"Speed [rpm]\" -> S\n feature \"Speed [rpm]\" -> S")),
        Arguments.of(IssueCodes.MODEL_UNBOUND_FEATURE, Severity.ERROR, l.getModelAttachment(), change("feature \"Speed [rpm]\" -> S", "")),
        Arguments.of(IssueCodes.MODEL_FOREIGN_SENSOR, Severity.ERROR, l.getFeatureBinding(),
            change("\"Temperature [K]\" -> T", "\"Temperature [K]\" -> B.T")),
        Arguments.of(IssueCodes.MODEL_NOMINAL_FEATURE, Severity.WARNING, l.getFeatureBinding(), change("m/model.json", "n/model.json")
            .replace("feature \"Speed [rpm]\" -> S", "feature \"Speed [rpm]\" -> S\n feature \"Type\" -> X")),
        Arguments.of(IssueCodes.MODEL_FEATURE_DIMENSION, Severity.ERROR, l.getFeatureBinding(),
            change("\"Temperature [K]\" -> T", "\"Temperature [K]\" -> X")),
        Arguments.of(IssueCodes.MODEL_FEATURE_UNIT, Severity.WARNING, l.getFeatureBinding(),
            change("sensor T measures temperature unit K rate", "sensor T measures temperature unit °C rate")),
        Arguments.of(IssueCodes.MODEL_PURPOSE, Severity.WARNING, l.getModelAttachment(), change("purpose maintenance", "purpose quality")),
        Arguments.of(IssueCodes.MODEL_WINDOW_RATE, Severity.WARNING, l.getFeatureBinding(), change("m/model.json", "w/model.json")));
  }

  /** The issue is reported with its code and severity on an element of the expected type. */
  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void eachModelIssueIsReportedOnTheElementItConcerns(String code, Severity severity, EClass element, String text) throws Exception {
    URI uri = URI.createFileURI(dir.resolve("line" + file++ + ".line").toString());
    LineFile f = parser.parse(text, uri, resourceSets.get());
    if (severity == Severity.ERROR) {
      validation.assertError(f, element, code);
    } else {
      validation.assertWarning(f, element, code);
    }
  }

  @Test
  void everyModelIssueCodeHasACase() throws Exception {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (java.lang.reflect.Field f : IssueCodes.class.getFields()) {
      String code = (String) f.get(null);
      if (code.startsWith("line.model-")) {
        codes.add(code);
      }
    }
    java.util.Set<String> tested = new java.util.TreeSet<>();
    cases().forEach(a -> tested.add((String) a.get()[0]));
    assertEquals(codes, tested, "a new model issue code needs a case here");
  }

  @Test
  void messagesSayWhatIsWrong() throws Exception {
    Issue tampered = issues(change("m/model.json", "tampered/model.json")).stream()
        .filter(i -> IssueCodes.MODEL_CARD.equals(i.getCode())).findFirst().orElseThrow();
    assertTrue(tampered.getMessage().contains("SHA-256"), tampered.getMessage());
    Issue unbound = issues(change("feature \"Speed [rpm]\" -> S", "")).stream()
        .filter(i -> IssueCodes.MODEL_UNBOUND_FEATURE.equals(i.getCode())).findFirst().orElseThrow();
    assertTrue(unbound.getMessage().contains("Speed [rpm]"), unbound.getMessage());
  }

  /** The edit attaching a model folder of the test folder to station A of the clean line without its model. */
  private ModelAttachmentEdit.Edit attachTo(String without, String folder) throws Exception {
    LineFile f = parser.parse(without, URI.createFileURI(dir.resolve("attach" + file++ + ".line").toString()), resourceSets.get());
    org.linebench.model.line.Station a = ((org.linebench.model.line.Plant) f.getElements().get(0)).getLines().get(0).getStations().get(0);
    return ModelAttachmentEdit.attach(without, a, folder + "/model.json", ModelFolder.readCard(dir.resolve(folder).resolve("model.json")));
  }

  private static String withoutModel() {
    String block = CLEAN.substring(CLEAN.indexOf("\t\t\tmodel M"), CLEAN.indexOf("human-override") + "human-override".length() + 1);
    return CLEAN.replace(block, "");
  }

  @Test
  void theAttachEditWritesAPurposeTheValidatorAccepts() throws Exception {
    String without = withoutModel();
    String attached = attachTo(without, "wear").applyTo(without);
    assertTrue(attached.contains("card \"wear/model.json\" purpose maintenance {"), attached);
    assertEquals(List.of(), issues(attached), "a custom regression serves maintenance: no purpose warning");
    assertEquals(List.of(), issues(attached.replace("purpose maintenance", "purpose quality")), "nor quality");
  }

  @Test
  void aCardPathNamingADeviceOrAFifoIsAnErrorNotAHang() throws Exception {
    List<String> cards = new java.util.ArrayList<>();
    if (Files.exists(Path.of("/dev/zero"))) {
      cards.add("/dev/zero"); // read whole, it never ends
    }
    Path fifo = dir.resolve("card.fifo");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      cards.add(fifo.toString()); // opened, it blocks
    }
    for (String card : cards) {
      List<Issue> all = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
          () -> issues(change("m/model.json", card)));
      Issue i = all.stream().filter(x -> IssueCodes.MODEL_CARD.equals(x.getCode())).findFirst().orElseThrow(() -> new AssertionError(all));
      assertTrue(i.getMessage().contains("not a regular file"), i.getMessage());
    }
  }

  @Test
  void attachingWritesABlockThatBindsEveryFeatureAndValidatesClean() throws Exception {
    String without = withoutModel();
    ModelAttachmentEdit.Edit edit = attachTo(without, "m");
    assertEquals(List.of(), edit.unbound());
    String attached = edit.applyTo(without);
    assertTrue(attached.contains("\t\t\tmodel Spindle card \"m/model.json\" purpose maintenance {\n"), attached);
    assertTrue(attached.contains("feature \"Temperature [K]\" -> T\n"), attached);
    assertTrue(attached.contains("feature \"Speed [rpm]\" -> S\n"), attached);
    assertEquals(List.of(), issues(attached));
  }
}
