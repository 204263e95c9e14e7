package org.linebench.lsp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriUtil;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.linebench.dsl.api.LineImports;
import org.linebench.dsl.api.LineModels;

import com.google.inject.Inject;

/**
 * The workspace as the command line sees a folder: one project per workspace folder with every line
 * file below it, plus, as in {@code linebench validate FOLDER}, the files in the folders next to it
 * that declare a namespace its files import (the catalogue). Those are loaded for their types; the
 * server reports on them only while the client has them open. A document in no folder belongs to
 * no project: requests about it are answered with an error.
 */
public class LineWorkspaceConfigFactory implements IMultiRootWorkspaceConfigFactory {
  private static final Logger LOG = Logger.getLogger(LineWorkspaceConfigFactory.class);

  @Inject
  private UriExtensions uris;

  @Override
  public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> folders) {
    Workspace workspace = new Workspace();
    Set<String> names = new HashSet<>();
    for (WorkspaceFolder folder : folders) {
      if (folder == null || folder.getUri() == null) {
        continue;
      }
      URI root = UriUtil.toFolderURI(uris.toUri(folder.getUri()));
      String name = folder.getName() == null || folder.getName().isEmpty()
          ? root.segmentCount() > 1 ? root.segment(root.segmentCount() - 2) : "workspace" //$NON-NLS-1$
          : folder.getName();
      for (int i = 1; !names.add(name); i++) {
        name = name + i;
      }
      workspace.add(new Project(workspace, name, root, imported(root)));
    }
    return workspace;
  }

  /** The files next to the folder that declare what its files import; none if it cannot be searched. */
  private List<URI> imported(URI root) {
    if (!root.isFile()) {
      return List.of();
    }
    Path dir = Path.of(root.toFileString());
    try {
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      List<URI> out = new ArrayList<>();
      for (Path p : LineImports.missing(LineModels.collect(List.of(dir)), List.of(dir))) {
        out.add(uris.toEmfUri(p.toAbsolutePath().normalize().toUri()));
      }
      return out;
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot search the folders next to " + dir + " for imported files: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
      return List.of();
    }
  }

  /** The workspace folders' projects; unlike Xtext's, no project takes the files outside them. */
  public static final class Workspace implements IWorkspaceConfig {
    private final Map<String, Project> projects = new LinkedHashMap<>();

    void add(Project p) {
      projects.put(p.getName(), p);
    }

    @Override
    public Set<? extends IProjectConfig> getProjects() {
      return Set.copyOf(projects.values());
    }

    @Override
    public IProjectConfig findProjectContaining(URI member) {
      Project best = null;
      for (Project p : projects.values()) {
        if (p.findSourceFolderContaining(member) != null && (best == null || p.getPath().segmentCount() > best.getPath().segmentCount())) {
          best = p;
        }
      }
      return best;
    }

    @Override
    public IProjectConfig findProjectByName(String name) {
      return projects.get(name);
    }
  }

  /** A workspace folder: its own files, and the imported files next to it. */
  public static final class Project implements IProjectConfig {
    private final Workspace workspace;
    private final String name;
    private final URI root;
    private final Set<ISourceFolder> folders = new java.util.LinkedHashSet<>();

    Project(Workspace workspace, String name, URI root, List<URI> imported) {
      this.workspace = workspace;
      this.name = name;
      this.root = root;
      folders.add(new Folder(name, root));
      imported.forEach(f -> folders.add(new ImportedFile(f)));
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public URI getPath() {
      return root;
    }

    @Override
    public Set<? extends ISourceFolder> getSourceFolders() {
      return folders;
    }

    @Override
    public ISourceFolder findSourceFolderContaining(URI member) {
      return folders.stream().filter(f -> f.contains(member)).findFirst().orElse(null);
    }

    @Override
    public IWorkspaceConfig getWorkspaceConfig() {
      return workspace;
    }

    /** True for the files of the folder itself, false for the imported ones next to it. */
    public boolean owns(URI uri) {
      return UriUtil.isPrefixOf(root, uri);
    }
  }

  private record Folder(String getName, URI getPath) implements ISourceFolder {}

  /** One imported file next to the workspace folder, as a source folder of its own. */
  private record ImportedFile(URI getPath) implements ISourceFolder {
    @Override
    public String getName() {
      return getPath.toString();
    }

    @Override
    public boolean contains(URI uri) {
      return getPath.equals(uri);
    }

    @Override
    public List<URI> getAllResources(IFileSystemScanner scanner) {
      return List.of(getPath);
    }
  }
}
