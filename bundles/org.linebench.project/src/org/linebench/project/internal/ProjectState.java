package org.linebench.project.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.Issue;
import org.linebench.dsl.api.LineIndex;
import org.linebench.dsl.api.LineModels;
import org.linebench.project.BuildReport;
import org.linebench.project.LineMarkers;
import org.linebench.project.LineProjects;
import org.linebench.project.WorkingCopy;
import org.linebench.rules.api.Finding;

import com.google.inject.Injector;

/**
 * One LineBench project as the builder and the editors see it: its index (the exported names of
 * every line file, as of the last build), the files still to build, and the working copies of its
 * open editors. A build runs Xtext's incremental builder over the changed files and those that
 * depend on them, writes their markers, runs the rule packs on their plants and publishes the new
 * index; the old one is never changed, so an editor may keep reading it meanwhile.
 */
@SuppressWarnings("restriction") // org.eclipse.xtext.build: Xtext's incremental builder, exported to its friends (the language server uses it)
public final class ProjectState {
  private final IProject project;
  private volatile IndexState index = new IndexState();
  private volatile boolean built;
  private volatile BuildReport lastBuild;
  private volatile long generation;
  /** Files to build whatever the next delta says: left by a cancelled build or asked for. */
  private final Set<IFile> pending = new LinkedHashSet<>();
  private final Map<IFile, WorkingCopy> workingCopies = new ConcurrentHashMap<>();

  public ProjectState(IProject project) {
    this.project = project;
  }

  public IProject project() {
    return project;
  }

  /** The index as of the last build; never changed afterwards. */
  public ResourceDescriptionsData index() {
    return index.getResourceDescriptions();
  }

  /** Counts the published indexes: it changes whenever a build published one. */
  public long generation() {
    return generation;
  }

  /** Whether a full build ran in this session (the index is not kept across sessions). */
  public boolean isBuilt() {
    return built;
  }

  public BuildReport lastBuild() {
    return lastBuild;
  }

  /** Asks the next build to check the file, whatever the delta says. */
  public void requestBuild(IFile file) {
    synchronized (pending) {
      pending.add(file);
    }
  }

  /** The working copies of the project's open files. */
  public Map<IFile, WorkingCopy> workingCopies() {
    return workingCopies;
  }

  /** Forgets everything (the project was closed or deleted). */
  public void dispose() {
    workingCopies.values().forEach(WorkingCopy::dispose);
    workingCopies.clear();
  }

  /**
   * Builds: every line file of the project ({@code full}, or the first build of the session), else
   * the changed and removed files, those asked for and those that depend on them.
   *
   * @return what the build did, or null when there was nothing to build
   * @throws OperationCanceledException when the monitor was cancelled; nothing is published then and
   *     the files stay to build
   */
  public synchronized BuildReport build(Collection<IFile> changed, Collection<IFile> removed, boolean full, IProgressMonitor monitor)
      throws CoreException {
    boolean everything = full || !built;
    Set<IFile> dirty = new LinkedHashSet<>();
    Set<IFile> gone = new LinkedHashSet<>(removed);
    List<IFile> asked;
    synchronized (pending) {
      asked = new ArrayList<>(pending);
    }
    if (everything) {
      dirty.addAll(LineProjects.lineFiles(project));
    } else {
      for (IFile f : concat(changed, asked)) {
        (f.exists() ? dirty : gone).add(f);
      }
    }
    if (!everything && dirty.isEmpty() && gone.isEmpty()) {
      return null;
    }
    long t0 = System.nanoTime();
    Map<URI, IFile> files = new HashMap<>();
    dirty.forEach(f -> files.put(LineProjects.uri(f), f));
    gone.forEach(f -> files.put(LineProjects.uri(f), f));
    Checked checked;
    try {
      checked = check(dirty, everything ? Set.of() : gone, everything, monitor);
    } catch (OperationCanceledException e) {
      synchronized (pending) {
        pending.addAll(dirty);
        pending.addAll(gone);
      }
      throw e;
    }
    long t1 = System.nanoTime();
    Map<URI, List<Finding>> findings = Certification.check(checked.resourceSet(), checked.files());
    long t2 = System.nanoTime();
    List<IFile> rebuilt = new ArrayList<>();
    int[] counts = mark(checked, findings, files, everything, rebuilt);
    List<IFile> removedFiles = checked.removed().stream().map(uri -> file(files, uri)).filter(f -> f != null).toList();
    index = checked.result().getIndexState();
    built = true;
    generation++;
    synchronized (pending) {
      pending.removeAll(asked);
    }
    int loaded = checked.resourceSet().getResources().size();
    BuildReport report = new BuildReport(everything, rebuilt, removedFiles, counts[0], counts[1], loaded, t1 - t0, t2 - t1,
        System.nanoTime() - t2);
    lastBuild = report;
    Set<URI> changedUris = new LinkedHashSet<>(checked.files());
    changedUris.addAll(checked.removed());
    for (WorkingCopy wc : workingCopies.values()) {
      wc.indexChanged(changedUris);
    }
    return report;
  }

