package org.linebench.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.linebench.core.AtomicFiles;

/** Saves a picture of a window as PNG, written atomically (a temporary file, then a move). */
public final class Screenshots {

  private Screenshots() {}

  /** Captures the shell as it is on screen now. Call on the UI thread. */
  public static void save(Shell shell, Path png) throws IOException {
    shell.getDisplay().readAndDispatch();
    Rectangle size = shell.getBounds();
    Image image = new Image(shell.getDisplay(), size.width, size.height);
    GC gc = new GC(shell);
    ImageData data;
    try {
      gc.copyArea(image, 0, 0);
      data = image.getImageData();
    } finally {
      gc.dispose();
      image.dispose();
    }
    ImageLoader loader = new ImageLoader();
    loader.data = new ImageData[] {data};
    AtomicFiles.write(png, out -> loader.save(out, SWT.IMAGE_PNG));
  }
}
