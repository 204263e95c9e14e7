package org.linebench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.linebench.dsl.ide.quickfix.LineQuickFixes.TextEdit;
import org.linebench.model.line.NamedElement;
import org.linebench.rules.api.Change;

/**
 * A {@link Change} as a text edit of the line file, through the file's node model: the element's
 * text is found by its qualified name and line, the property by its keyword among the element's own
 * tokens (not those of the elements it contains), and the value is what the grammar assigns after
 * that keyword. A property the element does not have yet is written where the grammar takes it:
 * before the closing brace of a block, before the next clause of a fixed order, or at the end.
 */
final class ChangeEdits {
  private ChangeEdits() {}

  /** The edit of the change; empty when the element or the place to write is not found. */
  static Optional<TextEdit> of(XtextResource resource, Change change) {
    EObject target = find(resource, change.element().qualifiedName(), change.element().location().line());
    ICompositeNode node = target == null ? null : NodeModelUtils.findActualNodeFor(target);
    if (node == null) {
      return Optional.empty();
    }
    List<INode> own = ownNodes(node);
    // through unassigned rule calls (SafetyDevice: ... | LightCurtain) to the element's own rule
    while (own.size() == 1 && own.get(0) instanceof ICompositeNode c && c.getSemanticElement() == target) {
      node = c;
      own = ownNodes(node);
    }
    int k = keywordIndex(own, change.property());
    return switch (change.kind()) {
      case SET -> k < 0 ? insert(node, own, change) : replaceValue(own, k, change.value());
      case ADD -> k < 0 ? insert(node, own, change) : change.value().isEmpty() ? Optional.empty() : append(own, k, change.value());
      case REMOVE -> k < 0 ? Optional.empty() : remove(node, own, k);
    };
  }

  /** The named element of that qualified name, written on that line (or anywhere when the line is 0). */
  static EObject find(XtextResource resource, String qualifiedName, int line) {
    if (resource == null || resource.getContents().isEmpty()) {
      return null;
    }
    EObject first = null;
    for (var it = resource.getAllContents(); it.hasNext();) {
      EObject o = it.next();
      if (o instanceof NamedElement && qualifiedName(o).equals(qualifiedName)) {
        ICompositeNode n = NodeModelUtils.findActualNodeFor(o);
        if (line <= 0 || n != null && n.getStartLine() == line) {
          return o;
        }
        first = first == null ? o : first;
      }
    }
    return first;
  }

  /** True when the word is a keyword of the line language the file is written in. */
  static boolean isKeyword(XtextResource resource, String word) {
    if (resource == null || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
      return false;
    }
    EObject grammarElement = resource.getParseResult().getRootNode().getGrammarElement();
    return grammarElement != null && GrammarUtil.getAllKeywords(GrammarUtil.getGrammar(grammarElement)).contains(word);
  }

