package org.linebench.aml.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.linebench.dsl.api.Effective;
import org.linebench.model.line.EquipmentType;
import org.linebench.model.line.Import;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationType;
import org.linebench.model.line.TopLevelElement;

/**
 * Writes line files as one CAEX 3.0 document: an InstanceHierarchy per file that declares plants
 * (a plant's lines nested in it, also those declared in files of their own), a SystemUnitClassLib
 * per namespace that declares station and equipment types, and the class libraries the elements
 * refer to. Element IDs are name-based UUIDs of the elements' qualified names: the same line gives
 * the same IDs in every export.
 */
public final class LineToCaex {

  /** A line file to export: its path relative to the export's base folder, and its model. */
  public record Input(Path relative, LineFile file) {}

  private final CaexOut out;
  private final List<Input> inputs;
  private final Map<LineFile, Input> inputOf = new HashMap<>();
  private final Map<Plant, List<Line>> linesOf = new LinkedHashMap<>();
  private final References references;
  private final CaexElements elements;

  private LineToCaex(CaexOut out, List<Input> inputs, BiFunction<EObject, String, String> fileUri) {
    this.out = out;
    this.inputs = inputs;
    for (Input i : inputs) {
      inputOf.put(i.file(), i);
    }
    for (Input i : inputs) {
      for (TopLevelElement e : i.file().getElements()) {
        if (e instanceof Plant p) {
          linesOf.computeIfAbsent(p, k -> new ArrayList<>()).addAll(p.getLines());
        }
      }
    }
    for (Input i : inputs) {
      for (TopLevelElement e : i.file().getElements()) {
        if (e instanceof Line l && Effective.plant(l) != null) {
          linesOf.computeIfAbsent(Effective.plant(l), k -> new ArrayList<>()).add(l);
        }
      }
    }
    references = new References(this::parent, this::id);
    for (Input i : inputs) {
      references.collect(i.file());
    }
    elements = new CaexElements(out, references, fileUri);
  }

