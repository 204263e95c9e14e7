package org.linebench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.linebench.assist.cli.BenchAssistCommand;
import org.linebench.assist.cli.ExplainCommand;

/** explain and bench-assist are contributed to the command line with their descriptions. */
class CommandsTest {

  @Test
  void theCommandsAreRegistered() throws Exception {
    Map<String, IConfigurationElement> mine = new TreeMap<>();
    for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.linebench.cli.commands")) {
      if (e.getContributor().getName().equals("org.linebench.assist")) {
        mine.put(e.getAttribute("name"), e);
      }
    }
    assertEquals(java.util.Set.of("explain", "bench-assist"), mine.keySet());
    assertInstanceOf(ExplainCommand.class, mine.get("explain").createExecutableExtension("class"));
    assertInstanceOf(BenchAssistCommand.class, mine.get("bench-assist").createExecutableExtension("class"));
    for (IConfigurationElement e : mine.values()) {
      assertFalse(e.getAttribute("description").startsWith("%"), "a localized description: " + e.getAttribute("description"));
    }
  }
}
