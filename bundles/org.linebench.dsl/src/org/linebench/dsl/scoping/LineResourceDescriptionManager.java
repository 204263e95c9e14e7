package org.linebench.dsl.scoping;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.linebench.model.line.LinePackage;

/**
 * Decides which files an incremental build must check again after others changed. Xtext's default
 * looks at names only: a file is rebuilt when a name it refers to appeared, vanished or changed. A
 * line file also depends on the <em>content</em> of a few elements it refers to: the plant of a
 * {@code line L of P} (its country chooses the rule packs), and the station and equipment types of a
 * catalogue (a station inherits its type's cycle time, kind and stopping time). A file that refers to
 * one of those in a changed file is rebuilt too, whatever changed there; references that only need
 * the target to exist (flows, zones, the sensors of a plant's data sets) do not make it depend.
 */
public class LineResourceDescriptionManager extends DefaultResourceDescriptionManager
    implements IResourceDescription.Manager.AllChangeAware {

  private static final LinePackage L = LinePackage.eINSTANCE;

  /** References through which a file reads the target's content, not just its name. */
  public static final Set<EReference> CONTENT_REFERENCES = Set.of(L.getLine_Plant(), L.getStation_Type(), L.getEquipment_Type());

  @Override
  public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
      IResourceDescriptions context) {
    if (isAffected(deltas, candidate, context)) {
      return true; // a name it uses changed
    }
    Set<URI> changed = new HashSet<>();
    for (IResourceDescription.Delta d : deltas) {
      if (d.getNew() != null) {
        changed.add(d.getUri());
      }
    }
    return !changed.isEmpty() && readsContentOf(candidate, changed);
  }

  /** Whether the file refers through a content reference to an element of one of the given files. */
  public static boolean readsContentOf(IResourceDescription candidate, Set<URI> files) {
    for (IReferenceDescription r : candidate.getReferenceDescriptions()) {
      if (CONTENT_REFERENCES.contains(r.getEReference()) && r.getTargetEObjectUri() != null
          && files.contains(r.getTargetEObjectUri().trimFragment())) {
        return true;
      }
    }
    return false;
  }
}
