package org.linebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.linebench.cli.internal.CommandRegistry;

/** Broken contributions are skipped and reported; they never stop the command line. */
class CommandRegistryTest {
  private static final Object TOKEN = new Object();

  private static IExtensionRegistry registry(String... contributions) {
    IExtensionRegistry r = RegistryFactory.createRegistry(null, TOKEN, TOKEN);
    add(r, "org.linebench.cli", "<plugin><extension-point id=\"commands\" name=\"c\"/></plugin>");
    for (int i = 0; i < contributions.length; i++) {
      add(r, "bundle" + i, "<plugin><extension point=\"org.linebench.cli.commands\">" + contributions[i] + "</extension></plugin>");
    }
    return r;
  }

  private static void add(IExtensionRegistry r, String contributor, String xml) {
    IContributor c = ContributorFactorySimple.createContributor(contributor);
    boolean ok = r.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), c, false, contributor, null, TOKEN);
    assertTrue(ok, xml);
  }

  @Test
  void validContributionsAreListedByName() {
    CommandRegistry reg = new CommandRegistry(registry(
        "<command name=\"train\" description=\"T\" class=\"x.Train\"/><command name=\"audit\" description=\"A\" class=\"x.Audit\"/>"));
    assertEquals(List.of("audit", "train"), reg.entries().stream().map(CommandRegistry.Entry::name).toList());
    assertEquals("bundle0", reg.find("train").orElseThrow().contributor());
    assertTrue(reg.problems().isEmpty(), reg.problems()::toString);
  }

  @Test
  void duplicatesAndBadNamesAreReportedAndSkipped() {
    CommandRegistry reg = new CommandRegistry(registry(
        "<command name=\"validate\" description=\"first\" class=\"x.A\"/>",
        "<command name=\"validate\" description=\"second\" class=\"x.B\"/><command name=\"Bad_Name\" description=\"d\" class=\"x.C\"/>"
            + "<command name=\"noclass\" description=\"d\"/>"));
    assertEquals("first", reg.find("validate").orElseThrow().description());
    assertTrue(reg.find("Bad_Name").isEmpty());
    assertTrue(reg.find("noclass").isEmpty());
    assertEquals(3, reg.problems().size(), reg.problems()::toString);
    assertTrue(reg.problems().get(0).contains("validate") && reg.problems().get(0).contains("bundle1"), reg.problems().get(0));
  }

  @Test
  void noRegistryMeansNoCommands() {
    assertTrue(new CommandRegistry(null).entries().isEmpty());
  }
}
