package org.linebench.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/** Headless first: only UI bundles may require org.eclipse.ui*, SWT or JFace. */
class BoundaryTest {

  @Test
  void nonUiBundlesDoNotRequireTheUi() throws Exception {
    List<String> violations = new ArrayList<>();
    int nonUi = 0;
    for (Path bundle : Sources.bundles()) {
      Attributes a = Manifests.read(bundle.resolve("META-INF/MANIFEST.MF"));
      String name = Manifests.symbolicName(a);
      if (Manifests.isUiBundle(name)) {
        continue;
      }
      nonUi++;
      List<String> ui = Manifests.uiRequirements(a);
      if (!ui.isEmpty()) {
        violations.add(name + " requires " + ui);
      }
    }
    assertTrue(nonUi >= 3, "the check must see the core bundles, saw " + nonUi);
    assertEquals(List.of(), violations, "non-UI bundles must stay headless (the CLI and CI run them without a display)");
  }

  @Test
  void theCheckSeesUiRequirementsWhereTheyAre() throws Exception {
    Attributes ui = Manifests.read(Sources.root().resolve("bundles/org.linebench.ui/META-INF/MANIFEST.MF"));
    assertTrue(Manifests.uiRequirements(ui).contains("org.eclipse.ui"), "the workbench bundle does require the UI");
    Attributes made = manifest("Bundle-SymbolicName: org.linebench.rules;singleton:=true\n"
        + "Require-Bundle: org.eclipse.core.runtime;bundle-version=\"[3.0,4.0)\",\n org.eclipse.jface.text\n"
        + "Import-Package: org.osgi.framework,\n org.eclipse.swt.widgets;version=\"3.0\"\n");
    assertEquals(List.of("org.eclipse.jface.text", "org.eclipse.swt.widgets"), Manifests.uiRequirements(made));
    assertFalse(Manifests.isUiBundle("org.linebench.rules.cn"));
    assertTrue(Manifests.isUiBundle("org.linebench.dsl.ui"));
    assertTrue(Manifests.isUiBundle("org.linebench.ui.tests"));
    assertTrue(Manifests.isUiBundle("org.linebench.nl.zh.jface"));
  }

  @Test
  void theTargetPlatformUsesMavenLocationsOnly() throws Exception {
    for (String file : new String[] {"linebench.target", "roots.target"}) {
      String xml = Files.readString(Sources.root().resolve("targetplatform").resolve(file), StandardCharsets.UTF_8);
      int locations = count(xml, "<location ");
      assertTrue(locations > 0, "no locations read from " + file);
      assertEquals(locations, count(xml, "<location type=\"Maven\""),
          file + ": every location is a Maven location: no p2 site is reachable from our machines or CI");
    }
  }

  @Test
  void theBuildsTargetPlatformIsPinned() throws Exception {
    String xml = Files.readString(Sources.root().resolve("targetplatform/linebench.target"), StandardCharsets.UTF_8);
    assertEquals(0, count(xml, "includeDependencyDepth=\"infinite\""),
        "transitive locations follow version ranges to whatever is newest: run releng/tools/pin-target.py");
    assertEquals(0, count(xml, "<version>["), "no version ranges");
    assertEquals(0, count(xml, "<version>("), "no version ranges");
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  private static Attributes manifest(String headers) throws Exception {
    byte[] bytes = ("Manifest-Version: 1.0\n" + headers + "\n").getBytes(StandardCharsets.UTF_8);
    return new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
  }
}
