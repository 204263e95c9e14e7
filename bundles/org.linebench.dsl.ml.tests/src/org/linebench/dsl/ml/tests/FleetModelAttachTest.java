package org.linebench.dsl.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.dsl.ml.cli.AttachCommand;
import org.linebench.ml.card.Hashes;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.Schema;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.train.PartitionTraining;
import org.linebench.ml.train.PartitionVote;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;
import org.linebench.rules.cli.ValidateCommand;

/**
 * A fleet's model (the Spark job's kind: a vote of models trained on disjoint partitions, the
 * files in its card) scored, attached to the body shop's OP20 and validated. The job's steps run
 * here on one machine with the same plain-Java code its Spark tasks call
 * ({@link PartitionTraining}, {@link ModelArtifacts#write(Path, String, TrainingResult, ModelCard.Sources)}):
 * Spark itself cannot run inside OSGi, and the line language and the rule packs cannot run outside.
 */
class FleetModelAttachTest {
  static final String TARGET = "Machine failure";
  /** Few, as AI4I has 339 failures: each partition's model must still learn them. */
  static final int PARTITIONS = 2;

  @TempDir
  Path dir;

  static Path root() {
    String root = System.getProperty("linebench.root");
    return Path.of(root == null ? "../.." : root).toAbsolutePath().normalize();
  }

  record Run(int code, String out, String err) {}

