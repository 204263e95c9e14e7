package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linebench.dsl.validation.ContributedValidators;
import org.linebench.dsl.validation.LineValidator;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Plant;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.inject.Inject;

/**
 * The line language resolves and validates without machine learning: these tests run where no
 * org.linebench.ml* bundle is installed (checked); a model attachment is then parsed and linked
 * like any element, and only the bundle that knows model cards (org.linebench.dsl.ml) checks it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LineInjectorProvider.class)
class WithoutMachineLearningTest {

  @Inject
  ParseHelper<LineFile> parser;

  @Inject
  ValidationTestHelper validation;

  @Test
  void noMachineLearningBundleIsInstalledHere() {
    Bundle dsl = FrameworkUtil.getBundle(LineValidator.class);
    assertTrue(dsl != null && (dsl.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0, "the line language is resolved");
    List<String> ml = Arrays.stream(dsl.getBundleContext().getBundles()).map(Bundle::getSymbolicName)
        .filter(n -> n.startsWith("org.linebench.ml") || n.startsWith("org.linebench.dsl.ml") || n.toLowerCase(java.util.Locale.ROOT).contains("weka"))
        .toList();
    assertEquals(List.of(), ml);
    ContributedValidators.Loaded contributed = ContributedValidators.load();
    assertEquals(List.of(), contributed.validators());
    assertEquals(List.of(), contributed.problems());
  }

  @Test
  void aModelAttachmentIsCheckedOnlyForWhatTheLanguageKnows() throws Exception {
    LineFile f = parser.parse("""
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
        			model M card "no/such/model.json" purpose maintenance {
        				feature "Temperature [K]" -> T
        			}
        		}
        		sink Out
        		flow In -> A
        		flow A -> Out
        		emergency-stop E category 0 covers A.Z
        	}
        }
        """);
    assertEquals(List.of(), validation.validate(f), "the card is not read here: no model-card error");
    Plant plant = (Plant) f.getElements().get(0);
    assertEquals("T", plant.getLines().get(0).getStations().get(0).getModels().get(0).getBindings().get(0).getSensor().getName(),
        "the binding links to the sensor");
  }
}
