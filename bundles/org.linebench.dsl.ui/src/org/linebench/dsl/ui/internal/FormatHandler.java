package org.linebench.dsl.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.linebench.dsl.api.LineFormatting;

/** Format (Ctrl+Shift+F) in the line editor: the whole document, laid out by the line formatter. */
public class FormatHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    IEditorPart part = HandlerUtil.getActiveEditor(event);
    if (part instanceof ITextEditor editor) {
      IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
      String text = document.get();
      String formatted = LineFormatting.format(LineUi.injector(), text);
      if (!formatted.equals(text)) {
        document.set(formatted);
      }
    }
    return null;
  }
}
