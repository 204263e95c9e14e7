package org.linebench.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.LinePackage;

/**
 * Which objects of a line file have a qualified name (a file with a namespace and the named
 * elements: the only class with a {@code name}), and which cannot contain one at any depth
 * (quantities, risk estimates, feature bindings ...), worked out once from the metamodel. Exporting
 * names and scoping a file visit only what may hold a name instead of asking every object for one.
 */
final class NamedContents {
  private static final EClass NAMED = LinePackage.eINSTANCE.getNamedElement();
  private static final Map<EClass, Boolean> HOLDS_NAMES = holdsNames(LinePackage.eINSTANCE, NAMED);

  private NamedContents() {}

  /** Whether the qualified name provider may give {@code o} a name. */
  static boolean mayBeNamed(EObject o) {
    return o instanceof LineFile || NAMED.isInstance(o);
  }

  /** Whether an instance of {@code c} may contain a named element; a class of another package may. */
  static boolean mayContainNamed(EClass c) {
    return HOLDS_NAMES.getOrDefault(c, Boolean.TRUE);
  }

  /**
   * For every class of {@code p}: whether an instance may contain, at any depth, an instance of
   * {@code named}. A containment whose type belongs to another package counts as yes.
   */
  static Map<EClass, Boolean> holdsNames(EPackage p, EClass named) {
    List<EClass> classes = new ArrayList<>();
    for (EClassifier c : p.getEClassifiers()) {
      if (c instanceof EClass e) {
        classes.add(e);
      }
    }
    Map<EClass, Boolean> holds = new HashMap<>();
    classes.forEach(c -> holds.put(c, false));
    for (boolean changed = true; changed;) { // until nothing changes: containment may be recursive
      changed = false;
      for (EClass c : classes) {
        if (!holds.get(c) && containsNamed(c, classes, holds, named)) {
          holds.put(c, true);
          changed = true;
        }
      }
    }
    return Map.copyOf(holds);
  }

  private static boolean containsNamed(EClass c, List<EClass> classes, Map<EClass, Boolean> holds, EClass named) {
    for (EReference r : c.getEAllContainments()) {
      EClass type = r.getEReferenceType();
      if (type.getEPackage() != c.getEPackage()) {
        return true;
      }
      for (EClass d : classes) {
        if (type.isSuperTypeOf(d) && (named.isSuperTypeOf(d) || holds.get(d))) {
          return true;
        }
      }
    }
    return false;
  }
}
