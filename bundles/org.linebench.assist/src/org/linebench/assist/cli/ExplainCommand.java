package org.linebench.assist.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.linebench.assist.Applied;
import org.linebench.assist.Assistant;
import org.linebench.assist.Explanations;
import org.linebench.assist.LineCheck;
import org.linebench.assist.ModelFixes;
import org.linebench.assist.Proposal;
import org.linebench.assist.Texts;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ConfiguredModel;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.AtomicFiles;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.validation.IssueCodes;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Severity;

/**
 * {@code linebench explain <file> [--line N] [--fix] [--apply] [--rules cn,eu] [--model-config FILE]}:
 * each finding of the file (or those on line N) with what the standard requires, why the element
 * fails and, with {@code --fix}, the fixes that pass a new check; with a model configured, its
 * proposals too, through the same check, after the rules' own; {@code --apply} writes the best fix
 * of every finding into the file at once (a model's only where the rules have none), checked again
 * as a whole. Exit code 1 while errors remain; a model that fails is a note, not an error.
 */
public class ExplainCommand implements Command {
  private static final String LINE = "--line"; //$NON-NLS-1$
  private static final String FIX = "--fix"; //$NON-NLS-1$
  private static final String APPLY = "--apply"; //$NON-NLS-1$
  private static final String RULES = "--rules"; //$NON-NLS-1$
  private static final String MODEL = "--model-config"; //$NON-NLS-1$

  private final RulePacks packs;

  public ExplainCommand() {
    this(null);
  }

  /** With the given packs instead of the platform's (tests). */
  public ExplainCommand(RulePacks packs) {
    this.packs = packs;
  }

  @Override
  public int run(CommandContext context) throws CommandException {
    Texts texts = Texts.of(context.locale());
    Arguments args = Arguments.spec().option(LINE).flag(FIX).flag(APPLY).option(RULES).option(MODEL).parse(context.arguments());
    if (args.positionals().size() != 1) {
      throw new UsageException(texts.get("Explain_noFile")); //$NON-NLS-1$
    }
    int onLine = 0;
    if (args.value(LINE).isPresent()) {
      try {
        onLine = Integer.parseInt(args.value(LINE).get().strip());
      } catch (NumberFormatException e) {
        onLine = -1;
      }
      if (onLine < 1) {
        throw new UsageException(texts.bind("Explain_badLine", args.value(LINE).get())); //$NON-NLS-1$
      }
    }
    Selection selection = select(args, texts);
    ConfiguredModel configured;
    try {
      configured = ConfiguredModel.read(args.value(MODEL).map(context::resolve).orElse(null)); // refused before the file is read
    } catch (ChatException e) {
      throw new CommandException(e.getMessage());
    }
    try (ConfiguredModel c = configured) {
      return explain(context, args, texts, selection, onLine, c.model() == null ? null : new ModelFixes(c.model(), c.config().options()));
    }
  }

