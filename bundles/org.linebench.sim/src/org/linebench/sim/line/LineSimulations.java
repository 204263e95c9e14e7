package org.linebench.sim.line;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.linebench.dsl.api.Effective;
import org.linebench.dsl.api.LineIssue;
import org.linebench.dsl.api.LineModels;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Plant;
import org.linebench.model.line.TopLevelElement;
import org.linebench.sim.model.SimModel;

/** Finds the lines of loaded line files and compiles the one to simulate. */
public final class LineSimulations {
  private LineSimulations() {}

  /** The lines declared in the given files (inside plants, or in files of their own), in file order. */
  public static List<Line> lines(List<LineFile> files) {
    List<Line> out = new ArrayList<>();
    for (LineFile f : files) {
      for (TopLevelElement e : f.getElements()) {
        if (e instanceof Plant p) {
          out.addAll(p.getLines());
        } else if (e instanceof Line l) {
          out.add(l);
        }
      }
    }
    return out;
  }

  /** A line's name as the user may give it: {@code Line} or {@code Plant.Line}. */
  public static boolean matches(Line line, String name) {
    if (name.equals(line.getName())) {
      return true;
    }
    Plant p = Effective.plant(line);
    return p != null && name.equals(p.getName() + "." + line.getName()); //$NON-NLS-1$
  }

  /** A line's name as {@link #matches} takes it: {@code Plant.Line} when another line of {@code all} has the same name, else {@code Line}. */
  public static String name(Line line, List<Line> all) {
    Plant p = Effective.plant(line);
    boolean repeated = all.stream().filter(l -> l != line && l.getName().equals(line.getName())).findAny().isPresent();
    return repeated && p != null ? p.getName() + "." + line.getName() : line.getName(); //$NON-NLS-1$
  }

  /** {@code file:line:column: error: message [code]}, the file as given, the severity's word in the caller's language. */
  public static String describe(LineIssue issue, Path file, String severityWord) {
    return file + ":" + issue.line() + ":" + issue.column() + ": " + severityWord + ": " + issue.message() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        + (issue.code() == null ? "" : " [" + issue.code() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  /** The errors among the issues of the given files. */
  public static List<LineIssue> errors(LineModels.Result result, List<Path> files) {
    List<Path> named = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    return result.issues().stream().filter(i -> i.severity() == LineIssue.Severity.ERROR)
        .filter(i -> named.contains(i.file().toAbsolutePath().normalize())).toList();
  }

  /**
   * Loads the named files with the ones they import.
   *
   * @param named the files to load and report on
   * @param imported files only loaded for their types (a catalogue)
   */
  public static LineModels.Result load(List<Path> named, List<Path> imported) throws IOException {
    List<Path> all = new ArrayList<>(named);
    all.addAll(imported);
    return LineModels.load(all);
  }

  /** Compiles a line; the notes (models scored) go to {@code notes}. */
  public static SimModel compile(Line line, Consumer<String> notes) throws SimulationException {
    return LineCompiler.compile(line, notes);
  }
}
