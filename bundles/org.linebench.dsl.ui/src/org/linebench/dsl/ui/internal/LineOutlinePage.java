package org.linebench.dsl.ui.internal;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.linebench.dsl.ide.outline.LineOutline;
import org.linebench.model.line.LineFile;

/** The Outline view for a line editor: plant, lines, stations and their parts; a click selects the text. */
public class LineOutlinePage extends ContentOutlinePage {
  private static final int DELAY_MS = 500;

  private final ITextEditor editor;
  private IDocument document;
  private final IDocumentListener listener = new IDocumentListener() {
    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
      // nothing before the change
    }

    @Override
    public void documentChanged(DocumentEvent event) {
      Display display = getControl() == null ? null : getControl().getDisplay();
      if (display != null) {
        display.timerExec(DELAY_MS, LineOutlinePage.this::refresh);
      }
    }
  };

  public LineOutlinePage(ITextEditor editor) {
    this.editor = editor;
  }

  @Override
  public void createControl(Composite parent) {
    super.createControl(parent);
    TreeViewer viewer = getTreeViewer();
    viewer.setContentProvider(new ITreeContentProvider() {
      @Override
      public Object[] getElements(Object input) {
        return ((List<?>) input).toArray();
      }

      @Override
      public Object[] getChildren(Object element) {
        return ((LineOutline.Node) element).children().toArray();
      }

      @Override
      public Object getParent(Object element) {
        return null;
      }

      @Override
      public boolean hasChildren(Object element) {
        return !((LineOutline.Node) element).children().isEmpty();
      }
    });
    viewer.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        return ((LineOutline.Node) element).text();
      }
    });
    document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    if (document != null) {
      document.addDocumentListener(listener);
    }
    refresh();
    viewer.expandToLevel(3);
  }

  @Override
  public TreeViewer getTreeViewer() {
    return super.getTreeViewer();
  }

  /** Rebuilds the tree from the document's current text. */
  public void refresh() {
    if (getControl() == null || getControl().isDisposed() || document == null) {
      return;
    }
    List<LineOutline.Node> nodes = LineUi.read(document, resource -> !resource.getContents().isEmpty()
        && resource.getContents().get(0) instanceof LineFile f ? LineOutline.of(f) : List.<LineOutline.Node> of());
    Object[] expanded = getTreeViewer().getExpandedElements();
    getTreeViewer().setInput(nodes);
    if (expanded.length > 0) {
      getTreeViewer().expandToLevel(3);
    }
  }

  @Override
  public void selectionChanged(SelectionChangedEvent event) {
    super.selectionChanged(event);
    if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof LineOutline.Node n) {
      editor.selectAndReveal(n.offset(), n.length());
    }
  }

  @Override
  public void dispose() {
    if (document != null) {
      document.removeDocumentListener(listener);
    }
    super.dispose();
  }
}
