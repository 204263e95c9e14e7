package org.linebench.lsp.internal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.lsp.LineServer;

import com.google.inject.Inject;

/**
 * Xtext's language server for the line language, with what LineBench adds: certification findings
 * in the diagnostics, hover with quantity conversions and the rationale of a finding's rule, the
 * quick fixes as code actions, the line diagram and a workspace validation as commands, and
 * protocol errors (not crashes) for unknown methods and documents outside the workspace.
 */
public class LineLanguageServer extends LanguageServerImpl {
  private static final Logger LOG = Logger.getLogger(LineLanguageServer.class);
  /** The {@link Diagnostic#getSource() source} of every diagnostic. */
  public static final String SOURCE = "LineBench"; //$NON-NLS-1$

  @Inject
  private LineServer.Settings settings;
  @Inject
  private Diagnostics diagnostics;
  @Inject
  private Findings findings;
  @Inject
  private LineHovers hovers;
  @Inject
  private LineCodeActions codeActions;
  @Inject
  private LineCommands commands;
  @Inject
  private UriExtensions uris;

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    String client = params.getLocale();
    if (client != null && !client.isBlank() && !language(client).equals(settings.locale().getLanguage())) {
      LOG.info("the client's language is " + client + "; findings are in " + settings.locale() + " (start with --lang to choose)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    return super.initialize(params);
  }

  private static String language(String tag) {
    return Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
  }

  @Override
  protected ServerCapabilities createServerCapabilities(InitializeParams params) {
    ServerCapabilities caps = super.createServerCapabilities(params);
    caps.setHoverProvider(true);
    caps.setCodeActionProvider(true);
    caps.setExecuteCommandProvider(new ExecuteCommandOptions(LineCommands.ALL));
    caps.setSignatureHelpProvider(null); // the language has no calls
    return caps;
  }

  @Override
  public void initialized(InitializedParams params) {
    super.initialized(params);
    diagnostics.ready();
  }

  /** The workspace manager, typed. */
  public LineWorkspaceManager workspace() {
    return (LineWorkspaceManager) getWorkspaceManager();
  }

  public Findings findings() {
    return findings;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    if (inWorkspace(params.getTextDocument().getUri())) {
      super.didOpen(params);
    }
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    if (inWorkspace(params.getTextDocument().getUri())) {
      super.didChange(params);
    }
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    if (inWorkspace(params.getTextDocument().getUri())) {
      super.didClose(params);
    }
  }

  /** Notifications about a document outside the workspace: a warning to the client, nothing else. */
  private boolean inWorkspace(String uri) {
    if (workspace().contains(uris.toUri(uri))) {
      return true;
    }
    getLanguageClient().logMessage(new MessageParams(MessageType.Warning, NLS.bind(Messages.Server_outside, uri)));
    return false;
  }

  @Override
  protected URI getURI(TextDocumentIdentifier documentIdentifier) {
    return requireInWorkspace(super.getURI(documentIdentifier), documentIdentifier.getUri());
  }

  @Override
  protected URI getURI(TextDocumentPositionParams params) {
    return requireInWorkspace(super.getURI(params), params.getTextDocument().getUri());
  }

  private URI requireInWorkspace(URI uri, String given) {
    if (!workspace().contains(uri)) {
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, NLS.bind(Messages.Server_outside, given), null));
    }
    return uri;
  }

  @Override
  protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
    URI uri = getURI(params);
    return getWorkspaceManager().doRead(uri,
        (document, resource) -> hovers.hover(document, resource, params.getPosition(), diagnostics.findingsOf(uri)));
  }

  @Override
  protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
    URI uri = getURI(params.getTextDocument());
    return getWorkspaceManager().doRead(uri,
        (document, resource) -> codeActions.actions(params, document, diagnostics.structuralOf(uri)));
  }

  @Override
  protected Object executeCommand(ExecuteCommandParams params, CancelIndicator cancelIndicator) {
    return commands.execute(this, params, cancelIndicator);
  }

  @Override
  public CompletableFuture<?> request(String method, Object parameter) {
    if (!getExtensionProviders().containsKey(method)) {
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound, NLS.bind(Messages.Server_unknownMethod, method), null));
    }
    return super.request(method, parameter);
  }

  @Override
  protected Diagnostic toDiagnostic(Issue issue) {
    Diagnostic d = super.toDiagnostic(issue);
    d.setSource(SOURCE);
    if (issue instanceof FindingIssue f) {
      d.setData(f.data());
    }
    return d;
  }

  /** Ends the rule runs and the request threads of this server. */
  public void dispose() {
    findings.dispose();
    getRequestManager().shutdown();
  }
}
