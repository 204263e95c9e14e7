package org.linebench.aml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.linebench.aml.internal.SecureXml;
import org.linebench.core.InputFiles;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The CAEX schemas (IEC 62424, as AutomationML e.V. publishes them; bundled): 3.0, which LineBench
 * writes, and 2.15 (AutomationML 2.0), which older tools still write and the import reads, and
 * validation against them. Validation streams: a file of any size is checked in constant memory.
 * The parser refuses a DOCTYPE and reads nothing from outside the file.
 */
public final class CaexSchema {
  private static final int MAX_PROBLEMS = 20;
  private static final Map<Version, Schema> SCHEMAS = new EnumMap<>(Version.class);

  private CaexSchema() {}

  /** The CAEX versions LineBench reads, with their schemas. */
  public enum Version {
    /** CAEX 3.0 (IEC 62424:2016, namespace {@code http://www.dke.de/CAEX}): AutomationML 2.1 and later. */
    V3_0("3.0", "/caex/CAEX_ClassModel_V.3.0.xsd"), //$NON-NLS-1$ //$NON-NLS-2$
    /** CAEX 2.15 (IEC 62424:2008, no namespace): AutomationML 2.0. */
    V2_15("2.15", "/caex/CAEX_ClassModel_V2.15.xsd"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String id;
    private final String resource;

    Version(String id, String resource) {
      this.id = id;
      this.resource = resource;
    }

    /** As the CAEXFile's SchemaVersion attribute writes it. */
    public String id() {
      return id;
    }
  }

  /** Where the schema finds a file invalid; line and column from 1. */
  public record Problem(int line, int column, String message) {}

  /** A bundled schema, loaded once. */
  public static synchronized Schema schema(Version version) throws IOException {
    Schema schema = SCHEMAS.get(version);
    if (schema == null) {
      URL xsd = CaexSchema.class.getResource(version.resource);
      if (xsd == null) {
        throw new IOException(version.resource + " is missing from the bundle"); //$NON-NLS-1$
      }
      try {
        schema = SecureXml.schemaFactory().newSchema(xsd);
      } catch (SAXException e) {
        throw new IOException(e.getMessage(), e);
      }
      SCHEMAS.put(version, schema);
    }
    return schema;
  }

  /** Validates a file against the CAEX 3.0 schema; the first problems found (at most 20), none when it is valid. */
  public static List<Problem> validate(Path file, Locale locale) throws IOException {
    return validate(file, Version.V3_0, locale);
  }

  /** Validates a file against a CAEX version's schema; the first problems found (at most 20), none when it is valid. */
  public static List<Problem> validate(Path file, Version version, Locale locale) throws IOException {
    try (InputStream in = InputFiles.newInputStream(file)) {
      return validate(in, version, locale);
    }
  }

  /** Validates a document read from the stream against the CAEX 3.0 schema. */
  public static List<Problem> validate(InputStream in, Locale locale) throws IOException {
    return validate(in, Version.V3_0, locale);
  }

  /** Validates a document read from the stream against a CAEX version's schema. */
  public static List<Problem> validate(InputStream in, Version version, Locale locale) throws IOException {
    List<Problem> problems = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // warnings do not make a document invalid
      }

      @Override
      public void error(SAXParseException e) throws SAXException {
        problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        if (problems.size() >= MAX_PROBLEMS) {
          throw e;
        }
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        throw e;
      }
    };
    Validator v = schema(version).newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
      setLocale(v, locale);
      v.setErrorHandler(collect);
      v.validate(new SAXSource(reader(locale), new InputSource(in)));
    } catch (SAXParseException e) {
      // collected
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException(e.getMessage(), e);
    }
    return problems;
  }

  private static XMLReader reader(Locale locale) throws SAXException, ParserConfigurationException {
    SAXParserFactory f = SAXParserFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
    f.setFeature("http://xml.org/sax/features/external-general-entities", false); //$NON-NLS-1$
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false); //$NON-NLS-1$
    XMLReader r = f.newSAXParser().getXMLReader();
    try {
      r.setProperty("http://apache.org/xml/properties/locale", locale); //$NON-NLS-1$
    } catch (SAXException e) {
      // the parser's messages stay in its default language
    }
    return r;
  }

  private static void setLocale(Validator v, Locale locale) {
    try {
      v.setProperty("http://apache.org/xml/properties/locale", locale); //$NON-NLS-1$
    } catch (SAXException e) {
      // the validator's messages stay in its default language
    }
  }
}