  /** The text of the element's lines (from the start of its first line to the end of its last); empty when not found. */
  static String source(XtextResource resource, String qualifiedName, int line) {
    EObject target = find(resource, qualifiedName, line);
    ICompositeNode node = target == null ? null : NodeModelUtils.findActualNodeFor(target);
    if (node == null) {
      return ""; //$NON-NLS-1$
    }
    String text = node.getRootNode().getText();
    int start = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
    if (node.getOffset() == 0) {
      start = 0;
    }
    int end = text.indexOf('\n', node.getEndOffset());
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** As the rules' views name it: the names of the element and its named containers, dotted. */
  static String qualifiedName(EObject o) {
    List<String> names = new ArrayList<>();
    for (EObject e = o; e != null; e = e.eContainer()) {
      if (e instanceof NamedElement n && n.getName() != null) {
        names.add(0, n.getName());
      }
    }
    return String.join(".", names); //$NON-NLS-1$
  }

  private static List<INode> ownNodes(ICompositeNode node) {
    List<INode> own = new ArrayList<>();
    for (INode n : node.getChildren()) {
      if (!isHidden(n)) {
        own.add(n);
      }
    }
    return own;
  }

  private static boolean isHidden(INode n) {
    return n instanceof ILeafNode l && l.isHidden();
  }

  private static int keywordIndex(List<INode> own, String keyword) {
    for (int i = 0; i < own.size(); i++) {
      if (own.get(i).getGrammarElement() instanceof Keyword kw && kw.getValue().equals(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /** The group the keyword opens ({@code ('distance' distance=Quantity)}): its value is what follows inside it. */
  private static AbstractElement groupOf(INode keyword) {
    EObject g = keyword.getGrammarElement().eContainer();
    return g instanceof Group group ? group : (AbstractElement) keyword.getGrammarElement();
  }

  /** The index of the last node after the keyword that belongs to the keyword's group. */
  private static int lastOfGroup(List<INode> own, int k) {
    AbstractElement group = groupOf(own.get(k));
    int last = k;
    for (int i = k + 1; i < own.size(); i++) {
      EObject ge = own.get(i).getGrammarElement();
      if (ge == null || !EcoreUtil2.isAncestor(group, ge)) {
        break;
      }
      if (ge instanceof Keyword kw && kw.getValue().equals(((Keyword) own.get(k).getGrammarElement()).getValue())) {
        break; // the same clause written again
      }
      last = i;
    }
    return last;
  }

  private static Optional<TextEdit> replaceValue(List<INode> own, int k, String value) {
    int last = lastOfGroup(own, k);
    if (last == k) {
      return Optional.empty(); // a flag: nothing to set
    }
    int start = own.get(k + 1).getOffset();
    int end = own.get(last).getEndOffset();
    return Optional.of(new TextEdit(start, end - start, value));
  }

  private static Optional<TextEdit> append(List<INode> own, int k, String value) {
    int last = lastOfGroup(own, k);
    return Optional.of(new TextEdit(own.get(last).getEndOffset(), 0, ", " + value)); //$NON-NLS-1$
  }

  private static Optional<TextEdit> remove(ICompositeNode node, List<INode> own, int k) {
    int last = lastOfGroup(own, k);
    int start = own.get(k).getOffset();
    int end = own.get(last).getEndOffset();
    // with the blank before it
    String text = node.getRootNode().getText();
    while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
      start--;
    }
    return Optional.of(new TextEdit(start, end - start, "")); //$NON-NLS-1$
  }

  /** Writes {@code property value} where the grammar takes it. */
  private static Optional<TextEdit> insert(ICompositeNode node, List<INode> own, Change change) {
    String clause = change.property() + (change.value().isEmpty() ? "" : " " + change.value()); //$NON-NLS-1$ //$NON-NLS-2$
    String text = node.getRootNode().getText();
    INode close = own.isEmpty() ? null : own.get(own.size() - 1);
    if (close != null && close.getGrammarElement() instanceof Keyword kw && kw.getValue().equals("}")) { //$NON-NLS-1$
      if (afterTheBlock(kw, change.property())) {
        return Optional.of(new TextEdit(close.getEndOffset(), 0, " " + clause)); //$NON-NLS-1$
      }
      INode before = own.get(own.size() - 2);
      String indent = indentOf(text, node.getOffset()) + "\t"; //$NON-NLS-1$
      if (before.getGrammarElement() instanceof Keyword open && open.getValue().equals("{")) { //$NON-NLS-1$
        return Optional.of(new TextEdit(before.getEndOffset(), 0, "\n" + indent + clause)); //$NON-NLS-1$
      }
      String lastIndent = indentOf(text, before.getOffset());
      return Optional.of(new TextEdit(before.getEndOffset(), 0, "\n" + (lastIndent.isEmpty() ? indent : lastIndent) + clause)); //$NON-NLS-1$
    }
    INode next = nextInOrder(node, own, change.property());
    if (next != null) {
      return Optional.of(new TextEdit(next.getOffset(), 0, clause + " ")); //$NON-NLS-1$
    }
    INode last = own.isEmpty() ? null : own.get(own.size() - 1);
    return last == null ? Optional.empty() : Optional.of(new TextEdit(last.getEndOffset(), 0, " " + clause)); //$NON-NLS-1$
  }

  /**
   * Whether the grammar writes {@code keyword} after the block that {@code close} ends, as a model's
   * {@code human-override} follows its <code>{ feature ... }</code> block.
   */
  private static boolean afterTheBlock(Keyword close, String keyword) {
    ParserRule rule = EcoreUtil2.getContainerOfType(close, ParserRule.class);
    if (rule == null) {
      return false;
    }
    List<Keyword> order = EcoreUtil2.getAllContentsOfType(rule, Keyword.class);
    int at = order.indexOf(close);
    return order.stream().filter(k -> k.getValue().equals(keyword)).anyMatch(k -> order.indexOf(k) > at);
  }

  /**
   * In a rule of fixed order ({@code 'category' ... 'covers' ...}), the first present keyword that
   * the grammar puts after the one written; null when the keyword's clause may come anywhere (a
   * repeated choice) or nothing follows it.
   */
  private static INode nextInOrder(ICompositeNode node, List<INode> own, String keyword) {
    ParserRule rule = null;
    for (INode n : own) {
      if (n.getGrammarElement() instanceof Keyword kw) {
        rule = EcoreUtil2.getContainerOfType(kw, ParserRule.class);
        break;
      }
    }
    if (rule == null) {
      return null;
    }
    List<Keyword> order = EcoreUtil2.getAllContentsOfType(rule, Keyword.class);
    Keyword mine = order.stream().filter(kw -> kw.getValue().equals(keyword)).findFirst().orElse(null);
    if (mine == null || mine.eContainer() instanceof Group g && (g.eContainer() instanceof Alternatives || g.eContainer() instanceof UnorderedGroup)) {
      return null;
    }
    int at = order.indexOf(mine);
    for (INode n : own) {
      if (n.getGrammarElement() instanceof Keyword kw && order.indexOf(kw) > at && order.contains(kw)) {
        return n;
      }
    }
    return null;
  }

  private static String indentOf(String text, int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int end = start;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return text.substring(start, end);
  }
}
