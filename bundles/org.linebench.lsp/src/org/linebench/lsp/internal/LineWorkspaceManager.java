package org.linebench.lsp.internal;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Xtext's workspace with the certification findings: every build's issues go through
 * {@link Diagnostics}, and every build schedules a rule run.
 */
public class LineWorkspaceManager extends WorkspaceManager {
  @Inject
  private Diagnostics diagnostics;
  @Inject
  private Provider<Findings> findings;
  private boolean built;

  @Override
  public void initialize(List<WorkspaceFolder> folders, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
      CancelIndicator cancelIndicator) {
    diagnostics.connect(issueAcceptor, this::isReported);
    super.initialize(folders, diagnostics::structural, cancelIndicator);
  }

  @Override
  protected void afterBuild(List<IResourceDescription.Delta> deltas) {
    super.afterBuild(deltas);
    findings.get().afterBuild(!built);
    built = true;
  }

  /** True when the file belongs to a workspace folder's project (its own or an imported file). */
  public boolean contains(URI uri) {
    return uri != null && getWorkspaceConfig().findProjectContaining(uri) != null;
  }

  /** Whether the client hears about a file: those of the workspace folders, and any open one. */
  public boolean isReported(URI uri) {
    if (isDocumentOpen(uri)) {
      return true;
    }
    IProjectConfig p = getWorkspaceConfig().findProjectContaining(uri);
    return p instanceof LineWorkspaceConfigFactory.Project project && project.owns(uri);
  }

  /** The workspace folders the client gave. */
  public List<WorkspaceFolder> folders() {
    return getWorkspaceFolders();
  }
}
