package org.linebench.aml.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.linebench.aml.CaexSchema;
import org.linebench.aml.ui.internal.AmlImportWizard;
import org.linebench.aml.ui.internal.InterchangeExportWizard;

/** The wizards in the workbench started with {@code -nl zh_CN} (its own test run, see the pom). */
class ChineseWizardsTest {

  @Test
  void theWizardsAndTheFileMenuSpeakChinese() throws Exception {
    assertEquals("zh_CN", Platform.getNL(), "this class runs in the execution started with -nl zh_CN");
    List<String> items = InterchangeWizardsTest.fileMenu();
    assertTrue(items.contains("导入(I)...") && items.contains("导出(O)..."), items.toString());

    AmlImportWizard importer = new AmlImportWizard();
    importer.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
    WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), importer);
    dialog.setBlockOnOpen(false);
    dialog.open();
    InterchangeWizardsTest.settle();
    assertEquals("导入 AutomationML", dialog.getShell().getText());
    assertEquals("导入 AutomationML 文件", importer.page().getTitle());
    assertEquals("请选择 AutomationML 文件。", importer.page().getErrorMessage());
    dialog.close();

    IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("interchange-zh");
    project.create(null);
    project.open(null);
    Path root = project.getLocation().toPath();
    InterchangeWizardsTest.copy(InterchangeWizardsTest.examples().resolve("electronics"), root.resolve("electronics"));
    InterchangeWizardsTest.copy(InterchangeWizardsTest.examples().resolve("library"), root.resolve("library"));
    project.refreshLocal(IResource.DEPTH_INFINITE, null);
    InterchangeExportWizard export = new InterchangeExportWizard();
    export.init(PlatformUI.getWorkbench(), new StructuredSelection(project.getFolder("electronics")));
    Path aml = root.resolve("e.aml");
    InterchangeWizardsTest.finish(export, () -> {
      assertEquals("导出产线", export.page().getTitle());
      export.page().set("aml", aml.toString());
    });
    assertEquals(List.of(), CaexSchema.validate(aml, Locale.ENGLISH));
    assertTrue(export.done().startsWith("已将 2 个产线文件导出到 "), export.done());
  }
}
