package org.linebench.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.linebench.rules.ui.internal.ExportTechnicalFileHandler;
import org.linebench.testing.Projects;
import org.linebench.testing.Sources;

/** "Export Technical File...": the command in the workbench, and the job that writes the file through the headless API. */
class ExportTechnicalFileTest {

  private static IStatus run(Job job) throws InterruptedException {
    job.schedule();
    job.join();
    return job.getResult();
  }

  @Test
  void theProjectsTechnicalFileIsWrittenInOneAndInTwoLanguages() throws Exception {
    IProject bad = Projects.copyOf("export-bad", Sources.examples("bodyshop-noncompliant"), Sources.examples("library"));
    Path dir = Files.createTempDirectory("export");
    Path one = dir.resolve("one.pdf");
    Path both = dir.resolve("both.pdf");
    assertTrue(run(ExportTechnicalFileHandler.export(bad, one, false)).isOK());
    assertTrue(run(ExportTechnicalFileHandler.export(bad, both, true)).isOK());
    assertEquals("%PDF-", new String(Files.readAllBytes(one), 0, 5, StandardCharsets.US_ASCII));
    assertTrue(Files.size(one) > 20_000, "a technical file with its font: " + Files.size(one));
    assertTrue(Files.size(both) > Files.size(one), "two languages hold more text: " + Files.size(both) + " > " + Files.size(one));
    assertEquals(List.of("both.pdf", "one.pdf"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
  }

  @Test
  void aFileThatCannotBeWrittenEndsTheJobWithTheReasonAndLeavesNothing() throws Exception {
    IProject bad = Projects.copyOf("export-fail", Sources.examples("bodyshop-noncompliant"), Sources.examples("library"));
    Path dir = Files.createTempDirectory("export");
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    Path out = blocker.resolve("r.pdf");
    IStatus s = run(ExportTechnicalFileHandler.export(bad, out, false));
    assertEquals(IStatus.ERROR, s.getSeverity());
    assertTrue(s.getMessage().startsWith("The technical file " + out + " could not be written: "), s.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void theCommandIsInTheWorkbenchAndFindsTheSelectedProject() throws Exception {
    ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
    Command c = commands.getCommand("org.linebench.rules.ui.exportTechnicalFile");
    assertTrue(c.isDefined() && c.isHandled(), "defined and handled");
    assertEquals("Export Technical File...", c.getName());
    IProject p = Projects.copyOf("export-selected", Sources.examples("bodyshop"), Sources.examples("library"));
    assertEquals(p, ExportTechnicalFileHandler.project(new StructuredSelection(p.getFile("bodyshop/bodyshop.line")), null));
  }
}
