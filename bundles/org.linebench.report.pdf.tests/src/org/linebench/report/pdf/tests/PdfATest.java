package org.linebench.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of PDF/A-2b the technical file carries, read back (no validator: veraPDF is not available here). */
class PdfATest {

  @Test
  void metadataOutputIntentAndIdentifier(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.pdf");
    PdfFormatTest.validate(Locale.SIMPLIFIED_CHINESE, "examples/bodyshop-noncompliant", "--rules", "cn", "--format", "pdf", "--output", out.toString());
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertEquals(1.7f, pdf.getVersion(), 1e-6);
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
      // the metadata agrees with the document information, as PDF/A asks
      var info = pdf.getDocumentInformation();
      assertEquals("技术文件", info.getTitle());
      assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">技术文件</rdf:li>"), xmp);
      assertTrue(xmp.contains("<pdf:Producer>" + info.getProducer() + "</pdf:Producer>"), xmp);
      assertTrue(xmp.contains("<xmp:CreatorTool>" + info.getCreator() + "</xmp:CreatorTool>"), xmp);
      String created = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(info.getCreationDate().toInstant().atOffset(ZoneOffset.UTC));
      assertTrue(xmp.contains("<xmp:CreateDate>" + created + "</xmp:CreateDate>"), created + " in " + xmp);
      // an sRGB output intent for the device colours
      List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
      assertEquals(1, intents.size());
      assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
      ICC_Profile icc = ICC_Profile.getInstance(new org.apache.pdfbox.pdmodel.common.PDStream(intents.get(0).getDestOutputIntent()).toByteArray());
      assertEquals(ColorSpace.TYPE_RGB, icc.getColorSpaceType());
      assertEquals(3, intents.get(0).getDestOutputIntent().getInt(org.apache.pdfbox.cos.COSName.N));
      // a file identifier in the trailer
      assertNotNull(pdf.getDocument().getDocumentID(), "the trailer's /ID");
      // every font embedded (the writer has one, a subset)
      for (PDPage p : pdf.getPages()) {
        for (var n : p.getResources().getFontNames()) {
          assertTrue(p.getResources().getFont(n).isEmbedded());
        }
      }
    }
  }
}
