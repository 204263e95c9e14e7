package org.linebench.aas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.aas.AasExport;
import org.linebench.aas.cli.ExportCommand;
import org.linebench.aml.CaexSchema;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Equipment;
import org.linebench.model.line.Line;
import org.linebench.model.line.Station;

/** {@code linebench export}: each format, the catalogue found next to the example, refusals. */
class ExportCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(Path cwd, String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ExportCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, cwd));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static <T> List<T> all(LineModels.Result r, Class<T> type) {
    return r.files().values().stream()
        .flatMap(f -> java.util.stream.StreamSupport.stream(((Iterable<org.eclipse.emf.ecore.EObject>) f::eAllContents).spliterator(), false))
        .filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void theBodyShopExportsToEachFormat(@TempDir Path tmp) throws Exception {
    String bodyshop = AasExportTest.examples().resolve("bodyshop").toString();
    Run aml = run(tmp, bodyshop, "--format", "aml", "--output", "b.aml");
    assertEquals(ExitCode.OK, aml.code());
    LineModels.Result loaded = AasExportTest.load("bodyshop");
    assertEquals(loaded.files().size() + " line files exported to b.aml\n", aml.out(), "the body shop's files and the catalogue they import");
    assertEquals(List.of(), CaexSchema.validate(tmp.resolve("b.aml"), Locale.ENGLISH));
    Run aasx = run(tmp, bodyshop, "--format", "aasx", "--output", "b.aasx", "--rules", "cn");
    assertEquals(ExitCode.OK, aasx.code());
    // submodels: per line its structure and its safety (emergency stops, hazard register); per station a nameplate (the
    // plant's maker), technical data, safety where it has zones, machine learning where it has models; per piece of equipment
    // technical data and a nameplate where its type names a maker
    List<Station> stations = all(loaded, Station.class);
    List<Equipment> equipment = all(loaded, Equipment.class);
    List<Line> lines = all(loaded, Line.class);
    long submodels = lines.size() + lines.stream().filter(l -> !l.getEmergencyStops().isEmpty() || !l.getHazards().isEmpty()).count() + 2 * stations.size() + stations.stream().filter(s -> !s.getZones().isEmpty()).count()
        + stations.stream().filter(s -> !s.getModels().isEmpty()).count() + equipment.size()
        + equipment.stream().filter(q -> q.getType() != null && q.getType().getMaker() != null).count();
    assertEquals(lines.size() + stations.size() + equipment.size() + " shells with " + submodels
        + " submodels (0 certification findings in their safety submodels) written to b.aasx\n", aasx.out(), "the compliant body shop has no findings");
    assertEquals(Set.of(), AasExport.validate(tmp.resolve("b.aasx"), AasExport.Format.AASX));
    for (String f : List.of("aas-json", "aas-xml")) {
      Path out = tmp.resolve("b." + f);
      assertEquals(ExitCode.OK, run(tmp, bodyshop, "--format", f, "--output", out.toString(), "--rules", "none").code());
      assertEquals(Set.of(), AasExport.validate(out, AasExport.Format.named(f).orElseThrow()));
    }
  }

  @Test
  void findingsOfTheNoncompliantBodyShopGoIntoItsShells(@TempDir Path tmp) throws Exception {
    Run r = run(tmp, AasExportTest.examples().resolve("bodyshop-noncompliant").toString(), "--format", "aas-json", "--output", "b.json",
        "--rules", "cn");
    assertEquals(ExitCode.OK, r.code());
    int findings = Integer.parseInt(r.out().replaceAll("(?s).*\\((\\d+) certification findings.*", "$1"));
    assertTrue(findings > 5, r.out());
    String json = Files.readString(tmp.resolve("b.json"));
    assertTrue(json.contains("cn.gb-t19876.light-curtain-distance"), "the light curtain's finding is in OP20's safety submodel");
  }

  @Test
  void refusals(@TempDir Path tmp) throws Exception {
    assertThrows(UsageException.class, () -> run(tmp, "x.line", "--format", "pdf", "--output", "x"));
    assertThrows(UsageException.class, () -> run(tmp, "--format", "aml", "--output", "x"));
    Path bad = Files.writeString(tmp.resolve("bad.line"), "namespace bad\n\nplant P {\n\tline L {\n\t\ttakt 60 sec\n\t}\n}\n");
    CommandException e = assertThrows(CommandException.class, () -> run(tmp, bad.toString(), "--format", "aml", "--output", "b.aml"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith("the line files have "), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("b.aml")), "nothing written");
  }
}
