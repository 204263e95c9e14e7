package org.linebench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
import org.linebench.core.Examples;
import org.linebench.dsl.api.LineModels;
import org.linebench.testing.Sources;
import org.linebench.testing.ui.Workbenches;
import org.linebench.ui.LineBenchUi;

/** File > New > LineBench project, driven through its dialog: from an example, and empty. */
class NewProjectWizardTest {

  /** Opens the wizard as File > New does (from the registry), types the name, picks the start, presses Finish. */
  private static NewProjectWizard runWizard(String projectName, String example) throws Exception {
    IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(LineBenchUi.WIZARD_NEW_PROJECT);
    assertTrue(descriptor != null && List.of(descriptor.getTags()).contains("project"), "registered as a project wizard under File > New");
    assertEquals("org.linebench.ui.wizards", descriptor.getCategory().getId());
    NewProjectWizard wizard = (NewProjectWizard) descriptor.createWizard();
    wizard.init(PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY); // as the New wizard does
    WizardDialog dialog = new WizardDialog(Workbenches.window().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      Workbenches.settle();
      Text name = Workbenches.find(dialog.getShell(), Text.class).get(0);
      name.setText(projectName);
      wizard.page().choose(example);
      Workbenches.settle();
      assertTrue(wizard.canFinish(), "the page is complete");
      Button finish = Workbenches.find(dialog.getShell(), Button.class).stream()
          .filter(b -> Integer.valueOf(IDialogConstants.FINISH_ID).equals(b.getData())).findFirst().orElseThrow();
      finish.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
      Workbenches.waitFor(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), 20_000);
      return wizard;
    } finally {
      if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
        dialog.close();
      }
    }
  }

  @Test
  void theWizardListsTheBundledExamples() {
    assertEquals(List.of("bodyshop", "bodyshop-noncompliant", "electronics", "electronics-noncompliant"), Examples.names());
    NewProjectWizard wizard = new NewProjectWizard();
    wizard.init(PlatformUI.getWorkbench(), null);
    WizardDialog dialog = new WizardDialog(Workbenches.window().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      Workbenches.settle();
      List<String> radios = Workbenches.find(dialog.getShell(), Button.class).stream()
          .filter(b -> (b.getStyle() & SWT.RADIO) != 0).map(Button::getText).toList();
      assertEquals(List.of(Messages.NewProject_empty, Examples.title("bodyshop"), Examples.title("bodyshop-noncompliant"),
          Examples.title("electronics"), Examples.title("electronics-noncompliant")), radios);
      assertFalse(wizard.canFinish(), "no project name yet");
      Workbenches.waitFor(() -> false, 300);
      try {
        org.linebench.ui.internal.Screenshots.save(dialog.getShell(), UiTesting.screenshots().resolve("new-project-wizard.png"));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    } finally {
      dialog.close();
    }
  }

  @Test
  void aProjectFromTheBodyShopExampleHasItsFilesAndOpensItsLine() throws Exception {
    NewProjectWizard wizard = runWizard("wizard-bodyshop", "bodyshop");
    IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-bodyshop");
    assertTrue(project.isOpen());
    for (String f : List.of("bodyshop/bodyshop.line", "library/catalogue.line")) {
      IFile file = project.getFile(f);
      assertTrue(file.exists(), f + " is in the project");
      assertArrayEquals(Files.readAllBytes(Sources.examples().resolve(f)), Files.readAllBytes(file.getLocation().toFile().toPath()),
          f + " is the bundled example, byte for byte");
    }
    assertEquals(project.getFile("bodyshop/bodyshop.line"), wizard.created());
    IEditorPart editor = Workbenches.window().getActivePage().getActiveEditor();
    assertEquals(wizard.created(), editor.getEditorInput().getAdapter(IFile.class), "the example's line is open in the editor");
    LineModels.Result r = LineModels.load(LineModels.collect(List.of(project.getLocation().toFile().toPath())));
    assertEquals(List.of(), r.issues(), "the copied example validates clean");
    Workbenches.window().getActivePage().closeAllEditors(false);
  }

  @Test
  void anEmptyProjectStartsWithALineThatValidatesClean() throws Exception {
    NewProjectWizard wizard = runWizard("Empty 1", null);
    IFile file = wizard.created();
    assertEquals("Empty 1.line", file.getName());
    assertTrue(file.exists());
    LineModels.Result r = LineModels.load(List.of(file.getLocation().toFile().toPath()));
    assertEquals(List.of(), r.issues());
    assertTrue(Files.readString(file.getLocation().toFile().toPath()).startsWith("namespace empty_1\n"));
    Workbenches.window().getActivePage().closeAllEditors(false);
  }

  @Test
  void anExistingProjectNameIsRefusedByThePage() throws Exception {
    ExampleProjects.openOrCreate("electronics", null);
    NewProjectWizard wizard = new NewProjectWizard();
    wizard.init(PlatformUI.getWorkbench(), null);
    WizardDialog dialog = new WizardDialog(Workbenches.window().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      Workbenches.find(dialog.getShell(), Text.class).get(0).setText("electronics");
      Workbenches.settle();
      assertFalse(wizard.canFinish());
      assertTrue(wizard.page().getErrorMessage() != null, "the page says why");
    } finally {
      dialog.close();
    }
  }
}