  /**
   * Writes the document.
   *
   * @param fileName the CAEX FileName (the target file's name)
   * @param origin the writer's name and version, for SourceDocumentInformation
   * @param fileUri a file an element names (relative to its line file: a model's card, data, readings) as a URI relative to the target file
   * @return warnings: references that could not be written as links
   */
  public static List<String> write(OutputStream stream, String fileName, String[] origin, List<Input> inputs,
      BiFunction<EObject, String, String> fileUri, Instant now) throws IOException {
    try (CaexOut out = new CaexOut(stream)) {
      LineToCaex w = new LineToCaex(out, inputs, fileUri);
      w.document(fileName, origin, now);
      return w.references.warnings();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private void document(String fileName, String[] origin, Instant now) throws XMLStreamException, IOException {
    out.start(Caex.CAEX_FILE).attr("SchemaVersion", Caex.SCHEMA_VERSION).attr("FileName", fileName); //$NON-NLS-1$ //$NON-NLS-2$
    out.element(Caex.SUPERIOR_STANDARD_VERSION, Caex.AUTOMATIONML);
    out.start(Caex.SOURCE_DOCUMENT_INFORMATION).attr("OriginName", origin[0]).attr("OriginID", origin[1]) //$NON-NLS-1$ //$NON-NLS-2$
        .attr("OriginVersion", origin[2]).attr("OriginVendor", origin[0]) //$NON-NLS-1$ //$NON-NLS-2$
        .attr("LastWritingDateTime", now.toString()).end(); //$NON-NLS-1$
    for (Input i : inputs) {
      List<Plant> plants = i.file().getElements().stream().filter(Plant.class::isInstance).map(Plant.class::cast).toList();
      if (!plants.isEmpty()) {
        out.start(Caex.INSTANCE_HIERARCHY).attr(Caex.NAME, slashed(i.relative())).attr(Caex.ID, uuid("file:" + slashed(i.relative()))); //$NON-NLS-1$
        fileInformation(i);
        for (Plant p : plants) {
          element(p);
        }
        out.end();
      }
    }
    Libraries.interfaceClasses(out);
    Libraries.roleClasses(out);
    Libraries.systemUnitClasses(out);
    typeLibraries();
    Libraries.attributeTypes(out);
    out.end();
  }

  /** Where an element came from: its file (relative), the file's namespace and imports. */
  private void fileInformation(Input i) throws XMLStreamException {
    List<String> imports = i.file().getImports().stream().map(Import::getImportedNamespace).toList();
    out.start(Caex.ADDITIONAL_INFORMATION).attr(Caex.LB_FILE, slashed(i.relative())).attr(Caex.LB_NAMESPACE, i.file().getNamespace())
        .attr(Caex.LB_IMPORTS, imports.isEmpty() ? null : String.join(" ", imports)).end(); //$NON-NLS-1$
  }

  private void element(EObject e) throws XMLStreamException {
    Kind kind = Kind.of(e);
    NamedElement named = (NamedElement) e;
    out.start(Caex.INTERNAL_ELEMENT).attr(Caex.NAME, named.getName()).attr(Caex.ID, id(e)).attr(Caex.REF_BASE_SYSTEM_UNIT_PATH, unitPath(e, kind));
    if (named.getLabel() != null) {
      out.element(Caex.DESCRIPTION, named.getLabel());
    }
    if (e instanceof Line l && !(l.eContainer() instanceof Plant)) {
      fileInformation(inputOf.get((LineFile) l.eContainer()));
    }
    elements.attributes(e);
    elements.interfaces(e);
    for (EObject child : children(e)) {
      element(child);
    }
    for (References.Link link : references.heldBy(e)) {
      out.start(Caex.INTERNAL_LINK).attr(Caex.NAME, link.name()).attr(Caex.REF_PARTNER_SIDE_A, link.sideA())
          .attr(Caex.REF_PARTNER_SIDE_B, link.sideB()).end();
    }
    out.start(Caex.ROLE_REQUIREMENTS).attr(Caex.REF_BASE_ROLE_CLASS_PATH, kind.rolePath()).end();
    out.end();
  }

  /** The system unit class an element is an instance of: its type's, or LineBench's for its kind. */
  private static String unitPath(EObject e, Kind kind) {
    EObject type = e instanceof Station s ? s.getType() : e instanceof org.linebench.model.line.Equipment q ? q.getType() : null;
    if (type instanceof TopLevelElement t && !t.eIsProxy() && t.eContainer() instanceof LineFile f) {
      return typeLibrary(f) + "/" + t.getName(); //$NON-NLS-1$
    }
    return kind.unitPath();
  }

  /** The name of the SystemUnitClassLib of a file's types: its namespace. */
  static String typeLibrary(LineFile f) {
    return f.getNamespace() == null ? "types" : f.getNamespace(); //$NON-NLS-1$
  }

  /** The elements nested in an element, in the order of the text where there is one. */
  private List<EObject> children(EObject e) {
    List<EObject> children = new ArrayList<>();
    if (e instanceof Plant p) {
      // calendars before the lines that work by them: the import resolves a line's calendar when the line ends
      children.addAll(p.getCalendars());
      children.addAll(linesOf.getOrDefault(p, List.of()));
      children.addAll(p.getDataSets());
      children.addAll(p.getDataFlows());
      return children;
    }
    for (EObject c : e.eContents()) {
      if (Kind.of(c) != null) {
        children.add(c);
      }
    }
    children.sort(Comparator.comparingInt(LineToCaex::offset));
    return children;
  }

  private static int offset(EObject e) {
    ICompositeNode n = NodeModelUtils.getNode(e);
    return n == null ? 0 : n.getOffset();
  }

  private void typeLibraries() throws XMLStreamException {
    Map<String, List<TopLevelElement>> byLibrary = new LinkedHashMap<>();
    Map<String, Input> firstFile = new LinkedHashMap<>();
    for (Input i : inputs) {
      for (TopLevelElement t : i.file().getElements()) {
        if (t instanceof StationType || t instanceof EquipmentType) {
          byLibrary.computeIfAbsent(typeLibrary(i.file()), k -> new ArrayList<>()).add(t);
          firstFile.putIfAbsent(typeLibrary(i.file()), i);
        }
      }
    }
    for (Map.Entry<String, List<TopLevelElement>> lib : byLibrary.entrySet()) {
      out.start(Caex.SYSTEM_UNIT_CLASS_LIB).attr(Caex.NAME, lib.getKey());
      fileInformation(firstFile.get(lib.getKey()));
      for (TopLevelElement t : lib.getValue()) {
        elements.type(t);
      }
      out.end();
    }
  }

  /** The element's parent in the CAEX hierarchy: a line's plant, even when it is declared in a file of its own. */
  EObject parent(EObject e) {
    if (e instanceof Line l) {
      return Effective.plant(l);
    }
    EObject c = e.eContainer();
    return c instanceof LineFile ? null : c;
  }

  /** The element's ID: a name-based UUID of its path in the hierarchy. */
  String id(EObject e) {
    List<String> names = new ArrayList<>();
    for (EObject x = e; x != null; x = parent(x)) {
      names.add(0, x instanceof NamedElement n ? n.getName() : String.valueOf(x.eContainingFeature().getName()));
      if (parent(x) == null && x.eContainer() instanceof LineFile f && f.getNamespace() != null) {
        names.add(0, f.getNamespace());
      }
    }
    return uuid("element:" + String.join("/", names)); //$NON-NLS-1$ //$NON-NLS-2$
  }

  static String uuid(String key) {
    return UUID.nameUUIDFromBytes(("linebench:" + key).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
  }

  private static String slashed(Path p) {
    return p.toString().replace('\\', '/');
  }
}
