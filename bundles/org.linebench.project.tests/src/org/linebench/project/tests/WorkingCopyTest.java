package org.linebench.project.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.project.BuildReport;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.project.WorkingCopy;

/** An open file's working copy: one parse per version, linked against its project's index. */
class WorkingCopyTest {

  @BeforeAll
  static void setUp() throws Exception {
    Fixtures.manualBuilds();
  }

  private static List<String> errors(List<Issue> issues) {
    return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).map(i -> i.getLineNumber() + ": " + i.getCode()).toList();
  }

  @Test
  void theTextIsParsedOncePerVersionAndLinkedAgainstTheProjectsIndex() throws Exception {
    IProject p = Fixtures.synthetic("working-copy", 100, 5);
    Fixtures.full(p);
    IFile file = p.getFile("L005.line");
    String text = Fixtures.read(file);
    WorkingCopy wc = LineProjects.workingCopy(file);
    assertSame(wc, LineProjects.workingCopy(file), "one working copy per file");

    assertEquals(List.of(), errors(wc.validate(text, CancelIndicator.NullImpl)));
    assertEquals(1, wc.loadedFiles(), "of the other 20 files only the plant its line belongs to is loaded");
    LineFile first = wc.read(text, r -> (LineFile) r.getContents().get(0));
    assertSame(first, wc.read(text, r -> (LineFile) r.getContents().get(0)), "the same version is not parsed again");
    assertEquals("Synth", ((Line) first.getElements().get(0)).getPlant().getName(), "linked to the plant in another file");

    // a new version: its findings, written as the file's markers
    String misspelt = text.replaceFirst("cycle-time (\\d+) s", "cycle-time $1 sec");
    List<Issue> issues = wc.validate(misspelt, CancelIndicator.NullImpl);
    assertEquals(List.of(line(misspelt, "sec") + ": line.unknown-unit"), errors(issues));
    assertSame(issues, wc.validate(misspelt, CancelIndicator.NullImpl), "validated once per version");
    wc.scheduleMarkers();
    Job.getJobManager().join(LineProjects.JOBS, null);
    IMarker[] markers = file.findMarkers(LineMarkers.PROBLEM, false, 0);
    assertEquals(1, markers.length, () -> Fixtures.describe(markers));
    assertEquals("line.unknown-unit", markers[0].getAttribute(LineMarkers.CODE, ""));

    // a type from a file the index does not know yet: unresolved; once that file is built, resolved
    String typed = text.replaceFirst("station St1 manual-workstation \\{", "station St1 : Fast {");
    assertTrue(errors(wc.validate(typed, CancelIndicator.NullImpl)).contains(line(typed, ": Fast") + ": line.unresolved-reference"),
        () -> errors(wc.validate(typed, CancelIndicator.NullImpl)).toString());
    IFile types = p.getFile("types.line");
    types.create(new ByteArrayInputStream("namespace synthetic\n\nstation-type Fast kind manual-workstation cycle-time 10 s operators 1\n"
        .getBytes(StandardCharsets.UTF_8)), true, null);
    BuildReport built = Fixtures.incremental(p);
    assertEquals(List.of("types.line"), Fixtures.names(built.rebuilt()));
    assertEquals(List.of(), errors(wc.validate(typed, CancelIndicator.NullImpl)), "the working copy links against the new index");
    Job.getJobManager().join(LineProjects.JOBS, null);
    assertEquals(0, file.findMarkers(LineMarkers.PROBLEM, false, 0).length, "its markers follow its text after the build");

    // closed without saving: the saved file is checked again, and its markers say what it says
    LineProjects.release(file);
    assertNotSame(wc, LineProjects.workingCopy(file));
    LineProjects.release(file);
    Job.getJobManager().join(LineProjects.JOBS, null);
    assertEquals(List.of("L005.line"), Fixtures.names(LineProjects.lastBuild(p).rebuilt()));
    assertEquals(0, file.findMarkers(LineMarkers.PROBLEM, false, 0).length);
  }

  /** The 1-based line of the first occurrence of {@code what}. */
  private static int line(String text, String what) {
    return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
  }
}
