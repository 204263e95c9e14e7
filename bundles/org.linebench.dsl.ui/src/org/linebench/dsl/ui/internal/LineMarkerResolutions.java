package org.linebench.dsl.ui.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.validation.Issue;
import org.linebench.dsl.ide.quickfix.LineQuickFixes;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.project.LineMarkers;

/** Quick fixes of line-language markers (Ctrl+1 in the editor, the Problems view), from LineQuickFixes. */
public class LineMarkerResolutions implements IMarkerResolutionGenerator2 {
  private static final Set<String> FIXABLE = Set.of(IssueCodes.UNKNOWN_UNIT, IssueCodes.INCOMPATIBLE_UNIT,
      IssueCodes.MISSING_UNIT, IssueCodes.NEGATIVE_VALUE, IssueCodes.STOP_CATEGORY, IssueCodes.BUFFER_CAPACITY,
      IssueCodes.LINE_PLANT_REDUNDANT);

  @Override
  public boolean hasResolutions(IMarker marker) {
    return FIXABLE.contains(marker.getAttribute(LineMarkers.CODE, "")); //$NON-NLS-1$
  }

  @Override
  public IMarkerResolution[] getResolutions(IMarker marker) {
    if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
      return new IMarkerResolution[0];
    }
    Issue.IssueImpl issue = new Issue.IssueImpl();
    issue.setCode(marker.getAttribute(LineMarkers.CODE, "")); //$NON-NLS-1$
    int start = marker.getAttribute(IMarker.CHAR_START, -1);
    issue.setOffset(start);
    issue.setLength(marker.getAttribute(IMarker.CHAR_END, start) - start);
    String data = marker.getAttribute(LineMarkers.DATA, ""); //$NON-NLS-1$
    issue.setData(data.isEmpty() ? new String[0] : data.split(LineMarkers.DATA_SEPARATOR));
    return withDocument(file, document -> new LineQuickFixes().fixes(issue, document.get()).stream()
        .map(fix -> new Resolution(file, fix)).toArray(IMarkerResolution[]::new));
  }

  /** A fix applied to the file's document: the open editor's, or the file itself (then saved). */
  static final class Resolution implements IMarkerResolution {
    private final IFile file;
    private final LineQuickFixes.Fix fix;

    Resolution(IFile file, LineQuickFixes.Fix fix) {
      this.file = file;
      this.fix = fix;
    }

    @Override
    public String getLabel() {
      return fix.label();
    }

    @Override
    public void run(IMarker marker) {
      withDocument(file, document -> {
        List<LineQuickFixes.TextEdit> edits = fix.edits().stream()
            .sorted((a, b) -> Integer.compare(b.offset(), a.offset())).toList();
        try {
          for (LineQuickFixes.TextEdit e : edits) {
            document.replace(e.offset(), e.length(), e.text());
          }
        } catch (BadLocationException e) {
          ILog.of(LineMarkerResolutions.class).warn("the file changed under the quick fix", e); //$NON-NLS-1$
        }
        return null;
      });
    }
  }

  private interface DocumentAction<T> {
    T apply(IDocument document);
  }

  /** Runs an action on the shared document of a file; a file no editor has open is saved afterwards. */
  private static <T> T withDocument(IFile file, DocumentAction<T> action) {
    ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
    try {
      manager.connect(file.getFullPath(), LocationKind.IFILE, null);
      try {
        ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        boolean wasDirty = buffer.isDirty();
        boolean shared = buffer.isShared();
        T result = action.apply(buffer.getDocument());
        if (!wasDirty && !shared && buffer.isDirty()) {
          buffer.commit(null, true);
        }
        return result;
      } finally {
        manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
      }
    } catch (CoreException e) {
      ILog.of(LineMarkerResolutions.class).error("cannot open " + file.getFullPath(), e); //$NON-NLS-1$
      return null;
    }
  }
}
