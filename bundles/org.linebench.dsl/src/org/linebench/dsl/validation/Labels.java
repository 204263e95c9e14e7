package org.linebench.dsl.validation;

import java.lang.reflect.Field;

import org.linebench.model.units.Dimension;

/** Localized names of element types, dimensions and attributes, for use inside messages. */
public final class Labels {
  private Labels() {}

  /** "station" for Station, "hazard zone" for HazardZone, ...; the class name if we have no text. */
  public static String typeName(String eClassName) {
    return lookup("Type_" + eClassName, eClassName); //$NON-NLS-1$
  }

  public static String dimension(Dimension d) {
    return lookup("Dim_" + d.name(), d.name().toLowerCase()); //$NON-NLS-1$
  }

  /** "the cycle time" for cycleTime, ... */
  public static String feature(String featureName) {
    return lookup("Feature_" + featureName, featureName); //$NON-NLS-1$
  }

  private static String lookup(String field, String fallback) {
    try {
      Field f = Messages.class.getField(field);
      Object v = f.get(null);
      return v instanceof String s ? s : fallback;
    } catch (NoSuchFieldException | IllegalAccessException e) {
      return fallback;
    }
  }
}
