package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.model.ModelArtifacts;
import org.linebench.ml.model.Scorer;
import org.linebench.ml.train.PartitionVote;
import org.linebench.ml.train.Recipe;
import org.linebench.ml.train.Trainer;
import org.linebench.ml.train.TrainingMonitor;
import org.linebench.ml.train.TrainingOptions;
import org.linebench.ml.train.TrainingResult;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The allow-list is not too tight: every recipe and the classifiers a user is likely to choose
 * write models that load back and predict what they predicted before they were written.
 */
class ModelRoundTripTest {
  @TempDir
  static Path dir;
  private static CsvTable data;

  @BeforeAll
  static void data() throws Exception {
    data = CsvTable.read(Hostile.write(dir.resolve("machines.csv"), Hostile.machineCsv(300, 11)), null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"maintenance", "quality", "regression", "weka.classifiers.trees.J48", "weka.classifiers.trees.REPTree",
      "weka.classifiers.trees.RandomTree", "weka.classifiers.trees.LMT", "weka.classifiers.rules.JRip", "weka.classifiers.rules.PART",
      "weka.classifiers.rules.DecisionTable", "weka.classifiers.functions.Logistic", "weka.classifiers.functions.SMO",
      "weka.classifiers.functions.MultilayerPerceptron", "weka.classifiers.bayes.NaiveBayes", "weka.classifiers.bayes.BayesNet",
      "weka.classifiers.lazy.IBk", "weka.classifiers.lazy.KStar", "weka.classifiers.meta.AdaBoostM1", "weka.classifiers.meta.Bagging",
      "weka.classifiers.meta.AttributeSelectedClassifier", "weka.classifiers.meta.LogitBoost", "weka.classifiers.meta.Stacking",
      "weka.classifiers.meta.RandomSubSpace"})
  void aTrainedModelLoadsBackAndPredictsTheSame(String what) throws Exception {
    TrainingOptions o = TrainingOptions.of("Machine failure").withFolds(2, 1);
    if (what.startsWith("weka.")) {
      o = o.withClassifier(what, "");
    } else {
      o = o.withRecipe(Recipe.of(what));
      if (what.equals("quality")) {
        o = TrainingOptions.of("Type").withDrop(List.of("Machine failure")).withRecipe(Recipe.QUALITY).withFolds(2, 1);
      } else if (what.equals("regression")) {
        o = TrainingOptions.of("Torque [Nm]").withRecipe(Recipe.REGRESSION).withFolds(2, 1);
      }
    }
    TrainingResult r = Trainer.train(data, o, TrainingMonitor.NONE);
    Path folder = dir.resolve(what.replace('.', '-'));
    ModelArtifacts.write(folder, what, r, data);
    Scorer.Predictions loaded = Scorer.score(ModelArtifacts.load(folder), data);
    Scorer.Predictions trained = Scorer.score(new ModelArtifacts.Loaded(ModelFolder.readCard(folder.resolve(ModelFolder.CARD)),
        r.model(), folder), data);
    assertEquals(trained.rows().size(), loaded.rows().size());
    for (int i = 0; i < trained.rows().size(); i++) {
      assertEquals(trained.rows().get(i).predicted(), loaded.rows().get(i).predicted(), what + " row " + i);
      assertArrayEquals(trained.rows().get(i).probabilities(), loaded.rows().get(i).probabilities(), 1e-12, what + " row " + i);
    }
  }

  /**
   * Models of disjoint partitions combined by vote (what the Spark job writes) pass the same
   * allow-list, with the card's list of source files, and predict the average of their members.
   */
  @Test
  void aVoteOfPartitionsLoadsBackWithItsSources() throws Exception {
    TrainingOptions o = TrainingOptions.of("Machine failure").withClassifier("weka.classifiers.trees.J48", "").withFolds(2, 1);
    Trainer.Prepared p = Trainer.prepare(data, o, TrainingMonitor.NONE);
    Instances all = p.data();
    int half = all.numInstances() / 2;
    List<Classifier> members = new ArrayList<>();
    for (Instances part : List.of(new Instances(all, 0, half), new Instances(all, half, all.numInstances() - half))) {
      Classifier c = AbstractClassifier.makeCopy(p.template());
      c.buildClassifier(part);
      members.add(c);
    }
    PartitionVote vote = new PartitionVote(members);
    TrainingResult single = Trainer.train(data, o, TrainingMonitor.NONE);
    TrainingResult r = new TrainingResult(vote, p.schema(), p.recipe(), PartitionVote.class.getName(), "2 x J48", p.guard(),
        single.metrics(), all.numInstances(), 0, 1);
    ModelCard.Sources sources = new ModelCard.Sources("csv", "hdfs:///fleet", List.of("plant", "station"), 300, true, "made up", "bag",
        List.of(new ModelCard.SourceFile("plant=P1/station=S1/a.csv", "ab".repeat(32), 100, 150),
            new ModelCard.SourceFile("plant=P1/station=S2/a.csv", "cd".repeat(32), 100, 150)));
    Path folder = dir.resolve("vote");
    ModelArtifacts.write(folder, "vote", r, new ModelCard.Data("fleet", "ef".repeat(32), 300, 0, "UTF-8", ","), sources);
    ModelArtifacts.Loaded loaded = ModelArtifacts.load(folder);
    PartitionVote back = assertInstanceOf(PartitionVote.class, loaded.classifier());
    assertEquals(2, back.size());
    assertEquals(sources, loaded.card().sources());
    assertTrue(ModelFolder.readCard(folder.resolve(ModelFolder.CARD)).sources().synthetic());
    for (int i = 0; i < 20; i++) {
      double[] a = members.get(0).distributionForInstance(all.instance(i));
      double[] b = members.get(1).distributionForInstance(all.instance(i));
      double[] v = back.distributionForInstance(all.instance(i));
      for (int k = 0; k < v.length; k++) {
        assertEquals((a[k] + b[k]) / 2, v[k], 1e-12);
      }
    }
  }
}
