package org.linebench.aml.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linebench.aml.ImportReport;

/** What every step of an import shares: the file, its class libraries, the classifier and the report. */
final class ImportContext {
  final Path aml;
  final ClassIndex index;
  final Classifier classifier;
  final ImportReport report;
  /** The system unit classes written as station or equipment types: their paths and what they became. */
  final Map<String, TypeRef> types = new HashMap<>();
  /** Namespaces of the types written from other tools' libraries: the files of their hierarchies import them. */
  final Set<String> typeNamespaces = new LinkedHashSet<>();
  /** The share of the pieces a material port passes on (a flow's probability), by the port's ID and by ElementID:Name. */
  final Map<String, org.linebench.model.line.Quantity> shares = new HashMap<>();

  /** A system unit class written as a type: of which kind, by which name. */
  record TypeRef(Kind kind, String name) {}

  ImportContext(Path aml, ClassIndex index, ImportReport report) {
    this.aml = aml;
    this.index = index;
    this.classifier = new Classifier(index);
    this.report = report;
  }

  /** The values of an element, with those of its system unit classes behind them. */
  Values values(CaexNode n) {
    List<CaexNode> classes = n.basePath == null ? List.of() : index.unitChain(n.basePath);
    return new Values(n, classes, this);
  }

  /** The type an element's system unit class was written as, when it is one of this kind. */
  TypeRef type(CaexNode n, Kind kind) {
    if (n.basePath == null) {
      return null;
    }
    TypeRef t = types.get(index.unitPath(n.basePath));
    return t != null && t.kind() == kind ? t : null;
  }

  /** Reports the role and system unit classes an element names that the file does not have (nor refers to by an alias). */
  void checkClasses(CaexNode n) {
    if (n.basePath != null && !n.basePath.contains("@") && !index.units.containsKey(index.unitPath(n.basePath))) { //$NON-NLS-1$
      unmapped(n, org.eclipse.osgi.util.NLS.bind(Messages.Import_unknownClass, n.basePath));
    }
    for (String role : n.roles) {
      if (role != null && !role.contains("@") && !index.roleBase.containsKey(ClassIndex.resolve(index.roleBase, role, ClassIndex.library(role)))) { //$NON-NLS-1$
        unmapped(n, org.eclipse.osgi.util.NLS.bind(Messages.Import_unknownClass, role));
      }
    }
  }

  void unmapped(CaexNode n, String message) {
    report.add(n.at.line(), n.at.column(), n.path, ImportReport.Type.UNMAPPED, message);
  }

  void unmapped(CaexNode n, CaexNode.Attribute a, String message) {
    report.add(a.at().line(), a.at().column(), n.path + "." + a.name(), ImportReport.Type.UNMAPPED, message); //$NON-NLS-1$
  }

  void unmapped(CaexNode.Position at, String element, String message) {
    report.add(at.line(), at.column(), element, ImportReport.Type.UNMAPPED, message);
  }

  void changed(CaexNode n, String message) {
    report.add(n.at.line(), n.at.column(), n.path, ImportReport.Type.CHANGED, message);
  }

  void changed(CaexNode n, CaexNode.Attribute a, String message) {
    report.add(a.at().line(), a.at().column(), n.path + "." + a.name(), ImportReport.Type.CHANGED, message); //$NON-NLS-1$
  }
}
