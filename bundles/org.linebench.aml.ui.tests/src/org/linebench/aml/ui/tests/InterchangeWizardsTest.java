package org.linebench.aml.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.linebench.aas.AasExport;
import org.linebench.aml.CaexSchema;
import org.linebench.aml.ui.internal.AmlImportWizard;
import org.linebench.aml.ui.internal.InterchangeExportWizard;
import org.linebench.dsl.api.LineIssue;

/**
 * The File > Export and File > Import wizards in the real workbench: the body shop example of a
 * project exported to AutomationML and to an AASX package, the AutomationML file imported into a
 * folder of the project, where the line files appear.
 */
class InterchangeWizardsTest {

  static void settle() {
    Display d = Display.getCurrent();
    while (d.readAndDispatch()) {
      // run pending UI events
    }
  }

  static Path examples() {
    String root = System.getProperty("linebench.root");
    return Path.of(root == null ? "../.." : root).toAbsolutePath().normalize().resolve("examples");
  }

  static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /** Runs the wizard in its dialog, presses Finish; a message or report dialog it opens is closed. */
  static void finish(IWizard wizard, Runnable fill) {
    Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    WizardDialog dialog = new WizardDialog(shell, wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    settle();
    fill.run();
    settle();
    Display display = Display.getCurrent();
    Runnable[] closer = new Runnable[1];
    closer[0] = () -> {
      for (Shell s : display.getShells()) {
        if (s.getData() instanceof MessageDialog || s.getData() instanceof ErrorDialog) {
          s.close();
          return;
        }
      }
      if (!dialog.getShell().isDisposed()) {
        display.timerExec(100, closer[0]);
      }
    };
    display.timerExec(100, closer[0]);
    List<Button> buttons = new ArrayList<>();
    collect(dialog.getShell(), buttons);
    Button finish = buttons.stream().filter(b -> b.getText().equals(IDialogConstants.FINISH_LABEL)).findFirst().orElseThrow();
    assertTrue(finish.isEnabled(), "Finish is enabled");
    finish.notifyListeners(SWT.Selection, null);
    settle();
    assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard finished and closed");
  }

  private static void collect(Control c, List<Button> buttons) {
    if (c instanceof Button b) {
      buttons.add(b);
    }
    if (c instanceof Composite comp) {
      for (Control child : comp.getChildren()) {
        collect(child, buttons);
      }
    }
  }

  /** The texts of the File menu's items, without mnemonics. */
  static List<String> fileMenu() {
    org.eclipse.swt.widgets.Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
    org.eclipse.swt.widgets.MenuItem file = bar.getItem(0);
    file.getMenu().notifyListeners(SWT.Show, null); // the workbench fills its menus when they are shown
    settle();
    List<String> items = new ArrayList<>();
    for (org.eclipse.swt.widgets.MenuItem i : file.getMenu().getItems()) {
      items.add(i.getText().replace("&", "").replaceAll("\\t.*", ""));
    }
    file.getMenu().notifyListeners(SWT.Hide, null);
    return items;
  }

  @Test
  void theFileMenuImportsAndExports() {
    List<String> items = fileMenu();
    assertTrue(items.contains("Import...") && items.contains("Export..."), items.toString());
  }

  @Test
  void theBodyShopGoesOutAndComesBackThroughTheWizards() throws Exception {
    assertNotNull(PlatformUI.getWorkbench().getExportWizardRegistry().findWizard("org.linebench.aml.ui.export"), "in File > Export");
    assertNotNull(PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("org.linebench.aml.ui.importAml"), "in File > Import");
    IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("interchange");
    project.create(null);
    project.open(null);
    Path root = project.getLocation().toPath();
    copy(examples().resolve("bodyshop"), root.resolve("bodyshop"));
    copy(examples().resolve("library"), root.resolve("library"));
    project.refreshLocal(IResource.DEPTH_INFINITE, null);
    IFolder bodyshop = project.getFolder("bodyshop");

    InterchangeExportWizard export = new InterchangeExportWizard();
    export.init(PlatformUI.getWorkbench(), new StructuredSelection(bodyshop));
    Path aml = root.resolve("b.aml");
    finish(export, () -> export.page().set("aml", aml.toString()));
    assertEquals(List.of(), CaexSchema.validate(aml, Locale.ENGLISH));
    assertTrue(project.getFile("b.aml").exists(), "the workspace sees the file: " + export.done());

    InterchangeExportWizard shells = new InterchangeExportWizard();
    shells.init(PlatformUI.getWorkbench(), new StructuredSelection(bodyshop));
    Path aasx = root.resolve("b.aasx");
    finish(shells, () -> shells.page().set("aasx", aasx.toString()));
    assertEquals(java.util.Set.of(), AasExport.validate(aasx, AasExport.Format.AASX));

    AmlImportWizard importer = new AmlImportWizard();
    importer.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
    finish(importer, () -> importer.page().set(aml.toString(), "/interchange/imported"));
    assertEquals(List.of(), importer.result().report().entries());
    assertEquals(List.of(), importer.result().issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR).toList());
    assertTrue(project.getFile("imported/bodyshop/bodyshop.line").exists());
    assertTrue(project.getFile("imported/bodyshop/hinges.line").exists(), "the hinge press's line of its own file");
    assertTrue(project.getFile("imported/library/catalogue.line").exists());
  }
}
