package org.linebench.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.linebench.dsl.services.LineGrammarAccess;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Units;

import com.google.inject.Inject;

/** Content assist of the line language: Xtext's keywords and references, plus the known units. */
public class LineContentProposals extends IdeContentProposalProvider {

  @Inject
  private LineGrammarAccess grammar;

  @Override
  protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    if (ruleCall.getRule() == grammar.getUnitSymbolRule()) {
      EObject model = context.getCurrentModel();
      for (String unit : Units.symbols()) {
        if (!unit.startsWith(context.getPrefix())) {
          continue;
        }
        ContentAssistEntry entry = getProposalCreator().createProposal(unit, context);
        if (entry != null) {
          entry.setKind(ContentAssistEntry.KIND_UNIT);
          entry.setDescription(Units.find(unit).orElseThrow().dimension().name().toLowerCase(java.util.Locale.ROOT));
          int priority = getProposalPriorities().getDefaultPriority(entry);
          acceptor.accept(entry, model instanceof Quantity ? priority + 10 : priority);
        }
      }
      return;
    }
    super._createProposals(ruleCall, context, acceptor);
  }
}
