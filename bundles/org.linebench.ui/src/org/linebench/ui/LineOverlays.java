package org.linebench.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;

/**
 * Figures other bundles paint over the line view's diagram of a file: the utilisation of each
 * station (its fill colour), the mean fill of each buffer (a bar) and one marked station (the
 * bottleneck). The simulation puts its results here; the line view shows them for the file it
 * shows. Nodes are named as in the diagram: {@code Line.Node}.
 */
public final class LineOverlays {

  /**
   * What is painted over one file's diagram.
   *
   * @param title what the figures are, shown in the view's description
   * @param utilisation per station, 0..1
   * @param fill per buffer, its mean fill as a share of its places (0..1)
   * @param labels per node, a short text shown in its box (e.g. {@code 61 %})
   * @param marked a node drawn with a strong frame, or null
   */
  public record Overlay(String title, Map<String, Double> utilisation, Map<String, Double> fill, Map<String, String> labels,
      String marked) {
    public Overlay {
      utilisation = Map.copyOf(utilisation);
      fill = Map.copyOf(fill);
      labels = Map.copyOf(labels);
    }
  }

  private static final Map<IPath, Overlay> BY_FILE = new ConcurrentHashMap<>();
  private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

  private LineOverlays() {}

  /** Shows the figures over the diagram of a file, replacing what was there. */
  public static void show(IFile file, Overlay overlay) {
    BY_FILE.put(file.getFullPath(), overlay);
    LISTENERS.forEach(Runnable::run);
  }

  /** Removes the figures of a file. */
  public static void clear(IFile file) {
    if (BY_FILE.remove(file.getFullPath()) != null) {
      LISTENERS.forEach(Runnable::run);
    }
  }

  /** The figures of a file, or null. */
  public static Overlay of(IFile file) {
    return file == null ? null : BY_FILE.get(file.getFullPath());
  }

  /** Told (on any thread) whenever figures change. */
  public static void addListener(Runnable listener) {
    LISTENERS.add(listener);
  }

  public static void removeListener(Runnable listener) {
    LISTENERS.remove(listener);
  }
}
