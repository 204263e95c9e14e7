package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.ide.outline.LineOutline;
import org.linebench.model.line.LineFile;
import org.linebench.testing.Sources;

/** The outline of the body-shop example: plant, line, its nodes, and each station's parts. */
class OutlineTest {

  @Test
  void theBodyShopOutlineFollowsTheFile() throws Exception {
    var file = Sources.examples().resolve("bodyshop/bodyshop.line");
    LineModels.Result result = LineModels.load(LineModels.collect(List.of(Sources.examples())));
    LineFile bodyshop = result.files().get(file);
    List<LineOutline.Node> outline = LineOutline.of(bodyshop);
    assertEquals(1, outline.size());
    LineOutline.Node plant = outline.get(0);
    assertEquals("Changchun \u2014 长春车身车间 Changchun body shop", plant.text());
    LineOutline.Node line = plant.children().get(0);
    assertEquals("BodyInWhite", line.name());
    assertEquals(List.of("Underbody", "OP10", "OP20", "OP30", "B1", "OP40", "OP50", "OP60", "ToPaint", "ES1"),
        line.children().stream().map(LineOutline.Node::name).toList(), "in the order of the text");
    LineOutline.Node op20 = line.children().get(2);
    assertEquals("Station", op20.kind());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals("station OP20", text.substring(op20.offset(), op20.offset() + "station OP20".length()));
    assertEquals(List.of("R21", "R22", "G21", "Q20", "K20", "Z20", "F20", "D20", "LC20", "SF20", "SF21", "T21", "W21", "TipWear"),
        op20.children().stream().map(LineOutline.Node::name).toList());
  }
}
