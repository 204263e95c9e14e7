package org.linebench.aas.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.digitaltwin.aas4j.v3.model.ConceptDescription;
import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeIec61360;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultConceptDescription;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultDataSpecificationIec61360;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultEmbeddedDataSpecification;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultLangStringPreferredNameTypeIec61360;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Units;

/**
 * LineBench's quantities as AAS concepts: each with its unit (an AAS property has none of its own;
 * its concept description carries the unit, as IEC 61360 has it). A quantity is exported in its
 * concept's unit, converted from the unit the line file gives it. The environment gets a concept
 * description for each concept used.
 */
public final class Concepts {
  /** A LineBench concept: name (in its URN), English name, IEC 61360 unit, data type. */
  public record Concept(String name, String preferredName, String unit, DataTypeIec61360 type) {
    public String id() {
      return Ids.concept(name);
    }
  }

  public static final Concept TAKT = measure("takt", "Takt time", "s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept CYCLE_TIME = measure("cycle-time", "Cycle time", "s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept OPERATORS = new Concept("operators", "Operators", null, DataTypeIec61360.INTEGER_COUNT); //$NON-NLS-1$ //$NON-NLS-2$
  public static final Concept MTBF = measure("mtbf", "Mean time between failures", "h"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept MTTR = measure("mttr", "Mean time to repair", "min"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept STOPPING_TIME = measure("stopping-time", "Stopping time of the hazardous motion", "ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept PAYLOAD = measure("payload", "Rated payload", "kg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept REACH = measure("reach", "Maximum reach", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept MAX_SPEED = measure("max-speed", "Maximum speed", "mm/s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept POWER = measure("power", "Rated power", "kW"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept HEIGHT = measure("guard-height", "Guard height", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept DISTANCE = measure("safety-distance", "Distance to the hazard", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept OPENING = measure("guard-opening", "Largest opening of the guard", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept DETECTION = measure("detection-capability", "Detection capability", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept RESPONSE_TIME = measure("response-time", "Response time", "ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept SAMPLING_RATE = measure("sampling-rate", "Sampling rate", "Hz"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept GROUND_CLEARANCE = measure("ground-clearance", "Gap between the floor and the guard's lower edge", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept DOOR_OPENING = measure("door-opening", "Door opening before the interlock stops the hazard", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept BEAM = measure("beam-height", "Height of a beam above the reference plane", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept TOP = measure("detection-zone-top", "Top of the detection zone above the reference plane", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept STEP = measure("step-height", "Height of the step the mat lies on", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept ZONE_HEIGHT = measure("hazard-zone-height", "Height of the hazard zone above the reference plane", "mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept MTTFD = measure("mttfd", "Mean time to dangerous failure of each channel (ISO 13849-1)", "a"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept DC_AVG = measure("dc-avg", "Average diagnostic coverage (ISO 13849-1)", "%"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  public static final Concept CCF = new Concept("ccf-score", "Score against common-cause failure (ISO 13849-1 Annex F)", null, DataTypeIec61360.INTEGER_COUNT); //$NON-NLS-1$ //$NON-NLS-2$
  public static final Concept PFHD = new Concept("pfhd", "Probability of a dangerous failure per hour", "1/h", DataTypeIec61360.REAL_MEASURE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

  private static Concept measure(String name, String preferredName, String unit) {
    return new Concept(name, preferredName, unit, DataTypeIec61360.REAL_MEASURE);
  }

  private final Map<String, Concept> used = new LinkedHashMap<>();

  /** The quantity in the concept's unit as a property; null when it has none or a unit that does not convert. */
  public SubmodelElement quantity(String idShort, Concept c, Quantity q) {
    if (q == null) {
      return null;
    }
    Double value = Units.convert(q, c.unit()).orElse(null);
    if (value == null) {
      return null;
    }
    used.put(c.id(), c);
    return Sm.number(idShort, c.id(), value);
  }

  public SubmodelElement count(String idShort, Concept c, Integer n) {
    if (n == null) {
      return null;
    }
    used.put(c.id(), c);
    return Sm.integer(idShort, c.id(), n);
  }

  public SubmodelElement number(String idShort, Concept c, Double v) {
    if (v == null) {
      return null;
    }
    used.put(c.id(), c);
    return Sm.number(idShort, c.id(), v);
  }

  /** Concept descriptions of the concepts used (IEC 61360: preferred name, unit, data type). */
  public List<ConceptDescription> descriptions() {
    List<ConceptDescription> result = new ArrayList<>();
    for (Concept c : used.values()) {
      DefaultDataSpecificationIec61360.Builder spec = new DefaultDataSpecificationIec61360.Builder()
          .preferredName(new DefaultLangStringPreferredNameTypeIec61360.Builder().language("en").text(c.preferredName()).build()) //$NON-NLS-1$
          .dataType(c.type());
      if (c.unit() != null) {
        spec.unit(c.unit());
      }
      result.add(new DefaultConceptDescription.Builder().id(c.id()).idShort(Ids.idShort(c.name()))
          .embeddedDataSpecifications(new DefaultEmbeddedDataSpecification.Builder()
              .dataSpecification(Sm.global("https://admin-shell.io/DataSpecificationTemplates/DataSpecificationIEC61360/3/0")) //$NON-NLS-1$
              .dataSpecificationContent(spec.build()).build())
          .build());
    }
    return result;
  }
}
