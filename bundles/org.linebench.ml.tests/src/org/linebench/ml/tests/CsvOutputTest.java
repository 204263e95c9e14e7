package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.core.CsvFiles;
import org.linebench.ml.cli.ScoreCommand;
import org.linebench.ml.data.CsvTable;

/**
 * CSV that LineBench writes opens in Excel on a Chinese Windows: UTF-8 with a byte order mark unless
 * {@code --no-bom}; and the model, the data and the output may be in folders with Chinese names.
 */
class CsvOutputTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  /** The body shop's tip-wear model and its data, copied into folders with Chinese names and spaces. */
  private void chineseFolders() throws IOException {
    Path bodyshop = ExampleModelsTest.examples().resolve("bodyshop");
    Path model = Files.createDirectories(dir.resolve("模型 1"));
    try (Stream<Path> files = Files.list(bodyshop.resolve("models/tip-wear"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, model.resolve(f.getFileName()));
      }
    }
    Files.copy(bodyshop.resolve("data/tip-wear.csv"), Files.createDirectories(dir.resolve("数据 目录")).resolve("电极磨损.csv"));
  }

  private int score(String... more) throws CommandException {
    List<String> args = new java.util.ArrayList<>(List.of("--model", "模型 1", "--data", "数据 目录/电极磨损.csv"));
    args.addAll(Arrays.asList(more));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return new ScoreCommand().run(new CommandContext(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE, dir));
  }

  @Test
  void predictionsStartWithAByteOrderMark() throws Exception {
    chineseFolders();
    assertEquals(ExitCode.OK, score("--output", "报告/预测 结果.csv"));
    byte[] bytes = Files.readAllBytes(dir.resolve("报告/预测 结果.csv"));
    assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
    List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertEquals("row,predicted,p(0),p(1)", lines.get(0));
    assertEquals(401, lines.size(), "a header and one row per data row");
    CsvTable back = CsvTable.read(dir.resolve("报告/预测 结果.csv"), null);
    assertEquals("row", back.columns().get(0).name(), "LineBench reads its own output: the mark is not part of the name");
    assertEquals(StandardCharsets.UTF_8, back.charset());
    assertEquals(400, back.rowCount());
  }

  @Test
  void noBomOnRequest() throws Exception {
    chineseFolders();
    assertEquals(ExitCode.OK, score("--output", "报告/plain.csv", "--no-bom"));
    byte[] bytes = Files.readAllBytes(dir.resolve("报告/plain.csv"));
    assertEquals("row,predicted,", new String(bytes, 0, 14, StandardCharsets.UTF_8));
  }

  @Test
  void csvFilesAreUtf8WithOrWithoutTheMark() throws IOException {
    Path f = dir.resolve("表/工位.csv");
    CsvFiles.write(f, "工位,节拍 [s]\nOP20,55\n", true);
    byte[] bytes = Files.readAllBytes(f);
    assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
    assertEquals("工位,节拍 [s]\nOP20,55\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    CsvFiles.write(f, "工位\n", false);
    assertEquals("工位\n", Files.readString(f, StandardCharsets.UTF_8));
    try (Stream<Path> left = Files.list(f.getParent())) {
      assertEquals(List.of(f), left.toList(), "no temporary file left beside it");
    }
  }
}