  private int explain(CommandContext context, Arguments args, Texts texts, Selection selection, int onLine, ModelFixes model)
      throws CommandException {
    Path file = context.resolve(args.positionals().get(0));
    String shown = Explanations.shown(file, context.workingDirectory());
    try (LineCheck check = open(file, shown, selection, context, texts)) {
      Assistant assistant = new Assistant(check);
      for (Finding f : assistant.original().findings()) {
        if (IssueCodes.SYNTAX.equals(f.ruleId())) {
          throw new CommandException(texts.bind("Explain_syntax", new Object[] {shown, f.line(), f.message()})); //$NON-NLS-1$
        }
      }
      boolean fix = args.flag(FIX) || args.flag(APPLY);
      ModelFixes asking = fix ? model : null;
      Explanations explanations = new Explanations(assistant);
      List<Assistant.Outcome> outcomes = new ArrayList<>();
      int withFix = 0;
      int offered = 0;
      int proposed = 0;
      int shownCount = 0;
      for (Finding f : assistant.original().findings()) {
        if (onLine > 0 && f.line() != onLine) {
          continue;
        }
        shownCount++;
        List<String> dropped = new ArrayList<>();
        Assistant.Outcome o = null;
        if (fix) {
          List<Proposal> more = List.of();
          if (asking != null) {
            try {
              ModelFixes.Asked asked = asking.ask(assistant, f);
              more = asked.proposals();
              String by = asking.describe();
              asked.dropped().forEach(d -> dropped.add("  " + texts.bind("Model_dropped", by, d))); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (ChatException e) {
              context.progress(texts.bind("Model_failed", new Object[] {shown, asking.describe(), e.getMessage()})); //$NON-NLS-1$
              asking = null; // one note; the rules' fixes of the other findings without it
            }
          }
          o = assistant.fixes(f, more);
        }
        if (o != null) {
          outcomes.add(o);
          withFix += o.passed().isEmpty() ? 0 : 1;
          offered += o.passed().size();
          proposed += o.proposed().size();
        }
        explanations.explain(f, o, shown).forEach(context.out()::println);
        dropped.forEach(context.out()::println);
      }
      if (fix) {
        context.progress(texts.bind("Explain_summary", new Object[] {shown, shownCount, withFix, offered, proposed})); //$NON-NLS-1$
      }
      if (!args.flag(APPLY)) {
        return assistant.original().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCode.FINDINGS : ExitCode.OK;
      }
      return apply(context, texts, assistant, outcomes, check, shown);
    } catch (UncheckedIOException e) {
      throw new CommandException(texts.bind("Explain_cannotRead", shown, InputFiles.reason(e.getCause()))); //$NON-NLS-1$
    }
  }

  private static int apply(CommandContext context, Texts texts, Assistant assistant, List<Assistant.Outcome> outcomes, LineCheck check,
      String shown) throws CommandException {
    Applied applied = Applied.of(assistant, outcomes);
    if (applied.fixes() == 0 || applied.after() == null) {
      context.progress(texts.bind("Explain_applyNone", shown)); //$NON-NLS-1$
      return ExitCode.FINDINGS;
    }
    // Applied.after is the check of this very text, the whole with every fix in it, against the file as it
    // was round after round: it has no finding the file did not have, or no fix would have been taken
    try {
      AtomicFiles.write(check.file(), check.encode(applied.text()));
    } catch (IOException e) {
      throw new CommandException(texts.bind("Explain_cannotWrite", shown, e.getMessage())); //$NON-NLS-1$
    }
    List<Finding> left = applied.after().findings();
    context.progress(texts.bind("Explain_applied", new Object[] {shown, applied.fixes(), left.size()})); //$NON-NLS-1$
    return left.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** The packs to run and whether they were named. */
  record Selection(List<RulePack> packs, boolean explicit) {}

  private Selection select(Arguments args, Texts texts) throws UsageException {
    RulePacks installed = packs != null ? packs : RulePacks.fromPlatform();
    if (args.value(RULES).isEmpty()) {
      return new Selection(installed.packs(), false);
    }
    List<RulePack> selected = new ArrayList<>();
    for (String id : RulePacks.parseSelection(args.value(RULES).get())) {
      if (!id.equals("none")) { //$NON-NLS-1$
        selected.add(installed.find(id).orElseThrow(() -> new UsageException(texts.bind("Explain_unknownPack", id, //$NON-NLS-1$
            installed.packs().stream().map(RulePack::id).collect(Collectors.joining(", ")))))); //$NON-NLS-1$
      }
    }
    return new Selection(selected, true);
  }

  /**
   * The file with what {@code linebench validate} of its folder would load beside it, read once: the
   * other line files of its folder (the rest of a plant that spans files) and the files it imports
   * from the folders next to its own (as {@code examples/library} is next to
   * {@code examples/bodyshop}). Only the file's findings are explained.
   */
  static LineCheck open(Path file, String shown, Selection selection, CommandContext context, Texts texts) throws CommandException {
    if (!Files.exists(file)) {
      throw new CommandException(texts.bind("Explain_noSuchFile", shown)); //$NON-NLS-1$
    }
    List<Path> imported;
    try {
      imported = context(file);
    } catch (IOException | UncheckedIOException e) {
      imported = List.of();
    }
    try {
      return new LineCheck(file, imported, selection.packs(), selection.explicit(), context.locale());
    } catch (NoSuchFileException e) {
      throw new CommandException(texts.bind("Explain_noSuchFile", shown)); //$NON-NLS-1$
    } catch (IOException e) {
      throw new CommandException(LineFiles.selfExplaining(e) ? e.getMessage() : texts.bind("Explain_cannotRead", shown, InputFiles.reason(e))); //$NON-NLS-1$
    }
  }

  /** The files loaded as context of a file: the rest of its folder, and what it imports from next to it. */
  public static List<Path> context(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    try (var s = Files.list(abs.getParent())) {
      out.addAll(s.filter(p -> p.toString().endsWith(".line") && !p.equals(abs) && Files.isRegularFile(p)).sorted().toList()); //$NON-NLS-1$
    }
    List<Path> named = new ArrayList<>(out);
    named.add(0, abs);
    for (Path p : LineImports.missing(named, List.of(abs, abs.getParent()))) {
      if (!out.contains(p.toAbsolutePath().normalize())) {
        out.add(p.toAbsolutePath().normalize());
      }
    }
    return out;
  }

  @Override
  public String usage() {
    return Texts.of(java.util.Locale.getDefault()).get("Explain_usage"); //$NON-NLS-1$
  }
}
