package org.linebench.dsl.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.project.WorkingCopy;

/**
 * Validates the document as it is typed, through its file's working copy (the parse the outline,
 * line view, hover and content assist read too), and shows the findings as problem markers of its
 * file ({@link LineMarkers#PROBLEM}).
 */
public class LineValidationReconciler extends MonoReconciler {

  public LineValidationReconciler() {
    super(new Strategy(), false);
    setDelay(300);
  }

  /** Validates when the editor opens (initialReconcile) and after each pause in typing. */
  static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private IDocument document;
    private IProgressMonitor monitor;

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
      this.monitor = monitor;
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
        IFile file = LineUi.fileOf(document);
        if (file == null || file.getLocation() == null) {
          org.eclipse.core.runtime.ILog.of(LineValidationReconciler.class).info("not a workspace file: no markers"); //$NON-NLS-1$
          return;
        }
        WorkingCopy wc = LineProjects.workingCopy(file);
        IProgressMonitor m = monitor;
        wc.validate(document.get(), m == null ? CancelIndicator.NullImpl : m::isCanceled);
        wc.scheduleMarkers();
      } catch (RuntimeException | LinkageError e) {
        org.eclipse.core.runtime.ILog.of(LineValidationReconciler.class).error("validation of the line file failed", e); //$NON-NLS-1$
      }
    }
  }

  /** The findings about a document's text, linked against its project's index (the file's working copy). */
  public static List<Issue> validate(String text, IFile file) {
    return LineProjects.workingCopy(file).validate(text, CancelIndicator.NullImpl);
  }
}