  /** What Xtext's build checked: the files (with their findings) and those it dropped, loaded in a resource set. */
  private record Checked(XtextResourceSet resourceSet, IncrementalBuilder.Result result, Set<URI> files, List<URI> removed,
      Map<URI, List<Issue>> issues) {}

  /** Runs Xtext's incremental build over a copy of the index: loads, indexes, links and validates. */
  private Checked check(Set<IFile> dirty, Set<IFile> gone, boolean everything, IProgressMonitor monitor) {
    Injector injector = LineProjects.injector();
    IResourceServiceProvider language = injector.getInstance(IResourceServiceProvider.class);
    XtextResourceSet resourceSet = LineModels.newResourceSet(injector);
    IndexState start = everything ? new IndexState()
        : new IndexState(index.getResourceDescriptions().copy(), index.getFileMappings().copy());
    LineIndex.install(resourceSet, project.getName(), start.getResourceDescriptions());
    Map<URI, List<Issue>> issues = new LinkedHashMap<>();
    BuildRequest request = new BuildRequest();
    request.setBaseDir(URI.createFileURI(project.getLocation().toOSString()));
    request.setState(start);
    request.setResourceSet(resourceSet);
    request.setDirtyFiles(dirty.stream().map(LineProjects::uri).toList());
    request.setDeletedFiles(gone.stream().map(LineProjects::uri).toList());
    request.setAfterValidate((uri, found) -> {
      List<Issue> list = new ArrayList<>();
      found.forEach(list::add);
      issues.put(uri, list);
      return false; // nothing to generate
    });
    request.setCancelIndicator(monitor::isCanceled);
    IncrementalBuilder.Result result;
    try {
      result = injector.getInstance(IncrementalBuilder.class).build(request,
          uri -> LineModels.EXTENSION.equals(uri.fileExtension()) ? language : null);
    } catch (RuntimeException | Error e) {
      if (injector.getInstance(OperationCanceledManager.class).isOperationCanceledException(e)) {
        throw new OperationCanceledException();
      }
      throw e;
    }
    if (monitor.isCanceled()) {
      throw new OperationCanceledException();
    }
    Set<URI> checked = new LinkedHashSet<>();
    List<URI> removed = new ArrayList<>();
    for (IResourceDescription.Delta d : result.getAffectedResources()) {
      (d.getNew() != null ? checked : removed).add(d.getUri());
    }
    return new Checked(resourceSet, result, checked, removed, issues);
  }

  /**
   * Replaces the markers of the checked files (all of the project's on a full build); fills
   * {@code rebuilt}; returns the numbers of structural problems and certification findings marked.
   */
  private int[] mark(Checked checked, Map<URI, List<Finding>> findings, Map<URI, IFile> files, boolean everything, List<IFile> rebuilt)
      throws CoreException {
    int problems = 0;
    int found = 0;
    if (everything) {
      project.deleteMarkers(LineMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
      project.deleteMarkers(LineMarkers.FINDING, true, IResource.DEPTH_INFINITE);
    }
    for (URI uri : checked.files()) {
      IFile f = file(files, uri);
      if (f == null || !f.exists()) {
        continue;
      }
      rebuilt.add(f);
      List<Issue> fileIssues = checked.issues().getOrDefault(uri, List.of());
      LineMarkers.replaceProblems(f, fileIssues);
      problems += fileIssues.size();
      f.deleteMarkers(LineMarkers.FINDING, false, IResource.DEPTH_ZERO);
      for (Finding finding : findings.getOrDefault(uri, List.of())) {
        LineMarkers.addFinding(f, finding);
        found++;
      }
    }
    if (everything) {
      for (Finding finding : findings.getOrDefault(null, List.of())) {
        LineMarkers.addFinding(project, finding);
        found++;
      }
    }
    return new int[] {problems, found};
  }

  /** Forgets the index and every marker: the next build builds everything. */
  public synchronized void clean() throws CoreException {
    index = new IndexState();
    built = false;
    generation++;
    project.deleteMarkers(LineMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
    project.deleteMarkers(LineMarkers.FINDING, true, IResource.DEPTH_INFINITE);
  }

  private static IFile file(Map<URI, IFile> known, URI uri) {
    IFile f = known.get(uri);
    if (f == null && uri.isFile()) {
      f = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(uri.toFileString()));
    }
    return f;
  }

  private static <T> List<T> concat(Collection<T> a, Collection<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
