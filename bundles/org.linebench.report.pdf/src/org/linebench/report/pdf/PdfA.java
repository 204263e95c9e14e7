package org.linebench.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What PDF/A-2b asks of the file beyond embedded fonts (the writer embeds its only font) and no
 * transparency (it draws none): an XMP metadata packet naming the part and conformance and agreeing
 * with the document information (title, creator, producer, dates), and an output intent with an sRGB
 * ICC profile for the device colours it uses (Java's own sRGB profile). The packet is written here
 * as text rather than with xmpbox, which is not in the target platform. Not checked by a validator
 * (veraPDF is not available here): the tests read the parts back.
 */
final class PdfA {
  static final String SRGB = "sRGB IEC61966-2.1"; //$NON-NLS-1$

  private PdfA() {}

  static void apply(PDDocument doc, String title, String language) throws IOException {
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("LineBench"); //$NON-NLS-1$
    info.setProducer("LineBench with Apache PDFBox"); //$NON-NLS-1$
    Calendar c = GregorianCalendar.from(now);
    info.setCreationDate(c);
    info.setModificationDate(c);
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xmp(title, language, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now)).getBytes(StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(metadata);
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org"); //$NON-NLS-1$
    doc.getDocumentCatalog().addOutputIntent(intent);
  }

  /** The XMP packet: PDF/A identification, Dublin Core title, the XMP and PDF basics the information dictionary repeats. */
  static String xmp(String title, String language, String date) {
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" //$NON-NLS-1$
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n" //$NON-NLS-1$
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" //$NON-NLS-1$
        + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n" //$NON-NLS-1$
        + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n" //$NON-NLS-1$
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n" //$NON-NLS-1$
        + "<dc:format>application/pdf</dc:format>\n" //$NON-NLS-1$
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n" //$NON-NLS-1$ //$NON-NLS-2$
        + "<dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n</rdf:Description>\n" //$NON-NLS-1$ //$NON-NLS-2$
        + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n" //$NON-NLS-1$
        + "<xmp:CreatorTool>LineBench</xmp:CreatorTool>\n<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date //$NON-NLS-1$ //$NON-NLS-2$
        + "</xmp:ModifyDate>\n</rdf:Description>\n" //$NON-NLS-1$
        + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n" //$NON-NLS-1$
        + "<pdf:Producer>LineBench with Apache PDFBox</pdf:Producer>\n</rdf:Description>\n" //$NON-NLS-1$
        + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"; //$NON-NLS-1$
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
  }
}
