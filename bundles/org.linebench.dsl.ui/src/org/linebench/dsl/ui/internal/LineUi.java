package org.linebench.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.linebench.dsl.api.LineModels;
import org.linebench.project.LineProjects;

import com.google.inject.Injector;

/**
 * The line language as the editor uses it: the injector it shares with the project builder, and
 * the parse of a document. A document of a workspace file is read through the file's
 * {@link org.linebench.project.WorkingCopy working copy} (one parse per version, linked against the
 * project's index, shared by validation, outline, line view, hover and content assist); a text
 * outside the workspace is parsed alone (the last one is kept).
 */
public final class LineUi {
  private static final Object STANDALONE_LOCK = new Object();
  private static String standaloneText;
  private static XtextResource standalone;

  private LineUi() {}

  public static Injector injector() {
    return LineProjects.injector();
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

  /** Applies {@code reader} to the parse of the document's current text. */
  public static <T> T read(IDocument document, Function<XtextResource, T> reader) {
    return read(document.get(), fileOf(document), reader);
  }

  /**
   * Applies {@code reader} to the parse of {@code text}: through the working copy of {@code file}, or
   * alone when {@code file} is null. The parse must not be kept beyond {@code reader}.
   */
  public static <T> T read(String text, IFile file, Function<XtextResource, T> reader) {
    if (file != null && file.getLocation() != null) {
      return LineProjects.workingCopy(file).read(text, reader);
    }
    synchronized (STANDALONE_LOCK) {
      if (standalone == null || !text.equals(standaloneText)) {
        XtextResourceSet rs = LineModels.newResourceSet(injector());
        XtextResource resource = (XtextResource) rs.createResource(URI.createURI("inmemory:/document.line")); //$NON-NLS-1$
        try {
          resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
        } catch (IOException e) {
          throw new IllegalStateException(e); // reading from memory
        }
        standalone = resource;
        standaloneText = text;
      }
      return reader.apply(standalone);
    }
  }

  /** Releases a file's working copy when the last editor of it closes (its file buffer goes). */
  static void releaseWorkingCopiesWithTheirBuffers() {
    FileBuffers.getTextFileBufferManager().addFileBufferListener(new IFileBufferListener() {
      @Override
      public void bufferDisposed(IFileBuffer buffer) {
        IPath path = buffer.getLocation();
        if (path != null && LineProjects.EXTENSION.equals(path.getFileExtension())
            && FileBuffers.getTextFileBufferManager().getFileBuffer(path, LocationKind.IFILE) == null
            && ResourcesPlugin.getWorkspace().getRoot().findMember(path) instanceof IFile file) {
          LineProjects.release(file);
        }
      }

      @Override
      public void bufferCreated(IFileBuffer buffer) {
        // the working copy is made when the editor first reads the file
      }

      @Override
      public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
        // the next read parses the new content
      }

      @Override
      public void bufferContentReplaced(IFileBuffer buffer) {
        // the next read parses the new content
      }

      @Override
      public void stateChanging(IFileBuffer buffer) {
        // nothing to do
      }

      @Override
      public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
        // saving builds the file
      }

      @Override
      public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
        // nothing to do
      }

      @Override
      public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
        // the next read makes a working copy of the new file
      }

      @Override
      public void underlyingFileDeleted(IFileBuffer buffer) {
        // the project's build drops the file
      }

      @Override
      public void stateChangeFailed(IFileBuffer buffer) {
        // nothing to do
      }
    });
  }
}
