package org.linebench.aml.internal;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * XML parsers that read AutomationML safely: no document type definitions (their readers refuse a
 * DOCTYPE outright), no external entities, no external schemas or DTDs, the JDK's secure-processing
 * limits on entity expansion and sizes. The JDK's own implementations are used, whatever else the
 * class path offers.
 */
public final class SecureXml {
  private SecureXml() {}

  private static final XMLInputFactory INPUT = inputFactory();

  private static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external entity refused: " + systemId); //$NON-NLS-1$
    });
    return f;
  }

  /** A streaming reader of the input; the caller closes both. */
  public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    synchronized (INPUT) {
      return INPUT.createXMLStreamReader(in);
    }
  }

  /** A schema factory for W3C XML Schema that reads no external DTD or schema. */
  public static SchemaFactory schemaFactory() throws SAXException {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
    return f;
  }
}
