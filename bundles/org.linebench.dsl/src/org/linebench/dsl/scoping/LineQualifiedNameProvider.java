package org.linebench.dsl.scoping;

import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.linebench.model.line.LineFile;

import com.google.inject.Singleton;

/**
 * Qualified names start with the file's namespace: {@code lib.body.WeldCell}. One per injector: the
 * names are cached per resource anyway, and each instance builds its dispatcher by reflection.
 */
@Singleton
public class LineQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

  protected QualifiedName qualifiedName(LineFile file) {
    String ns = file.getNamespace();
    return ns == null || ns.isEmpty() ? null : getConverter().toQualifiedName(ns);
  }
}
