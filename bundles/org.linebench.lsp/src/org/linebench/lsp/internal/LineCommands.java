package org.linebench.lsp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.diagram.LineDiagram;
import org.linebench.diagram.LineDiagrams;
import org.linebench.diagram.SvgExport;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

/**
 * The server's commands ({@code workspace/executeCommand}):
 * <ul>
 * <li>{@value #VALIDATE}: runs the rule packs over the workspace now, publishes, and answers what was
 * checked and found ({@code files, plants, packs, errors, warnings, infos});</li>
 * <li>{@value #DIAGRAM} {@code uri}: the line diagram of a file as SVG ({@code {uri, svg}}), its
 * stations coloured by the worst diagnostic inside them.</li>
 * </ul>
 */
public class LineCommands {
  public static final String VALIDATE = "linebench.validateWorkspace"; //$NON-NLS-1$
  public static final String DIAGRAM = "linebench.diagram"; //$NON-NLS-1$
  public static final List<String> ALL = List.of(VALIDATE, DIAGRAM);

  @Inject
  private UriExtensions uris;

  public Object execute(LineLanguageServer server, ExecuteCommandParams params, CancelIndicator cancel) {
    return switch (params.getCommand()) {
      case VALIDATE -> server.findings().check(cancel);
      case DIAGRAM -> diagram(server, argument(params, 0));
      default -> throw new ResponseErrorException(
          new ResponseError(ResponseErrorCode.InvalidParams, NLS.bind(Messages.Server_unknownCommand, params.getCommand(), ALL), null));
    };
  }

  private Map<String, Object> diagram(LineLanguageServer server, String uriText) {
    URI uri = uris.toUri(uriText);
    if (!server.workspace().contains(uri)) {
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, NLS.bind(Messages.Server_outside, uriText), null));
    }
    List<Issue> issues = new ArrayList<>(server.diagnostics().structuralOf(uri));
    issues.addAll(server.diagnostics().findingsOf(uri));
    String svg = server.workspace().doRead(uri, (document, resource) -> {
      if (resource == null || resource.getContents().isEmpty()) {
        return null;
      }
      EObject root = resource.getContents().get(0);
      LineDiagram d = LineDiagrams.layout(root);
      return SvgExport.toSvg(d, d.severities(marks(issues)));
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("uri", uriText); //$NON-NLS-1$
    out.put("svg", svg); //$NON-NLS-1$
    return out;
  }

  private static List<LineDiagram.Mark> marks(List<Issue> issues) {
    List<LineDiagram.Mark> marks = new ArrayList<>();
    for (Issue i : issues) {
      LineDiagram.Severity s = switch (i.getSeverity()) {
        case ERROR -> LineDiagram.Severity.ERROR;
        case WARNING -> LineDiagram.Severity.WARNING;
        case INFO -> LineDiagram.Severity.INFO;
        default -> LineDiagram.Severity.NONE;
      };
      marks.add(new LineDiagram.Mark(i.getOffset() == null ? -1 : i.getOffset(), i.getLineNumber() == null ? -1 : i.getLineNumber(), s));
    }
    return marks;
  }

  private static String argument(ExecuteCommandParams params, int index) {
    List<Object> args = params.getArguments();
    Object a = args == null || args.size() <= index ? null : args.get(index);
    if (a instanceof JsonPrimitive p && p.isString()) {
      return p.getAsString();
    }
    if (a instanceof String s) {
      return s;
    }
    if (a instanceof JsonElement e && e.isJsonObject() && e.getAsJsonObject().has("uri")) { //$NON-NLS-1$
      return e.getAsJsonObject().get("uri").getAsString(); //$NON-NLS-1$
    }
    throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, NLS.bind(Messages.Server_missingUri, params.getCommand()), null));
  }
}
