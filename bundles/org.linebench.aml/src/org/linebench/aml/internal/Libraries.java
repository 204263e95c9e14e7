package org.linebench.aml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The class libraries every export carries: AutomationML's standard interface class, base role
 * class and base attribute type libraries (copied from the bundled resource), and LineBench's own
 * libraries of role classes, system unit classes, interface classes and attribute types.
 */
final class Libraries {
  private static final String STANDARD = "/caex/AutomationMLStandardLibraries.xml"; //$NON-NLS-1$
  private static final String VERSION = "1.0.0"; //$NON-NLS-1$

  private Libraries() {}

  static void interfaceClasses(CaexOut out) throws XMLStreamException, IOException {
    copyStandard(out, Caex.INTERFACE_CLASS_LIB);
    out.start(Caex.INTERFACE_CLASS_LIB).attr(Caex.NAME, Caex.LB_INTERFACES);
    out.element(Caex.DESCRIPTION, "LineBench interface classes: material ports and references between line elements"); //$NON-NLS-1$
    out.element(Caex.VERSION, VERSION);
    out.start(Caex.INTERFACE_CLASS).attr(Caex.NAME, leaf(Caex.LB_MATERIAL_PORT)).attr(Caex.REF_BASE_CLASS_PATH, Caex.AML_PORT).end();
    out.start(Caex.INTERFACE_CLASS).attr(Caex.NAME, leaf(Caex.LB_REFERENCE)).attr(Caex.REF_BASE_CLASS_PATH, Caex.AML_BASE_INTERFACE).end();
    out.start(Caex.INTERFACE_CLASS).attr(Caex.NAME, leaf(Caex.LB_REFERENCED)).attr(Caex.REF_BASE_CLASS_PATH, Caex.AML_BASE_INTERFACE).end();
    out.start(Caex.INTERFACE_CLASS).attr(Caex.NAME, leaf(Caex.LB_FEATURE_BINDING)).attr(Caex.REF_BASE_CLASS_PATH, Caex.LB_REFERENCE);
    CaexAttributes.declare(out, Attr.FEATURE);
    out.end();
    out.end();
  }

  static void roleClasses(CaexOut out) throws XMLStreamException, IOException {
    copyStandard(out, Caex.ROLE_CLASS_LIB);
    out.start(Caex.ROLE_CLASS_LIB).attr(Caex.NAME, Caex.LB_ROLES);
    out.element(Caex.DESCRIPTION, "LineBench role classes: plants, lines, stations, equipment, safety, sensors, models, data"); //$NON-NLS-1$
    out.element(Caex.VERSION, VERSION);
    for (String[] r : Kind.ABSTRACT_ROLES) {
      out.start(Caex.ROLE_CLASS).attr(Caex.NAME, r[0]).attr(Caex.REF_BASE_CLASS_PATH, r[1]).end();
    }
    for (Kind k : Kind.values()) {
      out.start(Caex.ROLE_CLASS).attr(Caex.NAME, k.className()).attr(Caex.REF_BASE_CLASS_PATH, k.baseRole()).end();
    }
    out.end();
  }

  /** LineBench's system unit classes: one per role, which the elements and the catalogue's types derive from. */
  static void systemUnitClasses(CaexOut out) throws XMLStreamException {
    out.start(Caex.SYSTEM_UNIT_CLASS_LIB).attr(Caex.NAME, Caex.LB_UNITS);
    out.element(Caex.DESCRIPTION, "LineBench system unit classes: the element kinds of a line, each supporting its role"); //$NON-NLS-1$
    out.element(Caex.VERSION, VERSION);
    for (Kind k : Kind.values()) {
      out.start(Caex.SYSTEM_UNIT_CLASS).attr(Caex.NAME, k.className());
      out.start(Caex.SUPPORTED_ROLE_CLASS).attr(Caex.REF_ROLE_CLASS_PATH, k.rolePath()).end();
      out.end();
    }
    out.end();
  }

  static void attributeTypes(CaexOut out) throws XMLStreamException, IOException {
    copyStandard(out, Caex.ATTRIBUTE_TYPE_LIB);
    out.start(Caex.ATTRIBUTE_TYPE_LIB).attr(Caex.NAME, Caex.LB_ATTRIBUTES);
    out.element(Caex.DESCRIPTION, "LineBench attribute types: the values of lines, stations, equipment, safety devices and functions"); //$NON-NLS-1$
    out.element(Caex.VERSION, VERSION);
    Map<String, Attr> types = new LinkedHashMap<>();
    for (Attr a : Attr.values()) {
      if (a.typeName() != null) {
        types.putIfAbsent(a.typeName(), a);
      }
    }
    for (Attr a : types.values()) {
      out.start(Caex.ATTRIBUTE_TYPE).attr(Caex.NAME, a.typeName()).attr(Caex.UNIT, a.unit()).attr(Caex.DATA_TYPE, a.dataType()).end();
    }
    out.end();
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Copies the standard library of this element name (InterfaceClassLib, ...) from the bundled resource. */
  private static void copyStandard(CaexOut out, String library) throws XMLStreamException, IOException {
    try (InputStream in = Libraries.class.getResourceAsStream(STANDARD)) {
      if (in == null) {
        throw new IOException(STANDARD + " is missing from the bundle"); //$NON-NLS-1$
      }
      XMLStreamReader r = SecureXml.reader(in);
      try {
        int depth = -1;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamReader.START_ELEMENT) {
            if (depth < 0 && r.getLocalName().equals(library)) {
              depth = 0;
            }
            if (depth >= 0) {
              depth++;
              out.start(r.getLocalName());
              for (int i = 0; i < r.getAttributeCount(); i++) {
                out.attr(r.getAttributeLocalName(i), r.getAttributeValue(i));
              }
            }
          } else if (event == XMLStreamReader.CHARACTERS && depth > 0 && !r.isWhiteSpace()) {
            out.text(r.getText());
          } else if (event == XMLStreamReader.END_ELEMENT && depth > 0) {
            out.end();
            if (--depth == 0) {
              return;
            }
          }
        }
      } finally {
        r.close();
      }
    }
  }
}
