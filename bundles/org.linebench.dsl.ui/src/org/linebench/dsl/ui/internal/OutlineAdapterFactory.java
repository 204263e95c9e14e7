package org.linebench.dsl.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives the generic editor an outline page when it shows a line file. */
public class OutlineAdapterFactory implements IAdapterFactory {

  @Override
  public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
    if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
        && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file && "line".equals(file.getFileExtension())) { //$NON-NLS-1$
      return adapterType.cast(new LineOutlinePage(editor));
    }
    return null;
  }

  @Override
  public Class<?>[] getAdapterList() {
    return new Class<?>[] {IContentOutlinePage.class};
  }
}
