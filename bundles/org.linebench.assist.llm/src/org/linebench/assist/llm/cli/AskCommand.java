package org.linebench.assist.llm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.ChatConfig;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ConfiguredModel;
import org.linebench.assist.llm.ask.Answer;
import org.linebench.assist.llm.ask.AskIndex;
import org.linebench.assist.llm.ask.Hit;
import org.linebench.assist.llm.ask.Hits;
import org.linebench.assist.llm.ask.LineQuestion;
import org.linebench.assist.llm.internal.Messages;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineModels;
import org.linebench.rules.RulePacks;

/**
 * {@code linebench ask "QUESTION" <file|folder>... [--rules cn,eu] [--model-config FILE] [--top N]}:
 * the hits of the line's elements, findings and rules for a question in English or Chinese; with a
 * model configured, the model's answer phrased from them above the hits. Nothing is sent anywhere
 * without {@code --model-config}.
 */
public class AskCommand implements Command {
  private static final String RULES = "--rules"; //$NON-NLS-1$
  private static final String MODEL = "--model-config"; //$NON-NLS-1$
  private static final String TOP = "--top"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option(RULES).option(MODEL).option(TOP).parse(context.arguments());
    List<String> positionals = args.positionals();
    if (positionals.isEmpty() || positionals.get(0).isBlank()) {
      throw new UsageException(Messages.Ask_noQuestion);
    }
    if (positionals.size() < 2) {
      throw new UsageException(Messages.Ask_noPaths);
    }
    String question = positionals.get(0);
    int top = top(args.value(TOP).orElse("10")); //$NON-NLS-1$
    ConfiguredModel configured;
    try {
      configured = ConfiguredModel.read(args.value(MODEL).map(context::resolve).orElse(null)); // refused before the files are read
    } catch (ChatException e) {
      throw new CommandException(e.getMessage());
    }
    try (ConfiguredModel c = configured) {
      return ask(context, args, question, positionals, top, c.model(), c.config());
    }
  }

  private static int ask(CommandContext context, Arguments args, String question, List<String> positionals, int top, ChatModel model,
      ChatConfig config) throws CommandException {
    RulePacks installed = RulePacks.fromPlatform();
    installed.problems().forEach(context.err()::println);
    var packs = Packs.select(installed, args.value(RULES).orElse(null));
    List<Path> paths = positionals.subList(1, positionals.size()).stream().map(context::resolve).toList();
    LineQuestion line;
    try {
      if (LineModels.collect(paths).isEmpty()) {
        throw new CommandException(NLS.bind(Messages.Ask_noFiles, String.join(", ", positionals.subList(1, positionals.size())))); //$NON-NLS-1$
      }
      line = LineQuestion.load(paths, packs, context.locale(), args.value(RULES).isPresent());
    } catch (NoSuchFileException e) {
      throw new CommandException(NLS.bind(Messages.Ask_noSuchPath, e.getFile()));
    } catch (IOException e) {
      throw new CommandException(LineFiles.selfExplaining(e) ? e.getMessage() : NLS.bind(Messages.Ask_cannotRead, paths, InputFiles.reason(e)));
    }
    AskIndex index = line.index(context.locale());
    Answer answer;
    try {
      answer = Answer.of(index, question, top, model, config.options(), context.workingDirectory());
    } catch (ChatException e) {
      print(context, Answer.of(index, question, top), question, index.size());
      throw new CommandException(e.getMessage());
    }
    if (answer.modelText() != null) {
      context.out().println(NLS.bind(Messages.Ask_model, answer.model()));
      context.out().println(answer.modelText().strip());
      if (!answer.cites()) {
        context.out().println(Messages.Ask_noCitation);
      }
      context.out().println();
    }
    print(context, answer, question, index.size());
    return ExitCode.OK;
  }

  /** The hits, numbered as the model saw them: kind, where, element, title, citation, then the text indented. */
  static void print(CommandContext context, Answer answer, String question, int documents) {
    PrintStream out = context.out();
    if (answer.hits().isEmpty()) {
      out.println(NLS.bind(Messages.Ask_noHits, question));
      return;
    }
    out.println(NLS.bind(Messages.Ask_hits, new Object[] {answer.hits().size(), question, documents}));
    int n = 1;
    for (Hit h : answer.hits()) {
      StringBuilder b = new StringBuilder();
      b.append(String.format("%2d. ", n++)).append(kind(h)); //$NON-NLS-1$
      String where = Hits.where(h, context.workingDirectory());
      if (!where.isEmpty()) {
        b.append("  ").append(where); //$NON-NLS-1$
      }
      if (!h.element().isEmpty()) {
        b.append("  ").append(h.element()); //$NON-NLS-1$
      }
      b.append("  ").append(h.title()); //$NON-NLS-1$
      if (!h.citation().isEmpty()) {
        b.append("  [").append(h.citation()).append(']'); //$NON-NLS-1$
      }
      out.println(b);
      if (!h.text().isEmpty()) {
        out.println("      " + h.text()); //$NON-NLS-1$
      }
    }
  }

  private static String kind(Hit h) {
    return switch (h.kind()) {
      case ELEMENT -> Messages.Ask_kindELEMENT;
      case FINDING -> Messages.Ask_kindFINDING;
      case RULE -> Messages.Ask_kindRULE;
    };
  }

  private static int top(String value) throws UsageException {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= 100) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new UsageException(NLS.bind(Messages.Ask_badTop, value));
  }

  @Override
  public String usage() {
    return Messages.Ask_usage;
  }
}
