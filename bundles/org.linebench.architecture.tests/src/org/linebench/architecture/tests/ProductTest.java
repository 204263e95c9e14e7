package org.linebench.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Nothing of an example in the product: it carries LineBench's own features and bundles only; the
 * integrator's example pack and the testing bundles are on the p2 site, not in the product.
 */
class ProductTest {
  private static final Pattern FEATURE = Pattern.compile("<feature id=\"([^\"]+)\"([^>]*)>");
  private static final Pattern PLUGIN = Pattern.compile("<plugin id=\"([^\"]+)\"");

  private static String read(String path) throws Exception {
    return Files.readString(Sources.root().resolve(path), StandardCharsets.UTF_8);
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theProductCarriesLineBenchsOwnFeaturesAndBundlesOnly() throws Exception {
    List<String> features = all(FEATURE, read("releng/org.linebench.product/linebench.product"));
    assertEquals(List.of("org.linebench.core.feature", "org.linebench.interchange.feature", "org.linebench.ui.feature", "org.linebench.product.feature"),
        features);
    for (String f : features) {
      Path xml = Sources.root().resolve("features").resolve(f).resolve("feature.xml");
      for (String plugin : all(PLUGIN, Files.readString(xml, StandardCharsets.UTF_8))) {
        assertFalse(plugin.startsWith("org.example.") || plugin.startsWith("org.linebench.testing") || plugin.endsWith(".tests"),
            f + " carries " + plugin);
      }
    }
  }

  @Test
  void theSiteOffersTheTestingFeatureAndTheExampleApart() throws Exception {
    String category = read("releng/org.linebench.site/category.xml");
    assertTrue(category.contains("<feature id=\"org.linebench.testing.feature\"><category name=\"linebench\"/></feature>"), category);
    assertTrue(category.contains("<feature id=\"org.example.linebench.acme.feature\"><category name=\"examples\"/></feature>"), category);
  }
}
