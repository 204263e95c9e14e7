package org.linebench.dsl.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * Global scoping through an index: a resource set that carries the descriptions (exported names) of
 * a project's files finds names of other files there, by hash, and loads another file only when a
 * reference into it is resolved. This is how Xtext's incremental builder and language server scope
 * (a {@link ChunkedResourceDescriptions} with one chunk per project); the command line, the project
 * builder and the editor all use it.
 */
public final class LineIndex {
  private LineIndex() {}

  /**
   * Makes {@code resourceSet} scope through {@code index} as project {@code project}; returns the
   * installed descriptions, whose chunk can be replaced later ({@link #update}).
   */
  public static ChunkedResourceDescriptions install(ResourceSet resourceSet, String project, ResourceDescriptionsData index) {
    ProjectDescription description = new ProjectDescription();
    description.setName(project);
    description.attachToEmfObject(resourceSet);
    return new ChunkedResourceDescriptions(Map.of(project, index), resourceSet);
  }

  /** Replaces the index a resource set of {@link #install} scopes through. */
  public static void update(ResourceSet resourceSet, ResourceDescriptionsData index) {
    ChunkedResourceDescriptions chunks = ChunkedResourceDescriptions.findInEmfObject(resourceSet);
    ProjectDescription project = ProjectDescription.findInEmfObject(resourceSet);
    if (chunks == null || project == null) {
      throw new IllegalStateException("no index installed in this resource set"); //$NON-NLS-1$
    }
    chunks.setContainer(project.getName(), index);
  }

  /** The descriptions of loaded resources: an index of them, for resources that stay loaded. */
  public static ResourceDescriptionsData describe(Iterable<? extends Resource> resources) {
    List<IResourceDescription> descriptions = new ArrayList<>();
    for (Resource r : resources) {
      if (r instanceof XtextResource x) {
        descriptions.add(x.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(r));
      }
    }
    return new ResourceDescriptionsData(descriptions);
  }
}
