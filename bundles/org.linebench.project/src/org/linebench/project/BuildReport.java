package org.linebench.project;

import java.util.List;

import org.eclipse.core.resources.IFile;

/**
 * What one build of a LineBench project did: whether it built everything, which files it checked
 * (those changed and those that depend on them), which it dropped, how many structural problems and
 * certification findings it marked, how many line files it loaded (those checked, and those their
 * references and the rule packs needed), and how long the Xtext build (parse, index, link,
 * validate), the rule packs and the markers took (ns).
 */
public record BuildReport(boolean full, List<IFile> rebuilt, List<IFile> removed, int problems, int findings, int loaded,
    long buildNanos, long rulesNanos, long markerNanos) {

  public BuildReport {
    rebuilt = List.copyOf(rebuilt);
    removed = List.copyOf(removed);
  }

  /** The whole time, ns. */
  public long nanos() {
    return buildNanos + rulesNanos + markerNanos;
  }
}
