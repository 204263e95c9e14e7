package org.linebench.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.linebench.dsl.ui.internal.AttachModelHandler;
import org.linebench.dsl.ui.internal.LineValidationReconciler;
import org.linebench.testing.Projects;
import org.linebench.testing.Sources;
import org.linebench.testing.ui.Workbenches;

/** "Attach Model to Station" writes the model block into the open editor; the file then validates clean. */
class AttachModelTest {
  static final String TEXT = """
      namespace weld
      plant P {
      	country CN
      	line L {
      		takt 60 s
      		source In
      		station A welding {
      			cycle-time 50 s
      			stopping-time 200 ms
      			zone Z
      			sensor T "Electrode temperature" measures temperature unit °C rate 10 Hz
      			sensor W "Tip wear timer" measures time unit min
      		}
      		sink Out
      		flow In -> A
      		flow A -> Out
      		emergency-stop E category 0 covers A.Z
      	}
      }
      """;

  private static void copy(Path from, IFolder to) throws Exception {
    for (String name : List.of("model.json", "model.bin")) {
      IFile f = to.getFile(name);
      f.create(new ByteArrayInputStream(Files.readAllBytes(from.resolve(name))), true, null);
    }
  }

  @Test
  void theExampleModelIsAttachedToTheStationWithItsSensors() throws Exception {
    IProject project = Projects.fresh("weld");
    Path example = Sources.examples("bodyshop", "models", "tip-wear");
    IFolder models = project.getFolder("models");
    models.create(true, true, null);
    IFolder tipWear = models.getFolder("tip-wear");
    tipWear.create(true, true, null);
    copy(example, tipWear);
    IFile file = project.getFile("weld.line");
    file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);

    IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
    IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
    List<String> unbound = AttachModelHandler.attach(document, file, tipWear.getFile("model.json").getLocation().toFile().toPath(), "L.A");
    assertEquals(List.of(), unbound);
    String text = document.get();
    assertTrue(text.contains("model TipWear card \"models/tip-wear/model.json\" purpose maintenance {"), text);
    assertTrue(text.contains("feature \"Electrode temperature [°C]\" -> T"), text);
    assertTrue(text.contains("feature \"Tip wear [min]\" -> W"), text);
    assertEquals(List.of(), LineValidationReconciler.validate(text, file), "the attached model verifies and binds");
    ((ITextEditor) editor).doSave(null);
    Workbenches.waitFor(() -> false, 300);
    IMarker[] markers = file.findMarkers(LineValidationReconciler.MARKER, true, IResource.DEPTH_ZERO);
    assertEquals(0, markers.length);
    editor.getSite().getPage().closeEditor(editor, false);
  }
}
