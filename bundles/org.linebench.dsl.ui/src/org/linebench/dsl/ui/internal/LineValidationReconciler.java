package org.linebench.dsl.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** Validates the document as it is typed and shows the findings as problem markers of its file. */
public class LineValidationReconciler extends MonoReconciler {
  /** The marker type of line-language findings. */
  public static final String MARKER = "org.linebench.dsl.ui.problem"; //$NON-NLS-1$
  /** The marker attribute holding the issue code, for quick fixes. */
  public static final String CODE = "code"; //$NON-NLS-1$
  /** The marker attribute holding the issue's data (e.g. the expected unit), for quick fixes. */
  public static final String DATA = "data"; //$NON-NLS-1$
  /** Separates the values in {@link #DATA}. */
  public static final String DATA_SEPARATOR = "\u0001"; //$NON-NLS-1$

  public LineValidationReconciler() {
    super(new Strategy(), false);
    setDelay(300);
  }

  /** Validates when the editor opens (initialReconcile) and after each pause in typing. */
  static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private IDocument document;

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
      // a validation takes milliseconds; nothing to report
    }

    @Override
    public void initialReconcile() {
      reconcile((IRegion) null);
    }

    @Override
    public void setDocument(IDocument document) {
      this.document = document;
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
      reconcile(subRegion);
    }

    @Override
    public void reconcile(IRegion partition) {
      try {
        validateAndMark();
      } catch (RuntimeException | LinkageError e) {
        org.eclipse.core.runtime.ILog.of(LineValidationReconciler.class).error("validation of the line file failed", e); //$NON-NLS-1$
      }
    }

    private void validateAndMark() {
      IFile file = LineUi.fileOf(document);
      if (file == null) {
        org.eclipse.core.runtime.ILog.of(LineValidationReconciler.class).info("not a workspace file: no markers"); //$NON-NLS-1$
        return;
      }
      List<Issue> issues = validate(document.get(), file);
      new WorkspaceJob(file.getName()) {
        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
          if (file.exists()) {
            updateMarkers(file, issues);
          }
          return Status.OK_STATUS;
        }
      }.schedule();
    }
  }

  /** The findings about a document's text, with its project's other line files beside it. */
  public static List<Issue> validate(String text, IFile file) {
    IResourceValidator validator = LineUi.injector().getInstance(IResourceValidator.class);
    return validator.validate(LineUi.parse(text, file), CheckMode.ALL, CancelIndicator.NullImpl);
  }

  /** Replaces the file's line-language markers with the given findings. */
  public static void updateMarkers(IFile file, List<Issue> issues) throws CoreException {
    file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
    for (Issue i : issues) {
      // all attributes at once: a reader on another thread never sees a marker without its message
      java.util.Map<String, Object> a = new java.util.HashMap<>();
      a.put(IMarker.MESSAGE, i.getMessage());
      a.put(IMarker.SEVERITY, switch (i.getSeverity()) {
        case ERROR -> IMarker.SEVERITY_ERROR;
        case WARNING -> IMarker.SEVERITY_WARNING;
        default -> IMarker.SEVERITY_INFO;
      });
      if (i.getLineNumber() != null) {
        a.put(IMarker.LINE_NUMBER, i.getLineNumber().intValue());
      }
      if (i.getOffset() != null && i.getLength() != null) {
        a.put(IMarker.CHAR_START, i.getOffset().intValue());
        a.put(IMarker.CHAR_END, i.getOffset() + i.getLength());
      }
      if (i.getCode() != null) {
        a.put(CODE, i.getCode());
      }
      if (i.getData() != null && i.getData().length > 0) {
        a.put(DATA, String.join(DATA_SEPARATOR, i.getData()));
      }
      file.createMarker(MARKER, a);
    }
  }
}
