package org.linebench.dsl.api;

import java.nio.file.Path;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.linebench.model.line.Distribution;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationType;

/**
 * The times a simulation reads from a station, with how they vary, once its type is taken into
 * account (a station's own value wins, with its own variation). Beside {@link Effective}; kept apart
 * so that the simulation's additions stay in one place.
 */
public final class Timings {
  private Timings() {}

  /**
   * A declared time and how it varies.
   *
   * @param value the declared value: the mean, or for a triangular variation its mode; null when absent
   * @param variation null for a constant value
   */
  public record Timing(Quantity value, Distribution variation) {
    public boolean isPresent() {
      return value != null;
    }
  }

  private static StationType type(Station s) {
    return s.getType() == null || s.getType().eIsProxy() ? null : s.getType();
  }

  public static Timing cycle(Station s) {
    StationType t = type(s);
    return s.getCycleTime() != null || t == null ? new Timing(s.getCycleTime(), s.getCycleVariation())
        : new Timing(t.getCycleTime(), t.getCycleVariation());
  }

  public static Timing mtbf(Station s) {
    StationType t = type(s);
    return s.getMtbf() != null || t == null ? new Timing(s.getMtbf(), s.getMtbfVariation())
        : new Timing(t.getMtbf(), t.getMtbfVariation());
  }

  public static Timing mttr(Station s) {
    StationType t = type(s);
    return s.getMttr() != null || t == null ? new Timing(s.getMttr(), s.getMttrVariation())
        : new Timing(t.getMttr(), t.getMttrVariation());
  }

  public static Timing setup(Station s) {
    StationType t = type(s);
    return s.getSetupTime() != null || t == null ? new Timing(s.getSetupTime(), s.getSetupVariation())
        : new Timing(t.getSetupTime(), null);
  }

  /**
   * A file a line file names (readings, empirical data), relative to the folder of the file the
   * element stands in; null when that file is not on disk (an editor buffer without a file).
   */
  public static Path file(EObject element, String relative) {
    return file(element == null ? null : element.eResource(), relative);
  }

  /** A file named relative to the folder of a resource's file; null when the resource is not a file on disk. */
  public static Path file(Resource resource, String relative) {
    if (resource == null || resource.getURI() == null || relative == null) {
      return null;
    }
    URI uri = resource.getURI();
    if (!uri.isFile()) {
      uri = CommonPlugin.resolve(uri);
    }
    if (!uri.isFile()) {
      return null;
    }
    return Path.of(uri.toFileString()).toAbsolutePath().getParent().resolve(relative).normalize();
  }

  /** Minutes after midnight of a time of day written HH:MM (00:00 to 24:00), or -1 if it is none. */
  public static int minutes(String timeOfDay) {
    if (timeOfDay == null) {
      return -1;
    }
    int colon = timeOfDay.indexOf(':');
    if (colon < 1 || colon == timeOfDay.length() - 1) {
      return -1;
    }
    try {
      int h = Integer.parseInt(timeOfDay.substring(0, colon).trim());
      int m = Integer.parseInt(timeOfDay.substring(colon + 1).trim());
      if (h < 0 || m < 0 || m > 59 || h > 24 || h == 24 && m > 0 || timeOfDay.length() - colon - 1 != 2) {
        return -1;
      }
      return h * 60 + m;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
