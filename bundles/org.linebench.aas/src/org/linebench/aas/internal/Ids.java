package org.linebench.aas.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.Plant;

/**
 * Identifiers of the shells, assets and submodels LineBench exports: URNs made of the element's
 * qualified name ({@code urn:linebench:examples.bodyshop:Changchun.BodyInWhite.OP20}), the same in
 * every export, no registry's domain in them, never starting with a digit (AASX Package Explorer
 * refuses identifiers that are no valid XML IDs where it uses them so); idShorts that the
 * metamodel's pattern accepts.
 */
public final class Ids {
  private static final String PREFIX = "urn:linebench:"; //$NON-NLS-1$

  private Ids() {}

  /** The asset's global ID: its qualified name in its namespace. */
  public static String asset(EObject e) {
    return PREFIX + namespace(e) + ":" + String.join(".", names(e)); //$NON-NLS-1$ //$NON-NLS-2$
  }

  public static String shell(EObject e) {
    return asset(e) + ":aas"; //$NON-NLS-1$
  }

  public static String submodel(EObject e, String name) {
    return asset(e) + ":sm:" + name; //$NON-NLS-1$
  }

  /** A concept of LineBench's (a quantity with its unit, a safety value). */
  public static String concept(String name) {
    return PREFIX + "concept:" + name; //$NON-NLS-1$
  }

  /** An idShort for the element: its names below the plant joined by _ ({@code BodyInWhite_OP20_R21}). */
  public static String idShort(EObject e) {
    List<String> n = names(e);
    return idShort(String.join("_", n.size() > 1 ? n.subList(1, n.size()) : n)); //$NON-NLS-1$
  }

  /** The text as an idShort: letters, digits, _; starting with a letter; at least two characters. */
  public static String idShort(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
    }
    if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
      b.insert(0, 'E');
    }
    if (b.length() < 2) {
      b.append('_');
    }
    return b.toString();
  }

  private static String namespace(EObject e) {
    EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(e);
    String ns = root instanceof LineFile f ? f.getNamespace() : null;
    return ns == null ? "default" : ns; //$NON-NLS-1$
  }

  /** The names from the plant down: a line declared in a file of its own counts as its plant's. */
  static List<String> names(EObject e) {
    List<String> names = new ArrayList<>();
    for (EObject x = e; x != null && !(x instanceof LineFile);) {
      if (x instanceof NamedElement n) {
        names.add(0, n.getName());
      }
      x = x instanceof Line l && !(l.eContainer() instanceof Plant) ? Effective.plant(l) : x.eContainer();
    }
    return names;
  }
}
