package org.linebench.aml.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;

import org.eclipse.osgi.util.NLS;
import org.linebench.aml.AmlException;
import org.linebench.aml.CaexSchema;

/**
 * The first pass of an import: the file's class libraries (role classes, interface classes,
 * system unit classes with their attributes and supported roles) and what LineBench wrote about
 * its instance hierarchies, read before the instances so that an InternalElement can be
 * classified when it starts. Instance hierarchies are skipped here.
 */
public final class ClassIndex {
  /** More classes than any real library has: a file beyond it is refused rather than held in memory. */
  static final int MAX_CLASSES = 200_000;

  final Map<String, String> roleBase = new HashMap<>();
  final Map<String, String> interfaceBase = new HashMap<>();
  final Map<String, CaexNode> units = new LinkedHashMap<>();
  /** System unit class libraries: name and the paths of their classes (nested ones included). */
  final Map<String, List<String>> unitLibraries = new LinkedHashMap<>();
  final Map<String, CaexNode.FileInfo> libraryFiles = new HashMap<>();
  final Map<String, CaexNode.FileInfo> hierarchyFiles = new HashMap<>();
  /** System unit classes whose path an earlier class has already: the first is used. */
  final List<CaexNode> duplicates = new ArrayList<>();
  /** Attribute types: path to the unit they declare. */
  final Map<String, String> attributeTypeUnits = new HashMap<>();
  /** ExternalReferences: alias, path and where they stand. */
  record Alias(String alias, String path, CaexNode.Position at) {}

  final List<Alias> aliases = new ArrayList<>();
  private CaexSchema.Version version;
  private int classes;

  private ClassIndex() {}

  /** Reads the class libraries of a CAEX 3.0 or 2.15 file. */
  public static ClassIndex read(Path file) throws IOException, AmlException {
    ClassIndex index = new ClassIndex();
    try (CaexReader r = new CaexReader(file)) {
      r.root();
      index.version = r.version();
      while (r.hasNext()) {
        int event = r.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (r.is("ExternalReference")) { //$NON-NLS-1$
          index.aliases.add(new Alias(r.attribute("Alias"), r.attribute("Path"), r.position())); //$NON-NLS-1$ //$NON-NLS-2$
          r.skip();
        } else if (r.is(Caex.INSTANCE_HIERARCHY)) {
          index.hierarchy(r);
        } else if (r.is(Caex.ROLE_CLASS_LIB)) {
          index.classes(r, r.attribute(Caex.NAME), Caex.ROLE_CLASS, index.roleBase);
        } else if (r.is(Caex.INTERFACE_CLASS_LIB)) {
          index.classes(r, r.attribute(Caex.NAME), Caex.INTERFACE_CLASS, index.interfaceBase);
        } else if (r.is(Caex.SYSTEM_UNIT_CLASS_LIB)) {
          index.unitLibrary(r);
        } else if (r.is(Caex.ATTRIBUTE_TYPE_LIB)) {
          index.attributeTypes(r, r.attribute(Caex.NAME));
        } else if (!r.is(Caex.CAEX_FILE)) {
          r.skip();
        }
      }
    }
    return index;
  }

  /** The file's CAEX version. */
  public CaexSchema.Version version() {
    return version;
  }

  private void hierarchy(CaexReader r) throws AmlException {
    String name = r.attribute(Caex.NAME);
    while (r.nextChild()) {
      if (r.is(Caex.ADDITIONAL_INFORMATION)) {
        CaexNode.FileInfo info = r.readFileInfo();
        if (info != null) {
          hierarchyFiles.put(name, info);
        }
      } else {
        r.skip();
      }
    }
  }

  /** A role or interface class library, or a class in it: each class's path and the path of its base class. */
  private void classes(CaexReader r, String path, String element, Map<String, String> base) throws AmlException {
    while (r.nextChild()) {
      if (r.is(element)) {
        count(r);
        String child = path + "/" + r.attribute(Caex.NAME); //$NON-NLS-1$
        base.put(child, r.attribute(Caex.REF_BASE_CLASS_PATH));
        classes(r, child, element, base);
      } else {
        r.skip();
      }
    }
  }

