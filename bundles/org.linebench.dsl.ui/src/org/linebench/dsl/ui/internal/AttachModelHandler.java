package org.linebench.dsl.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.linebench.dsl.ml.ModelAttachmentEdit;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.model.line.Line;
import org.linebench.model.line.Station;

/**
 * "Attach Model to Station..." in the line editor: choose a model card and a station; the model
 * block with its feature bindings is written into the document (one undoable edit).
 */
public class AttachModelHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    IEditorPart part = HandlerUtil.getActiveEditor(event);
    Shell shell = HandlerUtil.getActiveShell(event);
    if (!(part instanceof ITextEditor editor)) {
      return null;
    }
    IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    IFile file = LineUi.fileOf(document);
    List<Station> stations = stations(LineUi.parse(document.get(), file));
    if (stations.isEmpty()) {
      MessageDialog.openInformation(shell, Messages.Attach_title, Messages.Attach_noStations);
      return null;
    }
    FileDialog cards = new FileDialog(shell, SWT.OPEN);
    cards.setText(Messages.Attach_chooseCard);
    cards.setFilterNames(new String[] {Messages.Attach_cardFilter});
    cards.setFilterExtensions(new String[] {ModelFolder.CARD});
    if (file != null && file.getLocation() != null) {
      cards.setFilterPath(file.getLocation().toFile().getParent());
    }
    String card = cards.open();
    if (card == null) {
      return null;
    }
    ElementListSelectionDialog choose = new ElementListSelectionDialog(shell, new LabelProvider() {
      @Override
      public String getText(Object element) {
        return qualified((Station) element);
      }
    });
    choose.setTitle(Messages.Attach_title);
    choose.setMessage(Messages.Attach_chooseStation);
    choose.setElements(stations.toArray());
    choose.setMultipleSelection(false);
    if (choose.open() != org.eclipse.jface.window.Window.OK || choose.getFirstResult() == null) {
      return null;
    }
    try {
      List<String> unbound = attach(document, file, Path.of(card), qualified((Station) choose.getFirstResult()));
      if (!unbound.isEmpty()) {
        MessageDialog.openWarning(shell, Messages.Attach_title, NLS.bind(Messages.Attach_unbound, String.join(", ", unbound))); //$NON-NLS-1$
      }
    } catch (ModelException e) {
      MessageDialog.openError(shell, Messages.Attach_title, e.getMessage());
    }
    return null;
  }

  /**
   * Writes the attachment of a model card to a station into the document.
   *
   * @param station the station's name, or line and name ({@code L.A})
   * @return the features left unbound (no sensor of their quantity in the station)
   * @throws ModelException when the card does not verify
   */
  public static List<String> attach(IDocument document, IFile file, Path card, String station) throws ModelException {
    ModelCard verified = ModelFolder.verify(card);
    String text = document.get();
    Station target = stations(LineUi.parse(text, file)).stream().filter(s -> qualified(s).equals(station) || s.getName().equals(station))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(station));
    Path folder = file != null && file.getLocation() != null ? file.getLocation().toFile().toPath().getParent() : card.getParent();
    ModelAttachmentEdit.Edit edit = ModelAttachmentEdit.attach(text, target, ModelAttachmentEdit.relativeCardPath(folder, card), verified);
    try {
      document.replace(edit.offset(), edit.length(), edit.text());
    } catch (BadLocationException e) {
      throw new IllegalStateException(e); // the edit was computed on this very text
    }
    return edit.unbound();
  }

  private static List<Station> stations(XtextResource resource) {
    List<Station> stations = new ArrayList<>();
    if (!resource.getContents().isEmpty()) {
      for (java.util.Iterator<EObject> it = EcoreUtil.getAllContents(resource.getContents().get(0), true); it.hasNext();) {
        if (it.next() instanceof Station s) {
          stations.add(s);
        }
      }
    }
    return stations;
  }

  private static String qualified(Station s) {
    return s.eContainer() instanceof Line l ? l.getName() + "." + s.getName() : s.getName(); //$NON-NLS-1$
  }
}
