package org.linebench.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
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
}