  private void attributeTypes(CaexReader r, String library) throws AmlException {
    while (r.nextChild()) {
      if (r.is(Caex.ATTRIBUTE_TYPE)) {
        count(r);
        String unit = r.attribute(Caex.UNIT);
        if (unit != null) {
          attributeTypeUnits.put(library + "/" + r.attribute(Caex.NAME), unit); //$NON-NLS-1$
        }
      }
      r.skip();
    }
  }

  /** The unit an attribute type declares, or null. */
  String attributeTypeUnit(String typePath) {
    return typePath == null ? null : attributeTypeUnits.get(typePath);
  }

  private void unitLibrary(CaexReader r) throws AmlException {
    String library = r.attribute(Caex.NAME);
    List<String> paths = unitLibraries.computeIfAbsent(library, k -> new ArrayList<>());
    while (r.nextChild()) {
      if (r.is(Caex.SYSTEM_UNIT_CLASS)) {
        unit(r, library, paths);
      } else if (r.is(Caex.ADDITIONAL_INFORMATION)) {
        CaexNode.FileInfo info = r.readFileInfo();
        if (info != null) {
          libraryFiles.put(library, info);
        }
      } else {
        r.skip();
      }
    }
  }

  private void unit(CaexReader r, String parentPath, List<String> paths) throws AmlException {
    count(r);
    CaexNode node = new CaexNode(r.attribute(Caex.NAME), r.attribute(Caex.ID), r.attribute(Caex.REF_BASE_CLASS_PATH), r.position());
    String path = parentPath + "/" + node.name; //$NON-NLS-1$
    node.path = path;
    if (units.putIfAbsent(path, node) == null) {
      paths.add(path);
    } else {
      duplicates.add(node);
    }
    while (r.nextChild()) {
      if (r.is(Caex.SYSTEM_UNIT_CLASS)) {
        unit(r, path, paths);
      } else if (r.is(Caex.ATTRIBUTE)) {
        node.attributes.add(r.readAttribute());
      } else if (r.is(Caex.DESCRIPTION)) {
        node.description = r.text();
      } else if (r.is(Caex.EXTERNAL_INTERFACE)) {
        node.interfaces.add(r.readInterface());
      } else if (r.is(Caex.SUPPORTED_ROLE_CLASS)) {
        node.roles.add(r.attribute(Caex.REF_ROLE_CLASS_PATH));
        r.skip();
      } else {
        r.skip();
      }
    }
  }

  private void count(CaexReader r) throws AmlException {
    if (++classes > MAX_CLASSES) {
      throw r.problem(NLS.bind(Messages.Import_tooManyClasses, MAX_CLASSES));
    }
  }

  /** A class path as written, resolved: absolute, or a class of the same library, or the only class of that name. */
  static String resolve(Map<String, ?> known, String path, String library) {
    if (path == null || known.containsKey(path)) {
      return path;
    }
    if (library != null && known.containsKey(library + "/" + path)) { //$NON-NLS-1$
      return library + "/" + path; //$NON-NLS-1$
    }
    String match = null;
    for (String k : known.keySet()) {
      if (k.endsWith("/" + path)) { //$NON-NLS-1$
        if (match != null) {
          return path;
        }
        match = k;
      }
    }
    return match != null ? match : path;
  }

  /** A role class and the role classes it derives from, nearest first. */
  List<String> roleChain(String role) {
    return chain(roleBase, role);
  }

  List<String> interfaceChain(String iface) {
    return chain(interfaceBase, iface);
  }

  private static List<String> chain(Map<String, String> base, String start) {
    Set<String> seen = new LinkedHashSet<>();
    String p = resolve(base, start, library(start));
    while (p != null && seen.add(p)) {
      p = resolve(base, base.get(p), library(p));
    }
    return new ArrayList<>(seen);
  }

  /** A system unit class and those it derives from, nearest first; only those in this file. */
  List<CaexNode> unitChain(String unitPath) {
    List<CaexNode> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String p = resolve(units, unitPath, library(unitPath));
    while (p != null && units.containsKey(p) && seen.add(p)) {
      CaexNode u = units.get(p);
      chain.add(u);
      p = resolve(units, u.basePath, library(p));
    }
    return chain;
  }

  /** The path of a system unit class in this file. */
  String unitPath(String written) {
    return resolve(units, written, library(written));
  }

  static String library(String path) {
    if (path == null) {
      return null;
    }
    int slash = path.indexOf('/');
    return slash < 0 ? null : path.substring(0, slash);
  }
}
