package org.linebench.assist.llm.ask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.OperatorText;
import org.linebench.model.line.Station;
import org.linebench.model.line.TextKind;

/** The document of a model element in the index: what it is called, what it says, where it is written. */
final class Elements {
  private Elements() {}

  record Document(Hit hit, String text) {}

  /** The text of each file's parse tree, read once per file rather than once per element. */
  static final class Sources {
    private final Map<INode, String> texts = new HashMap<>();

    String of(ICompositeNode node) {
      return texts.computeIfAbsent(node.getRootNode(), INode::getText);
    }
  }

  static Document document(NamedElement e, Locale locale, Sources sources) {
    String kind = e.eClass().getName();
    String label = e.getLabel() == null ? "" : e.getLabel(); //$NON-NLS-1$
    ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
    String source = firstLine(e, sources);
    int line = node == null ? 0 : NodeModelUtils.getLineAndColumn(node, node.getOffset()).getLine();
    if (e instanceof Station s) {
      for (OperatorText t : s.getTexts()) {
        source += " · " + firstLine(t, sources); //$NON-NLS-1$
      }
    }
    String kindWord = Vocabulary.get("kind." + kind, locale); //$NON-NLS-1$
    String title = (kindWord == null ? kind : kindWord) + ' ' + e.getName() + (label.isEmpty() ? "" : " \"" + label + '"'); //$NON-NLS-1$ //$NON-NLS-2$
    StringBuilder text = new StringBuilder();
    text.append(Vocabulary.both("kind." + kind)).append(' ').append(e.getName()).append(' ').append(label).append(' ').append(source); //$NON-NLS-1$
    for (EStructuralFeature f : e.eClass().getEAllStructuralFeatures()) {
      boolean child = f instanceof EReference r && r.isContainment() && !"Quantity".equals(r.getEReferenceType().getName()); //$NON-NLS-1$
      if (!child && e.eIsSet(f)) {
        text.append(' ').append(Vocabulary.both("feature." + f.getName())); //$NON-NLS-1$
      }
    }
    if (e instanceof Station s) {
      text.append(' ').append(facets(s));
    }
    for (EObject c = e.eContainer(); c != null; c = c.eContainer()) {
      if (c instanceof Station s) {
        text.append(' ').append(Vocabulary.both("kind.Station")).append(' ').append(s.getName()).append(' ') //$NON-NLS-1$
            .append(s.getLabel() == null ? "" : s.getLabel()); //$NON-NLS-1$
      }
    }
    Hit hit = new Hit(Hit.Kind.ELEMENT, qualifiedName(e), title, source, "", "", file(e), line, 0); //$NON-NLS-1$ //$NON-NLS-2$
    return new Document(hit, text.toString());
  }

  /** The first line of an element's source text, as written; empty if it has none. */
  static String firstLine(EObject e, Sources sources) {
    ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
    if (node == null) {
      return ""; //$NON-NLS-1$
    }
    String all = sources.of(node);
    String own = all.substring(node.getOffset(), Math.min(all.length(), node.getEndOffset())).strip();
    int nl = own.indexOf('\n');
    return (nl < 0 ? own : own.substring(0, nl)).strip();
  }

  /** What the station's operator texts say and lack: a warning in Chinese or none. */
  static String facets(Station s) {
    boolean warning = false;
    boolean chinese = false;
    StringBuilder b = new StringBuilder();
    for (OperatorText t : s.getTexts()) {
      b.append(Vocabulary.both("feature.text")).append(' ').append(t.getText()).append(' '); //$NON-NLS-1$
      if (t.getKind() == TextKind.WARNING) {
        warning = true;
        chinese |= t.getLanguage() != null && t.getLanguage().toLowerCase(Locale.ROOT).startsWith("zh"); //$NON-NLS-1$
      }
    }
    b.append(Vocabulary.both(chinese ? "facet.chineseWarning" : "facet.noChineseWarning")); //$NON-NLS-1$ //$NON-NLS-2$
    if (!warning) {
      b.append(' ').append(Vocabulary.both("facet.noWarning")); //$NON-NLS-1$
    }
    return b.toString();
  }

  /** The element's name with those of its named containers, as findings name it. */
  static String qualifiedName(EObject o) {
    List<String> names = new ArrayList<>();
    for (EObject e = o; e != null; e = e.eContainer()) {
      if (e instanceof NamedElement n && n.getName() != null) {
        names.add(n.getName());
      }
    }
    Collections.reverse(names);
    return String.join(".", names); //$NON-NLS-1$
  }

  static Path file(EObject o) {
    Resource r = o.eResource();
    URI uri = r == null ? null : r.getURI();
    return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
  }
}
