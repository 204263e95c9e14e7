package org.linebench.sim.line;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A line that cannot be simulated: a localized message naming the element, and where it stands
 * (file and line) when it comes from a line file.
 */
public class SimulationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  public SimulationException(String localizedMessage, EObject element) {
    super(localizedMessage);
    Path f = null;
    int l = 0;
    if (element != null && element.eResource() != null && element.eResource().getURI() != null
        && element.eResource().getURI().isFile()) {
      f = Path.of(element.eResource().getURI().toFileString());
      ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
      l = node == null ? 0 : node.getStartLine();
    }
    this.file = f;
    this.line = l;
  }

  /** The line file, or null. */
  public Path file() {
    return file;
  }

  /** The 1-based line in it, or 0. */
  public int line() {
    return line;
  }

  /** {@code file:line: message}, the file shown relative to {@code base} when below it. */
  public String describe(Path base) {
    if (file == null) {
      return getMessage();
    }
    Path shown = base != null && file.toAbsolutePath().normalize().startsWith(base) ? base.relativize(file.toAbsolutePath().normalize()) : file;
    return shown + ":" + line + ": " + getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
