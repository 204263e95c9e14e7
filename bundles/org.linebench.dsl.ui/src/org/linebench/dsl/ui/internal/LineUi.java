package org.linebench.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.linebench.dsl.ide.LineIdeSetup;

import com.google.inject.Injector;

/** The line language as the editor uses it: one IDE injector, documents parsed with their project. */
public final class LineUi {
  private static final com.google.common.base.Supplier<Injector> INJECTOR = com.google.common.base.Suppliers
      .memoize(() -> new LineIdeSetup().createInjectorAndDoEMFRegistration());

  private LineUi() {}

  public static Injector injector() {
    return INJECTOR.get();
  }

  /** The workspace file an editor document belongs to, or null (a file outside the workspace). */
  public static IFile fileOf(IDocument document) {
    ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
    if (buffer == null || buffer.getLocation() == null) {
      return null;
    }
    IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation());
    return r instanceof IFile f ? f : null;
  }

  /**
   * Parses the document's text; the other line files of its project are loaded beside it, so that
   * imports and types of the project's libraries resolve.
   */
  public static XtextResource parse(String text, IFile file) {
    XtextResourceSet rs = injector().getInstance(XtextResourceSet.class);
    Map<String, String> options = Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
    if (file != null && file.getProject() != null && file.getProject().isAccessible()) {
      for (IFile other : lineFiles(file)) {
        XtextResource r = (XtextResource) rs.createResource(URI.createPlatformResourceURI(other.getFullPath().toString(), true));
        try (InputStream in = other.getContents()) {
          r.load(in, options);
        } catch (IOException | CoreException e) {
          rs.getResources().remove(r); // unreadable: its references show as unresolved
        }
      }
    }
    URI uri = file == null ? URI.createURI("inmemory:/document.line") //$NON-NLS-1$
        : URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    XtextResource resource = (XtextResource) rs.createResource(uri);
    try {
      resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options);
    } catch (IOException e) {
      throw new IllegalStateException(e); // reading from memory
    }
    return resource;
  }

  private static List<IFile> lineFiles(IFile except) {
    List<IFile> files = new ArrayList<>();
    try {
      except.getProject().accept(r -> {
        if (r instanceof IFile f && "line".equals(f.getFileExtension()) && !f.equals(except)) { //$NON-NLS-1$
          files.add(f);
        }
        return true;
      });
    } catch (CoreException e) {
      // a closed or vanished project: parse the document alone
    }
    return files;
  }
}
