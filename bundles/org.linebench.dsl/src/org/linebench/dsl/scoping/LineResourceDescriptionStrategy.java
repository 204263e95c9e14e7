package org.linebench.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import com.google.inject.Singleton;

/**
 * Exports what Xtext's default exports (a file's namespace and its named elements), computing a
 * qualified name only for those and not descending into what cannot hold one, where the default
 * asks every object of the file for its name (tested against the default).
 */
@Singleton
public class LineResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

  @Override
  public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
    if (NamedContents.mayBeNamed(eObject)) {
      super.createEObjectDescriptions(eObject, acceptor);
    }
    return NamedContents.mayContainNamed(eObject.eClass());
  }
}
