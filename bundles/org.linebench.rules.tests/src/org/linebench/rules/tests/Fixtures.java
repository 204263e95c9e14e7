package org.linebench.rules.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;
import org.linebench.rules.cli.ValidateCommand;
import org.linebench.testing.RulePackContract;
import org.linebench.testing.Sources;

/** The repository's examples, the installed packs, and running validate as the command line does. */
public final class Fixtures {
  private Fixtures() {}

  public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  public static final Locale EN = Locale.ENGLISH;

  /** The source tree (examples/, bundles/), as the build tells the tests. */
  public static Path root() {
    return Sources.root();
  }

  public static Path examples(String... sub) {
    return Sources.examples(sub);
  }

  public static RulePacks packs() {
    return RulePackContract.installed();
  }

  public static RulePack pack(String id) {
    return packs().find(id).orElseThrow(() -> new AssertionError("pack " + id + " is not installed: " + packs().problems()));
  }

  /** Loads the given example folders together with the catalogue and returns their plants. */
  public static List<PlantModel> plants(String... folders) throws Exception {
    List<Path> paths = new ArrayList<>();
    paths.add(examples("library"));
    for (String f : folders) {
      paths.add(examples(f));
    }
    LineModels.Result r = LineModels.load(LineModels.collect(paths));
    if (r.errorCount() > 0) {
      throw new AssertionError("examples do not load cleanly: " + r.issues());
    }
    return PlantModel.of(r.files().values());
  }

  /** Runs one pack on the plants of its jurisdictions. */
  public static List<Finding> run(RulePack pack, List<PlantModel> plants, Locale locale) {
    try (RuleEngine engine = new RuleEngine()) {
      return engine.run(List.of(pack), plants, locale, false).findings();
    }
  }

  public record Run(int code, String out, String err) {}

  /** {@code linebench [--lang] validate args...} in the given folder. */
  public static Run validate(Path cwd, Locale locale, String... args) throws CommandException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ValidateCommand().run(new CommandContext(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), locale, cwd));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
