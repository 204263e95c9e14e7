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
  private static final Pattern INCLUDES = Pattern.compile("<includes id=\"([^\"]+)\"");

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
    assertEquals(List.of("org.linebench.core.feature", "org.linebench.ui.feature", "org.linebench.product.feature"), features);
    List<String> shipped = new ArrayList<>(features);
    for (int i = 0; i < shipped.size(); i++) {
      String f = shipped.get(i);
      Path xml = Sources.root().resolve("features").resolve(f).resolve("feature.xml");
      String text = Files.readString(xml, StandardCharsets.UTF_8);
      shipped.addAll(all(INCLUDES, text)); // included features ship too (core includes the language feature)
      for (String plugin : all(PLUGIN, text)) {
        assertFalse(plugin.startsWith("org.example.") || plugin.startsWith("org.linebench.testing") || plugin.endsWith(".tests"),
            f + " carries " + plugin);
      }
    }
    assertTrue(shipped.contains("org.linebench.language.feature"), "the included features were read too: " + shipped);
  }

  @Test
  void theSiteOffersTheTestingFeatureAndTheExampleApart() throws Exception {
    String category = read("releng/org.linebench.site/category.xml");
    assertTrue(category.contains("<feature id=\"org.linebench.testing.feature\"><category name=\"linebench\"/></feature>"), category);
    assertTrue(category.contains("<feature id=\"org.example.linebench.acme.feature\"><category name=\"examples\"/></feature>"), category);
  }
}
