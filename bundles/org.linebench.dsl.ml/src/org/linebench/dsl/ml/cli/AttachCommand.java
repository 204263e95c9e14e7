package org.linebench.dsl.ml.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.core.AtomicFiles;
import org.linebench.core.InputFiles;
import org.linebench.dsl.api.LineFiles;
import org.linebench.dsl.api.LineModels;
import org.linebench.dsl.ml.ModelAttachmentEdit;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.ModelException;
import org.linebench.ml.card.ModelFolder;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Station;

/** {@code linebench attach}: writes a model attachment into a station of a line file. */
public class AttachCommand implements Command {

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option("--model").option("--line").option("--station").parse(context.arguments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (!args.positionals().isEmpty()) {
      throw new UsageException(NLS.bind(Messages.Attach_unexpected, args.positionals().get(0)));
    }
    Path model = context.resolve(args.required("--model")); //$NON-NLS-1$
    Path lineFile = context.resolve(args.required("--line")); //$NON-NLS-1$
    String stationName = args.required("--station"); //$NON-NLS-1$
    ModelCard card;
    try {
      card = ModelFolder.verify(model);
    } catch (ModelException e) {
      throw new CommandException(e.getMessage());
    }
    LineFiles.Text read;
    LineFile file;
    try {
      read = LineFiles.read(lineFile);
      file = LineModels.load(List.of(lineFile)).files().get(lineFile);
    } catch (NoSuchFileException e) {
      throw new CommandException(NLS.bind(Messages.Attach_noSuchPath, lineFile));
    } catch (IOException e) {
      throw new CommandException(LineFiles.selfExplaining(e) ? e.getMessage() : NLS.bind(Messages.Attach_cannotRead, lineFile, InputFiles.reason(e)));
    }
    String text = read.text();
    Station station = find(file, stationName);
    if (station == null) {
      throw new CommandException(NLS.bind(Messages.Attach_noStation, stationName, lineFile));
    }
    String cardPath = ModelAttachmentEdit.relativeCardPath(lineFile.toAbsolutePath().getParent(), ModelFolder.cardOf(model));
    ModelAttachmentEdit.Edit edit = ModelAttachmentEdit.attach(text, station, cardPath, card);
    try {
      AtomicFiles.write(lineFile, read.encode(edit.applyTo(text))); // in the file's own encoding
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Attach_cannotWrite, lineFile, e.getMessage()));
    }
    context.out().println(NLS.bind(Messages.Attach_done, new Object[] {card.name(), station.getName(), lineFile}));
    for (String f : edit.unbound()) {
      context.err().println(NLS.bind(Messages.Attach_unbound, f, station.getName()));
    }
    return edit.unbound().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /** A station by name ({@code OP20}) or line and name ({@code BodyInWhite.OP20}). */
  private static Station find(LineFile file, String name) {
    if (file == null) {
      return null;
    }
    for (java.util.Iterator<EObject> it = EcoreUtil.getAllContents(file, true); it.hasNext();) {
      if (it.next() instanceof Station s) {
        Line line = s.eContainer() instanceof Line l ? l : null;
        if (name.equals(s.getName()) || line != null && name.equals(line.getName() + "." + s.getName())) { //$NON-NLS-1$
          return s;
        }
      }
    }
    return null;
  }

  @Override
  public String usage() {
    return Messages.Attach_usage;
  }
}
