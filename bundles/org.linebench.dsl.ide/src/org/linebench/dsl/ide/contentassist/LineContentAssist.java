package org.linebench.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Proposals at a caret offset of a line file's text: what an editor shows on Ctrl+Space and what a
 * language server answers to a completion request. Headless.
 */
public class LineContentAssist {
  @Inject
  private Provider<ContentAssistContextFactory> contexts;
  @Inject
  private Provider<IdeContentProposalAcceptor> acceptors;
  @Inject
  private IdeContentProposalProvider proposals;
  @Inject
  private ExecutorService pool;

  /** The proposals at {@code offset} of {@code resource}, whose text is {@code text}, best first. */
  public List<ContentAssistEntry> proposals(XtextResource resource, String text, int offset) {
    ContentAssistContextFactory factory = contexts.get();
    factory.setPool(pool);
    ContentAssistContext[] ctx = factory.create(text, new TextRegion(offset, 0), offset, resource);
    IdeContentProposalAcceptor acceptor = acceptors.get();
    proposals.createProposals(List.of(ctx), acceptor);
    List<ContentAssistEntry> entries = new ArrayList<>();
    acceptor.getEntries().forEach(entries::add);
    return entries;
  }
}
