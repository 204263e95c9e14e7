package org.linebench.cli.tests;

import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;

/** Commands contributed by this fragment to exercise the command line's contract. */
public final class TestCommands {
  private TestCommands() {}

  public static final class Crash implements Command {
    @Override
    public int run(CommandContext context) {
      throw new IllegalStateException("boom");
    }

    @Override
    public String usage() {
      return "test-crash";
    }
  }

  public static final class BadInput implements Command {
    @Override
    public int run(CommandContext context) throws CommandException {
      throw new CommandException("no such file: missing.line");
    }

    @Override
    public String usage() {
      return "test-input";
    }
  }

  public static final class Findings implements Command {
    @Override
    public int run(CommandContext context) {
      context.out().println("a finding");
      return ExitCode.FINDINGS;
    }

    @Override
    public String usage() {
      return "test-findings";
    }
  }

  public static final class Echo implements Command {
    @Override
    public int run(CommandContext context) throws CommandException {
      Arguments a = Arguments.spec().flag("--strict").option("--format").parse(context.arguments());
      context.out().println("lang=" + context.locale().getLanguage() + " strict=" + a.flag("--strict")
          + " format=" + a.value("--format").orElse("-") + " files=" + a.positionals());
      return ExitCode.OK;
    }

    @Override
    public String usage() {
      return "Usage: test-echo [--strict] [--format F] FILE...";
    }
  }
}
