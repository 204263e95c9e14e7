package org.linebench.ml.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.UsageException;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;

/** Options and steps the ML commands share. */
final class Options {
  private Options() {}

  /** {@code --encoding auto|utf-8|gbk|gb18030|...}: null for auto. */
  static Charset encoding(Arguments args) throws UsageException {
    String name = args.value("--encoding").orElse("auto"); //$NON-NLS-1$ //$NON-NLS-2$
    if (name.equalsIgnoreCase("auto")) { //$NON-NLS-1$
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException(NLS.bind(Messages.Cli_badEncoding, name));
    }
  }

  static int integer(Arguments args, String option, int fallback) throws UsageException {
    String v = args.value(option).orElse(null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new UsageException(NLS.bind(Messages.Cli_notANumber, option, v));
    }
  }

  /** Every value of a repeatable, comma-separated option. */
  static List<String> list(Arguments args, String option) {
    List<String> all = new ArrayList<>();
    for (String v : args.values(option)) {
      for (String s : v.split(",")) { //$NON-NLS-1$
        if (!s.isBlank()) {
          all.add(s.strip());
        }
      }
    }
    return all;
  }

  static CsvTable read(CommandContext context, Path data, Charset encoding) throws CommandException {
    context.progress(NLS.bind(Messages.Cli_reading, data));
    try {
      CsvTable table = CsvTable.readAny(data, encoding);
      context.progress(NLS.bind(Messages.Cli_read, new Object[] {table.rowCount(), table.columns().size(), table.charset().name(),
          table.delimiter() == '\t' ? "TAB" : String.valueOf(table.delimiter())})); //$NON-NLS-1$
      return table;
    } catch (DataException e) {
      throw new CommandException(e.describe());
    }
  }
}
