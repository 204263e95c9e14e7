package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;

/**
 * Line files as editors write them, and as nobody should: a byte-order mark, GBK from a Chinese
 * Windows editor, UTF-16, bytes of no known encoding, a FIFO, a file too large to be a line file.
 * Each is read right or refused with what it is; none gives false findings or hangs.
 */
class HostileLineFilesTest {
  private static final String CHINESE = ValidationTest.CLEAN.replace("plant P {", "plant P \"长春车身车间\" {")
      .replace("station B manual-workstation {", "station B \"人工工位\" manual-workstation {");

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  /** Loads one file; the findings must be those of the same text in UTF-8 without BOM. */
  private LineModels.Result sameAsUtf8(Path f) throws IOException {
    LineModels.Result r = LineModels.load(List.of(f));
    Path plain = write("plain-" + f.getFileName(), CHINESE.getBytes(StandardCharsets.UTF_8));
    List<String> expected = LineModels.load(List.of(plain)).issues().stream().map(i -> i.line() + ":" + i.column() + " " + i.message()).toList();
    assertEquals(expected, r.issues().stream().map(i -> i.line() + ":" + i.column() + " " + i.message()).toList());
    assertEquals(1, r.files().size());
    return r;
  }

  @Test
  void aUtf8ByteOrderMarkIsNoCharacterOfTheText() throws IOException {
    Path f = write("bom.line", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CHINESE.getBytes(StandardCharsets.UTF_8)));
    LineModels.Result r = sameAsUtf8(f);
    assertTrue(r.issues().stream().noneMatch(i -> i.message().contains("\uFEFF")), r.issues().toString());
    assertEquals(List.of(), r.encodingNotes(), "UTF-8 with a BOM is UTF-8");
  }

  @Test
  void gbkFromAChineseWindowsEditorIsReadAsGb18030AndSaidSo() throws IOException {
    Path f = write("gbk.line", CHINESE.getBytes(Charset.forName("GBK")));
    LineModels.Result r = sameAsUtf8(f);
    assertEquals("长春车身车间", ((org.linebench.model.line.Plant) r.files().get(f).getElements().get(0)).getLabel());
    assertEquals(List.of(f + ": read as GB18030 (not UTF-8); LineBench writes line files in UTF-8"), r.encodingNotes());
    LineFiles.Text text = LineFiles.read(f);
    assertEquals(CHINESE, new String(text.encode(CHINESE), LineFiles.GB18030), "written back in its own encoding");
  }

  @Test
  void utf16WithItsMarkIsRead() throws IOException {
    sameAsUtf8(write("utf16.line", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE))));
  }

  @Test
  void bytesOfNoKnownEncodingAreRefusedNamingLineAndByte() throws IOException {
    // Latin-1 with an accent, then a byte GB18030 does not have either
    byte[] bytes = ValidationTest.CLEAN.replace("plant P {", "plant P \"Caf\u00e9\" {").getBytes(StandardCharsets.ISO_8859_1);
    byte[] bad = concat(bytes, new byte[] {(byte) 0xFF});
    Path f = write("latin1.line", bad);
    IOException e = assertThrows(IOException.class, () -> LineModels.load(List.of(f)));
    assertEquals(f + " is not UTF-8 text: byte 0xE9 on line 2 cannot be decoded, and the file is no GBK/GB18030 Chinese text either; "
        + "save it as UTF-8", e.getMessage());
    assertTrue(LineFiles.selfExplaining(e));
  }

  @Test
  void specialFilesAndHugeFilesAreRefusedBeforeTheyAreRead() throws Exception {
    Path fifo = dir.resolve("pipe.line");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      IOException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(IOException.class,
          () -> LineModels.collect(List.of(fifo))));
      assertEquals(fifo + " is a FIFO (named pipe), not a regular file: LineBench reads only regular files", e.getMessage());
    }
    Path huge = dir.resolve("huge.line");
    try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
      raf.setLength(LineFiles.MAX_BYTES + 1); // sparse: nothing is written
    }
    IOException e = assertThrows(IOException.class, () -> LineModels.load(List.of(huge)));
    assertTrue(e.getMessage().contains("more than the 64.0 MB LineBench reads of such a file")
        || e.getMessage().contains("more than the 64 MB LineBench reads of such a file"), e.getMessage());
    assertTrue(LineModels.load(List.of(write("ok.line", CHINESE.getBytes(StandardCharsets.UTF_8)))).issues().stream()
        .noneMatch(i -> i.severity() == LineIssue.Severity.ERROR));
  }
}