  static Run run(org.linebench.cli.Command command, Path cwd, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, cwd));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** AI4I's rows in a fleet's layout, two stations' files; every fifth row held out. */
  Path fleet(List<CsvTable> partitions, List<String> holdout) throws Exception {
    List<String> lines = Files.readAllLines(root().resolve("data/ai4i2020/ai4i2020.csv"), StandardCharsets.UTF_8);
    String header = lines.get(0);
    List<List<String>> parts = new ArrayList<>();
    for (int p = 0; p < PARTITIONS; p++) {
      parts.add(new ArrayList<>(List.of(header)));
    }
    holdout.add(header);
    for (int i = 1; i < lines.size(); i++) {
      (i % 5 == 0 ? holdout : parts.get(i % PARTITIONS)).add(lines.get(i));
    }
    Path fleet = dir.resolve("fleet");
    for (int p = 0; p < PARTITIONS; p++) {
      Path file = fleet.resolve("plant=P1").resolve("station=OP20-" + (p + 1)).resolve("part-00000.csv");
      Files.createDirectories(file.getParent());
      Files.write(file, parts.get(p), StandardCharsets.UTF_8);
      partitions.add(CsvTable.read(file, null));
    }
    return fleet;
  }

  @Test
  void aPartitionVoteModelScoresAttachesToOp20AndValidates() throws Exception {
    List<CsvTable> partitions = new ArrayList<>();
    List<String> held = new ArrayList<>();
    Path fleet = fleet(partitions, held);
    // the job's bag: the schema and the guard's decisions prepared once, one model per partition
    TrainingOptions options = TrainingOptions.of(TARGET).withDrop(List.of("Type", "RNF"))
        .withClassifier("weka.classifiers.trees.J48", "-C 0.25 -M 2").withFolds(2, 1);
    Trainer.Prepared prepared = Trainer.prepare(partitions.get(0), options, TrainingMonitor.NONE);
    CsvTable holdout = CsvTable.parse("holdout.csv", StandardCharsets.UTF_8, String.join("\n", held) + "\n");
    TrainingResult result = PartitionTraining.train(prepared, partitions, holdout, 1);
    List<ModelCard.SourceFile> files = new ArrayList<>();
    long rows = 0;
    try (Stream<Path> s = Files.walk(fleet)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        long n = Files.readAllLines(f, StandardCharsets.UTF_8).size() - 1L;
        files.add(new ModelCard.SourceFile(fleet.relativize(f).toString().replace('\\', '/'), Hashes.sha256(Files.readAllBytes(f)),
            Files.size(f), n));
        rows += n;
      }
    }
    ModelCard.Sources sources = new ModelCard.Sources("csv", fleet.toString(), List.of("plant", "station"), rows, false, null,
        "bagging over 2 disjoint partitions", files);
    Path folder = dir.resolve("models").resolve("fleet-op20");
    ModelCard written = ModelArtifacts.write(folder, "fleet-op20", result, sources);
    assertEquals(8_000, rows);
    assertEquals("fleet", written.data().file());

    // what `linebench score` does: load (hash, allow-list) and score
    ModelArtifacts.Loaded m = ModelArtifacts.load(folder);
    assertEquals(PartitionVote.class.getName(), m.card().classifier()); // its file passed the allow-list, and scores below
    assertTrue(m.card().options().startsWith("2 x weka.classifiers.trees.J48 -C 0.25 -M 2"), m.card().options());
    assertEquals(2_000, m.card().metrics().instances(), "the hold-out");
    assertTrue(m.card().metrics().accuracy() > m.card().metrics().baselineAccuracy(), m.card().metrics().accuracy().toString());
    assertEquals(List.of("plant", "station"), m.card().sources().partitionedBy());
    Set<String> features = m.card().schema().features().stream().map(Schema.Feature::name).collect(Collectors.toSet());
    assertEquals(Set.of("Air temperature [K]", "Process temperature [K]", "Rotational speed [rpm]", "Torque [Nm]", "Tool wear [min]"), features);
    Scorer.Predictions p = Scorer.score(m, CsvTable.read(root().resolve("data/ai4i2020/ai4i2020.csv"), null));
    assertEquals(10_000, p.rows().size());
    long failures = p.rows().stream().filter(r -> r.predicted().equals("1")).count();
    System.out.printf("fleet model on AI4I: %d failures predicted, hold-out accuracy %.4f%n", failures, m.card().metrics().accuracy());
    assertTrue(failures > 100 && failures < 1000, "predicted failures " + failures);

    // a copy of the body shop (and the library beside it, whose types it imports), OP20 given sensors for the five readings
    Path shop = dir.resolve("examples/bodyshop");
    copy(root().resolve("examples/bodyshop"), shop);
    copy(root().resolve("examples/library"), dir.resolve("examples/library"));
    Path line = shop.resolve("bodyshop.line");
    String text = Files.readString(line, StandardCharsets.UTF_8);
    String w21 = "\t\t\tsensor W21 \"电极磨损计时\" measures time unit min\n";
    assertTrue(text.contains(w21));
    Files.writeString(line, text.replace(w21, w21 + """
        \t\t\tsensor TA21 "Air temperature" measures temperature unit K
        \t\t\tsensor TP21 "Process temperature" measures temperature unit K
        \t\t\tsensor N21 "Spindle rotational speed" measures rotational-speed unit rpm
        \t\t\tsensor M21 "Spindle torque" measures torque unit Nm
        \t\t\tsensor TW21 "Tool wear" measures time unit min
        """), StandardCharsets.UTF_8);
    Run attach = run(new AttachCommand(), shop, "--model", folder.toString(), "--line", "bodyshop.line", "--station", "OP20");
    assertEquals(0, attach.code(), attach.out() + attach.err());
    String attached = Files.readString(line, StandardCharsets.UTF_8);
    assertTrue(attached.contains("card \"../../models/fleet-op20/model.json\" purpose maintenance {"), attached);
    assertTrue(attached.contains("feature \"Rotational speed [rpm]\" -> N21"), attached);
    assertTrue(attached.contains("feature \"Tool wear [min]\" -> TW21"), attached);
    Run validate = run(new ValidateCommand(), dir.resolve("examples"), "bodyshop"); // as `linebench validate examples/bodyshop`: the library is found beside it
    assertEquals(0, validate.code(), validate.out() + validate.err());
    assertTrue((validate.out() + validate.err()).contains(": 0 errors,"), validate.out() + validate.err());
  }

  static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
  }
}
