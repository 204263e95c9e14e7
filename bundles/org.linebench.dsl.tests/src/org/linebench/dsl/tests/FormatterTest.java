package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linebench.dsl.api.LineFormatting;
import org.linebench.dsl.api.LineModels;
import org.linebench.testing.Sources;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The formatter lays a line file out one declaration per line, blocks indented by tabs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LineInjectorProvider.class)
class FormatterTest {
  @Inject
  Injector injector;

  String format(String text) {
    return LineFormatting.format(injector, text);
  }

  @Test
  void aLineCrammedOnOneLineIsLaidOut() throws Exception {
    String messy = "namespace   demo plant P \"Demo\"{country CN line L{takt 60 s source In station A manual-workstation"
        + "{cycle-time 30 s operators 1}sink Out flow In->A flow A   ->  Out emergency-stop E category 0}}";
    String expected = """
        namespace demo

        plant P "Demo" {
        	country CN
        	line L {
        		takt 60 s
        		source In
        		station A manual-workstation {
        			cycle-time 30 s
        			operators 1
        		}
        		sink Out
        		flow In -> A
        		flow A -> Out
        		emergency-stop E category 0
        	}
        }
        """;
    assertEquals(expected, format(messy));
  }

  @Test
  void textWithSyntaxErrorsIsLeftAlone() {
    assertEquals("plant P { country", format("plant P { country"));
  }

  @Test
  void formattingIsStable() throws Exception {
    String once = format("namespace n\nplant P{country CN}\nstation-type T kind test cycle-time 3 s");
    assertEquals(once, format(once));
  }

  @Test
  void theExamplesAreFormatted() throws Exception {
    for (Path f : LineModels.collect(List.of(Sources.examples()))) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String stripped = text.replaceAll("(?m)^\\s*//.*\\n", "");
      String formatted = format(stripped);
      Path out = Path.of("target", "formatted", f.getFileName().toString());
      Files.createDirectories(out.getParent());
      Files.writeString(out, formatted, StandardCharsets.UTF_8); // to diff by hand when this fails
      assertEquals(stripped, formatted, f.toString());
    }
  }
}
