package org.linebench.aml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.linebench.aml.AmlException;
import org.linebench.aml.CaexSchema;
import org.linebench.core.InputFiles;

/**
 * A secure streaming reader of a CAEX file with the helpers both import passes use: reading
 * Attribute and ExternalInterface elements whole, element text, skipping subtrees. A DOCTYPE is
 * refused (AutomationML needs none; it is how entity bombs and external entities come in), and so is
 * anything that is not a CAEX 3.0 document; XML errors come with line and column.
 */
final class CaexReader implements AutoCloseable {
  /** Longest text kept of a value or description; longer ones are cut (a value is no document). */
  static final int MAX_TEXT = 64 * 1024;

  private final Path file;
  private final InputStream in;
  private final XMLStreamReader r;
  /** The namespace of the file's CAEX elements: CAEX 3.0's, or none in CAEX 2.15. */
  private String ns = Caex.NS;
  private CaexSchema.Version version;

  CaexReader(Path file) throws IOException, AmlException {
    this.file = file;
    this.in = InputFiles.newInputStream(file); // a FIFO or device is refused before it is opened
    try {
      this.r = SecureXml.reader(in);
    } catch (XMLStreamException e) {
      in.close();
      throw error(e);
    }
  }

  /** Moves to the root element and checks it is a CAEXFile of CAEX 3.0 or 2.15. */
  void root() throws AmlException {
    int event = next();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw problem(NLS.bind(Messages.Import_notCaex, "-")); //$NON-NLS-1$
      }
      event = next();
    }
    if (!Caex.CAEX_FILE.equals(r.getLocalName())) {
      throw problem(NLS.bind(Messages.Import_notCaex, r.getLocalName()));
    }
    String ns = namespace();
    String written = attribute("SchemaVersion"); //$NON-NLS-1$
    if (Caex.NS.equals(ns)) {
      version = CaexSchema.Version.V3_0;
    } else if (ns.isEmpty() && CaexSchema.Version.V2_15.id().equals(written)) {
      version = CaexSchema.Version.V2_15; // no namespace: every element of the file is read as CAEX 2.15's
      this.ns = ns;
    } else {
      throw problem(NLS.bind(Messages.Import_caexVersion, written == null ? "?" : written, ns.isEmpty() ? "-" : ns)); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  /** The file's CAEX version, known once {@link #root()} has read the root element. */
  CaexSchema.Version version() {
    return version;
  }

  private String namespace() {
    String ns = r.getNamespaceURI();
    return ns == null ? "" : ns; //$NON-NLS-1$
  }

  /** The next event; a DOCTYPE or an XML error stops the reading. */
  int next() throws AmlException {
    try {
      int event = r.next();
      if (event == XMLStreamConstants.DTD) {
        throw problem(Messages.Import_doctype);
      }
      return event;
    } catch (XMLStreamException e) {
      throw error(e);
    }
  }

  boolean hasNext() throws AmlException {
    try {
      return r.hasNext();
    } catch (XMLStreamException e) {
      throw error(e);
    }
  }

  String name() {
    return r.getLocalName();
  }

  /** Whether the current element is a CAEX element of this name. */
  boolean is(String name) {
    return ns.equals(namespace()) && name.equals(r.getLocalName());
  }

  String attribute(String name) {
    return r.getAttributeValue(null, name);
  }

  CaexNode.Position position() {
    Location l = r.getLocation();
    return new CaexNode.Position(l.getLineNumber(), l.getColumnNumber());
  }

  /** The text of the current element (no nested elements), cut at {@link #MAX_TEXT}; moves to its end. */
  String text() throws AmlException {
    return content(true);
  }

  /** Skips the current element and everything in it. */
  void skip() throws AmlException {
    content(false);
  }

  private String content(boolean keep) throws AmlException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (keep && depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && b.length() < MAX_TEXT) {
        b.append(r.getText(), 0, Math.min(r.getTextLength(), MAX_TEXT - b.length()));
      }
    }
    return b.toString();
  }

  /**
   * Moves to the next element inside the current one: true when the reader is on its start, false
   * when the current element ended. The caller reads or {@link #skip skips} each child it is given.
   */
  boolean nextChild() throws AmlException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
  }

  /** Reads the Attribute element the reader is on, with its nested attributes. */
  CaexNode.Attribute readAttribute() throws AmlException {
    CaexNode.Position at = position();
    String name = attribute(Caex.NAME);
    String unit = attribute(Caex.UNIT);
    String dataType = attribute(Caex.DATA_TYPE);
    String type = attribute(Caex.REF_ATTRIBUTE_TYPE);
    String value = null;
    String defaultValue = null;
    List<CaexNode.Attribute> children = new ArrayList<>();
    while (nextChild()) {
      if (is(Caex.VALUE)) {
        value = text();
      } else if (is(Caex.DEFAULT_VALUE)) {
        defaultValue = text();
      } else if (is(Caex.ATTRIBUTE)) {
        children.add(readAttribute());
      } else {
        skip();
      }
    }
    return new CaexNode.Attribute(name, value != null ? value : defaultValue, unit, dataType, type, children, at);
  }

  /** Reads the ExternalInterface element the reader is on; nested interfaces are skipped. */
  CaexNode.Interface readInterface() throws AmlException {
    CaexNode.Position at = position();
    String name = attribute(Caex.NAME);
    String id = attribute(Caex.ID);
    String classPath = attribute(Caex.REF_BASE_CLASS_PATH);
    List<CaexNode.Attribute> attributes = new ArrayList<>();
    while (nextChild()) {
      if (is(Caex.ATTRIBUTE)) {
        attributes.add(readAttribute());
      } else {
        skip();
      }
    }
    return new CaexNode.Interface(name, id, classPath, attributes, at);
  }

  /** LineBench's AdditionalInformation, or null when the element the reader is on is someone else's. */
  CaexNode.FileInfo readFileInfo() throws AmlException {
    String fileName = attribute(Caex.LB_FILE);
    String namespace = attribute(Caex.LB_NAMESPACE);
    String imports = attribute(Caex.LB_IMPORTS);
    skip();
    if (fileName == null && namespace == null) {
      return null;
    }
    return new CaexNode.FileInfo(fileName, namespace, imports == null || imports.isBlank() ? List.of()
        : Arrays.asList(imports.trim().split("\\s+"))); //$NON-NLS-1$
  }

  AmlException problem(String message) {
    CaexNode.Position p = position();
    return new AmlException(file, p.line(), p.column(), message);
  }

  private AmlException error(XMLStreamException e) {
    Location l = e.getLocation();
    String message = e.getMessage();
    int at = message == null ? -1 : message.indexOf("Message: "); //$NON-NLS-1$
    if (at >= 0) {
      message = message.substring(at + "Message: ".length()); //$NON-NLS-1$
    }
    return new AmlException(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber(),
        NLS.bind(Messages.Import_notXml, message));
  }

  @Override
  public void close() throws IOException {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // closing
    } finally {
      in.close();
    }
  }
}
