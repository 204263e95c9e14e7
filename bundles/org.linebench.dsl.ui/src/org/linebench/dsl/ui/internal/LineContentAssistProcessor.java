package org.linebench.dsl.ui.internal;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.linebench.dsl.ide.contentassist.LineContentAssist;

/** Ctrl+Space in the line editor: keywords, references and units from the language's IDE services. */
public class LineContentAssistProcessor implements IContentAssistProcessor {

  @Override
  public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
    String text = viewer.getDocument().get();
    LineContentAssist assist = LineUi.injector().getInstance(LineContentAssist.class);
    List<ContentAssistEntry> entries = LineUi.read(text, LineUi.fileOf(viewer.getDocument()),
        resource -> assist.proposals(resource, text, offset));
    return entries.stream().map(e -> proposal(e, offset)).toArray(ICompletionProposal[]::new);
  }

  static ICompletionProposal proposal(ContentAssistEntry e, int offset) {
    String prefix = e.getPrefix() == null ? "" : e.getPrefix(); //$NON-NLS-1$
    String label = e.getLabel() != null ? e.getLabel() : e.getProposal();
    String display = e.getDescription() == null ? label : label + " - " + e.getDescription(); //$NON-NLS-1$
    return new CompletionProposal(e.getProposal(), offset - prefix.length(), prefix.length(), e.getProposal().length(),
        null, display, null, e.getDocumentation());
  }

  @Override
  public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
    return null;
  }

  @Override
  public char[] getCompletionProposalAutoActivationCharacters() {
    return new char[] {'.'};
  }

  @Override
  public char[] getContextInformationAutoActivationCharacters() {
    return null;
  }

  @Override
  public String getErrorMessage() {
    return null;
  }

  @Override
  public IContextInformationValidator getContextInformationValidator() {
    return null;
  }
}
