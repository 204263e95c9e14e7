package org.linebench.assist.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.linebench.assist.LineCheck;
import org.linebench.assist.cli.ExplainCommand;
import org.linebench.cli.CommandContext;
import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;
import org.linebench.rules.report.Report;
import org.linebench.testing.Sources;

/** The non-compliant examples, the packs loaded once, and validate as the command line runs it. */
final class Examples {
  private Examples() {}

  static final RulePacks PACKS = RulePacks.fromPlatform();

  /** The rule classes whose fixes this bundle's issue covers, by the last part of their ids. */
  static final Set<String> COVERED = Set.of("light-curtain-distance", "beam-device-distance", "pressure-mat-distance",
      "two-hand-control-distance", "interlocking-guard-distance", "required-performance-level", "pl-from-pfhd", "category-pl",
      "simplified-pl", "emergency-stop-category", "emergency-stop-coverage");

  static final List<String> FILES = List.of("bodyshop-noncompliant/bodyshop-bad.line", "bodyshop-noncompliant/hinges-bad.line",
      "electronics-noncompliant/smt-bad.line");

  static boolean covered(Finding f) {
    return COVERED.contains(f.ruleId().substring(f.ruleId().lastIndexOf('.') + 1));
  }

  /** The example's folder and the library beside it copied into {@code dir}; the copy of the file. */
  static Path copy(String example, Path dir) throws IOException {
    Path src = Sources.examples(example);
    Path folder = src.getParent();
    Path target = dir.resolve(folder.getFileName().toString());
    copyTree(folder, target);
    copyTree(Sources.examples("library"), dir.resolve("library"));
    return target.resolve(src.getFileName().toString()).toAbsolutePath().normalize();
  }

  private static void copyTree(Path folder, Path target) throws IOException {
    try (var walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path to = target.resolve(folder.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  static LineCheck check(Path file, Locale locale) throws IOException {
    return new LineCheck(file, ExplainCommand.context(file), PACKS.packs(), false, locale);
  }

  /**
   * The findings of the file that {@code linebench validate} of its folder reports, loaded from disk
   * as it loads them (the folder, and the library its files import from next to it).
   */
  static List<Finding> validate(Path file) throws IOException {
    List<Path> folder = LineModels.collect(List.of(file.getParent())).stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<Path> all = new ArrayList<>(folder);
    all.addAll(LineImports.missing(folder, List.of(file.getParent())));
    LineModels.Result loaded = LineModels.load(all);
    List<RulePack> packs = PACKS.packs();
    try (RuleEngine engine = new RuleEngine()) {
      RuleEngine.Outcome o = engine.run(packs, PlantModel.of(List.of(loaded.files().get(file))), Locale.ENGLISH, false);
      return Report.merge(Report.structural(loaded.issues().stream().filter(i -> i.file().equals(file)).toList()),
          o.findings().stream().filter(f -> file.equals(f.file())).toList());
    }
  }

  record Run(int code, String out, String err) {}

  static Run explain(Locale locale, Path workingDirectory, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ExplainCommand(PACKS).run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), locale, workingDirectory));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
