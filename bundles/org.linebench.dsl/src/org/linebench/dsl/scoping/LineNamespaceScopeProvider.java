package org.linebench.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.linebench.model.line.LineFile;

/**
 * Namespaces work like Java packages: the files of one namespace see each other's elements
 * without imports (a plant and its lines in files of their own); other namespaces are imported.
 */
public class LineNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

  @Override
  protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
    List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
    if (context instanceof LineFile file && file.getNamespace() != null && !file.getNamespace().isBlank()) {
      resolvers.add(new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(file.getNamespace()), true, ignoreCase));
    }
    return resolvers;
  }

  /**
   * A file's own names, as the default finds them (every object the name provider names, in content
   * order), visiting only what may hold a name.
   */
  @Override
  protected ISelectable internalGetAllDescriptions(Resource resource) {
    List<IEObjectDescription> all = new ArrayList<>();
    TreeIterator<EObject> contents = EcoreUtil.getAllContents(resource, false);
    while (contents.hasNext()) {
      EObject o = contents.next();
      if (NamedContents.mayBeNamed(o)) {
        QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(o);
        if (name != null) {
          all.add(new EObjectDescription(name, o, null));
        }
      }
      if (!NamedContents.mayContainNamed(o.eClass())) {
        contents.prune();
      }
    }
    return new MultimapBasedSelectable(all);
  }
}
