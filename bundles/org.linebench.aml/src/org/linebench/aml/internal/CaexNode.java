package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the import keeps of a CAEX InternalElement (or SystemUnitClass) while it streams: names,
 * values, interfaces, links, roles and nested elements, each with its place in the file. Text the
 * mapping does not use (geometry, mapping objects, revisions) is skipped while reading.
 */
public final class CaexNode {
  /** Where something starts in the file (line and column from 1). */
  public record Position(int line, int column) {}

  /** An Attribute: value (or default value), unit, data type, type reference, nested attributes. */
  public record Attribute(String name, String value, String unit, String dataType, String typePath, List<Attribute> children,
      Position at) {
    public Attribute child(String childName) {
      return children.stream().filter(c -> c.name().equals(childName)).findFirst().orElse(null);
    }
  }

  /** An ExternalInterface. */
  public record Interface(String name, String id, String classPath, List<Attribute> attributes, Position at) {
    public String attribute(String attributeName) {
      return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst().map(Attribute::value).orElse(null); // a value may be missing
    }
  }

  /** An InternalLink between the interfaces of these IDs. */
  public record Link(String name, String sideA, String sideB, Position at) {}

  /** LineBench's AdditionalInformation: the line file an element came from, its namespace and imports. */
  public record FileInfo(String file, String namespace, List<String> imports) {}

  public final String name;
  public final String id;
  /** RefBaseSystemUnitPath of an InternalElement, RefBaseClassPath of a SystemUnitClass. */
  public final String basePath;
  public final Position at;
  /** The names of the element and the elements it lies in, from its instance hierarchy: {@code Plant/Line1/OP10}. */
  public String path;
  public String description;
  public FileInfo fileInfo;
  public final List<Attribute> attributes = new ArrayList<>();
  public final List<Interface> interfaces = new ArrayList<>();
  public final List<CaexNode> children = new ArrayList<>();
  public final List<Link> links = new ArrayList<>();
  /** RoleRequirements of an InternalElement, SupportedRoleClasses of a SystemUnitClass. */
  public final List<String> roles = new ArrayList<>();
  /** What the mapping decided it is; null until then, or when it maps to nothing. */
  public Kind kind;

  public CaexNode(String name, String id, String basePath, Position at) {
    this.name = name;
    this.id = id;
    this.basePath = basePath;
    this.at = at;
  }

  public Attribute attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst().orElse(null);
  }

  public Interface findInterface(String interfaceName) {
    return interfaces.stream().filter(i -> i.name().equals(interfaceName)).findFirst().orElse(null);
  }

  @Override
  public String toString() {
    return name;
  }
}
