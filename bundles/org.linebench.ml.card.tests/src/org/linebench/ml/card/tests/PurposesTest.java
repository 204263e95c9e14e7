package org.linebench.ml.card.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linebench.ml.card.Metrics;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelFolder;
import org.linebench.ml.card.Schema;

/** The purposes a model serves, from its recipe and target: the one rule the attach edit and the validator share. */
class PurposesTest {

  static ModelCard card(String recipe, Schema.Target target) {
    Schema schema = new Schema(List.of(new Schema.Feature("x", Schema.NUMERIC, null, List.of())), List.of(), target);
    return new ModelCard(ModelCard.FORMAT, "m", "", "", "", recipe, "c", "", 1, schema, List.of(), Metrics.builder(2, 1, 10).build(),
        null, null);
  }

  static Schema.Target classes(String... values) {
    return new Schema.Target("y", Schema.NOMINAL, null, List.of(values));
  }

  static final Schema.Target NUMBER = new Schema.Target("y", Schema.NUMERIC, "mm", List.of());

  @Test
  void theRecipesOfMaintenanceAndQualityServeTheirOwnPurposeOnly() {
    ModelCard maintenance = card("maintenance", classes("0", "1"));
    assertEquals(List.of("maintenance"), maintenance.purposes());
    assertFalse(maintenance.serves("quality"));
    ModelCard quality = card("quality", classes("good", "bad"));
    assertEquals(List.of("quality"), quality.purposes(), "two classes, but the quality recipe");
    assertFalse(quality.serves("maintenance"));
  }

  @Test
  void regressionsAndTwoClassModelsServeEitherMaintenanceFirst() {
    assertEquals(List.of("maintenance", "quality"), card("regression", NUMBER).purposes());
    assertEquals(List.of("maintenance", "quality"), card("custom", NUMBER).purposes(), "a custom regression");
    assertEquals(List.of("maintenance", "quality"), card("custom", classes("no", "yes")).purposes());
    assertTrue(card("custom", NUMBER).serves("maintenance"));
    assertTrue(card("custom", NUMBER).serves("quality"));
  }

  @Test
  void moreThanTwoClassesAreQuality() {
    ModelCard c = card("custom", classes("cold-joint", "good", "bridging"));
    assertEquals(List.of("quality"), c.purposes());
    assertFalse(c.serves("maintenance"));
  }

  @Test
  void purposesTheRecipesSayNothingAboutAreServed() {
    assertTrue(card("maintenance", classes("0", "1")).serves("vision"));
  }

  @Test
  void theExampleModelsServeThePurposesTheirLinesAttachThemFor() throws Exception {
    assertEquals("maintenance", ModelFolder.verify(ModelFolderTest.examples().resolve("bodyshop/models/tip-wear")).purposes().get(0));
    assertEquals(List.of("quality"), ModelFolder.verify(ModelFolderTest.examples().resolve("electronics/models/reflow-quality")).purposes());
  }
}
