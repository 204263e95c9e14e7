package org.linebench.project;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.linebench.dsl.api.LineIndex;
import org.linebench.dsl.api.LineModels;
import org.linebench.project.internal.Messages;
import org.linebench.project.internal.ProjectState;

/**
 * A line file as an editor holds it: its text, parsed once per version and linked against its
 * project's index (the names of the other files come from the index; another file is loaded only
 * when a reference into it is resolved, and stays loaded until a build changes it). Validation,
 * outline, line view, hover and content assist all read the same parse through {@link #read}; the
 * findings of a version are computed once ({@link #validate}) and written as markers by
 * {@link #scheduleMarkers}. After a build the working copy links again against the new index and
 * marks its findings again, so that the markers of an open file follow its text, not the saved file.
 * Thread-safe: every access holds the working copy's lock.
 */
public final class WorkingCopy {
  private final ProjectState project;
  private final IFile file;
  private final URI uri;
  private XtextResourceSet resourceSet;
  private XtextResource resource;
  private String text;
  private List<Issue> issues;
  private int parses;
  private long generation = -1;
  private Set<URI> changed = Set.of();
  private final Job markers;

  /** Made by {@link LineProjects#workingCopy(IFile)}. */
  WorkingCopy(ProjectState project, IFile file) {
    this.project = project;
    this.file = file;
    this.uri = LineProjects.uri(file);
    this.markers = new WorkspaceJob(NLS.bind(Messages.WorkingCopy_markers, file.getName())) {
      @Override
      public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        List<Issue> current = currentIssues();
        if (current != null && file.exists()) {
          LineMarkers.replaceProblems(file, current);
        }
        return Status.OK_STATUS;
      }

      @Override
      public boolean belongsTo(Object family) {
        return family == LineProjects.JOBS;
      }
    };
    markers.setRule(file);
    markers.setSystem(true);
  }

  public IFile file() {
    return file;
  }

  /** The text of the last version read, or null. */
  public synchronized String text() {
    return text;
  }

  /** Applies {@code reader} to the parse of {@code text} (parsed now if this version was not yet). */
  public synchronized <T> T read(String text, Function<XtextResource, T> reader) {
    return reader.apply(parse(text));
  }

  /** The structural findings of {@code text}, computed once per version and per index. */
  public synchronized List<Issue> validate(String text, CancelIndicator cancel) {
    XtextResource r = parse(text);
    if (issues == null) {
      IResourceValidator validator = r.getResourceServiceProvider().getResourceValidator();
      List<Issue> found = validator.validate(r, CheckMode.ALL, cancel);
      if (cancel.isCanceled()) {
        return found;
      }
      issues = List.copyOf(found);
    }
    return issues;
  }

  /** Writes the findings of the latest version as the file's structural markers, soon, in a workspace job. */
  public void scheduleMarkers() {
    markers.schedule();
  }

  /** The findings of the latest version (validated now if needed), or null when nothing was read yet. */
  private synchronized List<Issue> currentIssues() {
    return text == null ? null : validate(text, CancelIndicator.NullImpl);
  }

  /**
   * Called by the project builder (not for clients) after a build published a new index;
   * {@code changedFiles} were checked or removed by it.
   */
  public void indexChanged(Set<URI> changedFiles) {
    synchronized (this) {
      changed = changedFiles;
      if (resource == null) {
        return;
      }
    }
    scheduleMarkers(); // links again against the new index and marks what the editor's text has now
  }

  /** Drops the parse and every loaded file. */
  public synchronized void dispose() {
    if (resourceSet != null) {
      for (Resource r : new ArrayList<>(resourceSet.getResources())) {
        r.unload();
      }
      resourceSet.getResources().clear();
    }
    resourceSet = null;
    resource = null;
    issues = null;
  }

  private XtextResource parse(String newText) {
    long now = project.generation();
    if (resourceSet == null) {
      resourceSet = LineModels.newResourceSet(LineProjects.injector());
      resourceSet.getLoadOptions().put(ResourceDescriptionsProvider.LIVE_SCOPE, Boolean.TRUE);
      LineIndex.install(resourceSet, project.project().getName(), project.index());
      generation = now;
    } else if (generation != now) {
      // another index: the files it changed are loaded again when a reference needs them
      LineIndex.update(resourceSet, project.index());
      for (Resource r : new ArrayList<>(resourceSet.getResources())) {
        if (r != resource && (changed.contains(r.getURI()) || generation + 1 != now)) {
          r.unload();
          resourceSet.getResources().remove(r);
        }
      }
      generation = now;
      if (resource != null) {
        resource.relink();
      }
      issues = null;
    }
    if (resource == null) {
      resource = (XtextResource) resourceSet.createResource(uri);
      load(newText);
    } else if (!newText.equals(text)) {
      update(newText);
    }
    text = newText;
    return resource;
  }

  private void load(String newText) {
    parses++;
    try {
      if (resource.isLoaded()) {
        resource.reparse(newText);
      } else {
        resource.load(new ByteArrayInputStream(newText.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e); // reading from memory
    }
    issues = null;
  }

  /** Reparses only the region that differs from the last version (Xtext's partial parsing). */
  private void update(String newText) {
    parses++;
    int prefix = 0;
    int max = Math.min(text.length(), newText.length());
    while (prefix < max && text.charAt(prefix) == newText.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix && text.charAt(text.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
      suffix++;
    }
    try {
      resource.update(prefix, text.length() - prefix - suffix, newText.substring(prefix, newText.length() - suffix));
    } catch (RuntimeException e) {
      load(newText); // partial parsing gave up: parse the whole text
    }
    issues = null;
  }

  /** Whether the file on disk says something else than this working copy. */
  synchronized boolean differsFromFile() {
    if (text == null || !file.exists()) {
      return false;
    }
    try (var in = file.getContents(true)) {
      return !text.equals(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | CoreException e) {
      return true;
    }
  }

  /** How many versions of the text were parsed (whole or in part): one per version, whoever reads it. */
  public synchronized int parses() {
    return parses;
  }

  /** The number of files the working copy has loaded beside its own (those its references need). */
  public synchronized int loadedFiles() {
    return resourceSet == null ? 0 : resourceSet.getResources().size() - (resource == null ? 0 : 1);
  }
}
