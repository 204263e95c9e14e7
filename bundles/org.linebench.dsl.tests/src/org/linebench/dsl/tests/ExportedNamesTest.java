package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.api.SyntheticPlants;
import org.linebench.dsl.scoping.LineNamespaceScopeProvider;
import org.linebench.dsl.scoping.LineResourceDescriptionStrategy;
import org.linebench.testing.Sources;

/**
 * The language's export strategy and its scope of a file's own names, which skip what cannot hold
 * a name, find exactly what Xtext's defaults find (name, class, object, in order) on every example
 * and on a generated plant.
 */
class ExportedNamesTest {

  @Test
  void theLanguageBindsItsStrategy() {
    assertTrue(LineModels.injector().getInstance(IDefaultResourceDescriptionStrategy.class) instanceof LineResourceDescriptionStrategy);
  }

  @Test
  void theExamplesExportWhatTheDefaultExports() throws Exception {
    int names = compare(LineModels.load(LineModels.collect(List.of(Sources.examples()))));
    assertTrue(names > 200, "names exported by the examples: " + names); // 219 on 2026-11-30: not an empty comparison
  }

  @Test
  void aGeneratedPlantExportsWhatTheDefaultExports(@TempDir Path dir) throws Exception {
    int names = compare(LineModels.load(SyntheticPlants.write(dir, 500, 3, 50)));
    assertTrue(names > 500 * 3, "names exported by 500 stations: " + names);
  }

  /** Compares the exports of every file both ways; returns how many names were exported. */
  private static int compare(LineModels.Result result) {
    IDefaultResourceDescriptionStrategy ours = LineModels.injector().getInstance(IDefaultResourceDescriptionStrategy.class);
    IDefaultResourceDescriptionStrategy plain = LineModels.injector().getInstance(DefaultResourceDescriptionStrategy.class);
    IQualifiedNameProvider names = LineModels.injector().getInstance(IQualifiedNameProvider.class);
    Probe scope = LineModels.injector().getInstance(Probe.class);
    int n = 0;
    for (Resource r : result.resourceSet().getResources()) {
      List<String> expected = exports(r, plain);
      assertEquals(expected, exports(r, ours), r.getURI().lastSegment());
      assertEquals(describe(Scopes.scopedElementsFor(() -> EcoreUtil.getAllContents(r, false), names)),
          describe(scope.ownNames(r)), r.getURI().lastSegment());
      n += expected.size();
    }
    return n;
  }

  private static List<String> describe(Iterable<IEObjectDescription> names) {
    List<String> out = new ArrayList<>();
    names.forEach(d -> out.add(d.getQualifiedName() + " " + d.getEClass().getName() + " " + EcoreUtil.getURI(d.getEObjectOrProxy()).fragment()));
    return out;
  }

  /** The language's namespace scope provider, its own-names selectable opened for the test. */
  public static class Probe extends LineNamespaceScopeProvider {
    Iterable<IEObjectDescription> ownNames(Resource r) {
      return getAllDescriptions(r).getExportedObjects();
    }
  }

  /** What {@code DefaultResourceDescription} collects through a strategy: name, class and object of each export. */
  private static List<String> exports(Resource r, IDefaultResourceDescriptionStrategy strategy) {
    List<String> out = new ArrayList<>();
    TreeIterator<EObject> all = EcoreUtil.getAllProperContents(r, false);
    while (all.hasNext()) {
      if (!strategy.createEObjectDescriptions(all.next(), d -> out.add(d.getQualifiedName() + " " + d.getEClass().getName() + " "
          + EcoreUtil.getURI(d.getEObjectOrProxy()).fragment()))) {
        all.prune();
      }
    }
    return out;
  }
}
