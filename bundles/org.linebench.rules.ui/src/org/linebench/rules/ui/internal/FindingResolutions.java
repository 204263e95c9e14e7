package org.linebench.rules.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PlatformUI;
import org.linebench.assist.Assistant;
import org.linebench.assist.Explanations;
import org.linebench.assist.LineCheck;
import org.linebench.assist.Proposal;
import org.linebench.dsl.ide.quickfix.LineQuickFixes;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.rules.api.Finding;

/**
 * The quick assist on a certification finding (Ctrl+1 in the editor, the Problems view): "Explain"
 * (what the standard requires, why the element fails, the fixes) and one "Fix: ..." per fix of the
 * rule that passes the assistant's check (the finding gone, no other new). The file is checked as
 * the builder checks it (the project's line files, the builder's packs and language); a fix is
 * applied to the file's document only while it is still the text that was checked.
 */
public class FindingResolutions implements IMarkerResolutionGenerator2 {

  @Override
  public boolean hasResolutions(IMarker marker) {
    return marker.getResource() instanceof IFile && !marker.getAttribute(LineMarkers.RULE_ID, "").isEmpty(); //$NON-NLS-1$
  }

  @Override
  public IMarkerResolution[] getResolutions(IMarker marker) {
    if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file) || file.getLocation() == null) {
      return new IMarkerResolution[0];
    }
    Path path = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
    try (LineCheck check = new LineCheck(path, context(file, path), LineProjects.rulePacks(), false, LineProjects.findingsLanguage())) {
      Assistant assistant = new Assistant(check);
      Finding finding = finding(assistant.original().findings(), marker, path);
      if (finding == null) {
        return new IMarkerResolution[0]; // the file changed since the build: the next build's marker has them
      }
      Assistant.Outcome outcome = assistant.fixes(finding);
      List<IMarkerResolution> out = new ArrayList<>();
      out.add(new Explain(String.join("\n", new Explanations(assistant).explain(finding, outcome, file.getName())))); //$NON-NLS-1$
      for (Assistant.Offered o : outcome.passed()) {
        out.add(new Apply(file, check.text(), o.proposal()));
      }
      return out.toArray(IMarkerResolution[]::new);
    } catch (IOException | CoreException | RuntimeException e) {
      ILog.of(FindingResolutions.class).warn("no quick assist for " + file.getFullPath(), e); //$NON-NLS-1$
      return new IMarkerResolution[0];
    }
  }

  /** The project's other line files: the plant as the builder sees it. */
  private static List<Path> context(IFile file, Path path) throws CoreException {
    return LineProjects.linePaths(file.getProject()).stream().filter(p -> !p.equals(path)).toList();
  }

  /**
   * The marker's finding: the one of the same rule, element and variant on the same line of this file;
   * of several such (two modes of one robot on one line), the one with the marker's message and evidence.
   * Null when none is the marker's (the file changed since the build).
   */
  private static Finding finding(List<Finding> findings, IMarker marker, Path path) {
    List<Finding> candidates = findings.stream().filter(f -> same(f, marker, path)).toList();
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String message = marker.getAttribute(IMarker.MESSAGE, ""); //$NON-NLS-1$
    String evidence = marker.getAttribute(LineMarkers.EVIDENCE, ""); //$NON-NLS-1$
    return candidates.stream().filter(f -> LineMarkers.message(f).equals(message) && LineMarkers.evidence(f.evidence()).equals(evidence))
        .findFirst().orElse(null);
  }

  /** The same rule, element and variant, on the same line of this file. */
  private static boolean same(Finding f, IMarker marker, Path path) {
    return f.ruleId().equals(marker.getAttribute(LineMarkers.RULE_ID, "")) //$NON-NLS-1$
        && f.element().equals(marker.getAttribute(LineMarkers.ELEMENT, "")) //$NON-NLS-1$
        && f.variant().equals(marker.getAttribute(LineMarkers.VARIANT, "")) //$NON-NLS-1$
        && f.line() == marker.getAttribute(IMarker.LINE_NUMBER, 0) && path.equals(f.file());
  }

  /** Shows the explanation. */
  public static final class Explain implements IMarkerResolution {
    private final String text;

    Explain(String text) {
      this.text = text;
    }

    @Override
    public String getLabel() {
      return Messages.Assist_explain;
    }

    /** The explanation shown. */
    public String text() {
      return text;
    }

    @Override
    public void run(IMarker marker) {
      MessageDialog.openInformation(PlatformUI.getWorkbench().getDisplay().getActiveShell(), Messages.Assist_explainTitle, text);
    }
  }

  /** Applies a checked fix to the file's document (the open editor's, or the file, then saved). */
  static final class Apply implements IMarkerResolution {
    private final IFile file;
    private final String checked;
    private final Proposal proposal;

    Apply(IFile file, String checked, Proposal proposal) {
      this.file = file;
      this.checked = checked;
      this.proposal = proposal;
    }

    @Override
    public String getLabel() {
      return NLS.bind(Messages.Assist_fix, proposal.label());
    }

    @Override
    public void run(IMarker marker) {
      ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
      try {
        manager.connect(file.getFullPath(), LocationKind.IFILE, null);
        try {
          ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
          IDocument document = buffer.getDocument();
          if (!document.get().equals(checked)) {
            ILog.of(FindingResolutions.class).warn("the file changed since the fix was checked: " + file.getFullPath()); //$NON-NLS-1$
            return;
          }
          boolean wasDirty = buffer.isDirty();
          List<LineQuickFixes.TextEdit> edits = proposal.fix().edits().stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset())).toList();
          for (LineQuickFixes.TextEdit e : edits) {
            document.replace(e.offset(), e.length(), e.text());
          }
          if (!wasDirty && !buffer.isShared()) {
            buffer.commit(null, true);
          }
        } finally {
          manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
        }
      } catch (CoreException | BadLocationException e) {
        ILog.of(FindingResolutions.class).error("cannot apply the fix to " + file.getFullPath(), e); //$NON-NLS-1$
      }
    }
  }
}
