package org.linebench.lsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.linebench.dsl.ide.hover.QuantityConversions;
import org.linebench.lsp.LineServer;
import org.linebench.rules.api.Evidence;
import org.linebench.rules.api.Finding;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;

import com.google.inject.Inject;

/**
 * What hovering shows: over a quantity, its value in every unit of its dimension; on the line of a
 * certification finding, the rule's title, standard and clause, its rationale and the finding's
 * values. Markdown.
 */
public class LineHovers {
  @Inject
  private LineServer.Settings settings;

  /** The hover at {@code position}, or null when there is nothing to say. */
  public Hover hover(Document document, XtextResource resource, Position position, List<FindingIssue> findings) {
    if (document == null || resource == null) {
      return null;
    }
    int offset = document.getOffSet(position);
    List<String> parts = new ArrayList<>();
    Range range = null;
    QuantityConversions.At q = QuantityConversions.at(resource, offset);
    String conversions = q == null ? null : QuantityConversions.describe(q.quantity());
    if (conversions != null) {
      parts.add("`" + conversions + "`"); //$NON-NLS-1$ //$NON-NLS-2$
      range = new Range(document.getPosition(q.offset()), document.getPosition(q.offset() + q.length()));
    }
    for (FindingIssue f : findings) {
      if (f.getLineNumber() - 1 == position.getLine()) {
        parts.add(describe(f.finding()));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts))); //$NON-NLS-1$
    hover.setRange(range);
    return hover;
  }

  /** A finding's rule: title, citation and id, then its rationale, then the values. */
  String describe(Finding f) {
    Locale locale = settings.locale();
    Optional<RuleDescriptor> rule = settings.packs().stream().map(RulePack::rules).flatMap(List::stream)
        .filter(d -> d.id().equals(f.ruleId())).findFirst();
    StringBuilder b = new StringBuilder();
    b.append("**").append(rule.map(r -> r.title(locale)).orElse(f.ruleId())).append("**"); //$NON-NLS-1$ //$NON-NLS-2$
    if (!f.citation().isEmpty()) {
      b.append(" \u2014 ").append(f.citation()); //$NON-NLS-1$
    }
    b.append(" `").append(f.ruleId()).append('`'); //$NON-NLS-1$
    rule.map(r -> r.rationale(locale)).ifPresent(r -> b.append("\n\n").append(NLS.bind(Messages.Hover_rationale, r))); //$NON-NLS-1$
    if (!f.evidence().isEmpty()) {
      String used = f.evidence().stream().filter(e -> !e.computed()).map(Evidence::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
      String computed = f.evidence().stream().filter(Evidence::computed).map(Evidence::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
      b.append("\n\n").append(NLS.bind(Messages.Hover_values, used)); //$NON-NLS-1$
      if (!f.formula().isEmpty()) {
        b.append("; ").append(f.formula()); //$NON-NLS-1$
      }
      if (!computed.isEmpty()) {
        b.append(" \u2192 ").append(computed); //$NON-NLS-1$
      }
    }
    return b.toString();
  }
}
