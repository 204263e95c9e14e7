package org.linebench.lsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;
import org.linebench.dsl.ide.quickfix.LineQuickFixes;

/**
 * The line language's quick fixes ({@link LineQuickFixes}, the same the editor offers) as code
 * actions: for the diagnostics the client sends, or, when it sends none, for the issues in the
 * requested range. The issue behind a diagnostic is the one the last build found at its place.
 */
public class LineCodeActions {
  private final LineQuickFixes fixes = new LineQuickFixes();

  public List<Either<Command, CodeAction>> actions(CodeActionParams params, Document document, List<Issue> issues) {
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    if (document == null) {
      return out;
    }
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    if (only != null && !only.isEmpty() && only.stream().noneMatch(k -> k.equals(CodeActionKind.QuickFix) || CodeActionKind.QuickFix.startsWith(k + "."))) { //$NON-NLS-1$
      return out;
    }
    List<Diagnostic> asked = params.getContext() == null || params.getContext().getDiagnostics() == null ? List.of()
        : params.getContext().getDiagnostics();
    String uri = params.getTextDocument().getUri();
    String text = document.getContents();
    for (Issue issue : issues) {
      Diagnostic d = asked.isEmpty() ? within(issue, params.getRange(), document) : matching(issue, asked);
      if (d == null) {
        continue;
      }
      for (LineQuickFixes.Fix fix : fixes.fixes(issue, text)) {
        CodeAction a = new CodeAction(fix.label());
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        List<TextEdit> edits = fix.edits().stream().map(e -> new TextEdit(
            new Range(document.getPosition(e.offset()), document.getPosition(e.offset() + e.length())), e.text())).toList();
        a.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        out.add(Either.forRight(a));
      }
    }
    return out;
  }

  private static Diagnostic matching(Issue issue, List<Diagnostic> asked) {
    for (Diagnostic d : asked) {
      Object code = d.getCode() == null ? null : d.getCode().get();
      if (Objects.equals(String.valueOf(code), issue.getCode()) && d.getRange() != null
          && d.getRange().getStart().getLine() == issue.getLineNumber() - 1
          && d.getRange().getStart().getCharacter() == issue.getColumn() - 1) {
        return d;
      }
    }
    return null;
  }

  /** A diagnostic for an issue that overlaps the range (the client asked without naming one). */
  private static Diagnostic within(Issue issue, Range range, Document document) {
    if (issue.getOffset() == null || issue.getLength() == null || range == null) {
      return null;
    }
    int from = document.getOffSet(range.getStart());
    int to = document.getOffSet(range.getEnd());
    if (issue.getOffset() > to || issue.getOffset() + issue.getLength() < from) {
      return null;
    }
    Position start = document.getPosition(issue.getOffset());
    Position end = document.getPosition(issue.getOffset() + issue.getLength());
    Diagnostic d = new Diagnostic(new Range(start, end), issue.getMessage());
    d.setCode(issue.getCode());
    d.setSource(LineLanguageServer.SOURCE);
    return d;
  }
}
