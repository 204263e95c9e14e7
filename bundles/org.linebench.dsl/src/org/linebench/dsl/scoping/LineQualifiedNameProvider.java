package org.linebench.dsl.scoping;

import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.linebench.model.line.LineFile;

/** Qualified names start with the file's namespace: {@code lib.body.WeldCell}. */
public class LineQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

  protected QualifiedName qualifiedName(LineFile file) {
    String ns = file.getNamespace();
    return ns == null || ns.isEmpty() ? null : getConverter().toQualifiedName(ns);
  }
}
