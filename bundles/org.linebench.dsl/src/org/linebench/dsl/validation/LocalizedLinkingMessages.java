package org.linebench.dsl.validation;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** "Couldn't resolve reference" in the user's language, under one issue code. */
public class LocalizedLinkingMessages extends LinkingDiagnosticMessageProvider {

  @Override
  public DiagnosticMessage getUnresolvedProxyMessage(org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider.ILinkingDiagnosticContext context) {
    String type = context.getReference().getEReferenceType().getName();
    return new DiagnosticMessage(NLS.bind(Messages.Link_unresolved, Labels.typeName(type), context.getLinkText()),
        Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE);
  }
}
