package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/**
 * A station. Kind, cycle time, operators, MTBF and MTTR are effective: the station's own value,
 * else its station type's.
 */
public interface Station extends FlowNode {

  Line line();

  /** The catalogue type ({@code station OP20 : WeldCell}), if given and found. */
  Optional<StationType> type();

  Optional<StationKind> kind();

  Optional<Quantity> cycleTime();

  Optional<Integer> operators();

  Optional<Quantity> mtbf();

  Optional<Quantity> mttr();

  /** Time the station's hazardous motion needs to stop. */
  Optional<Quantity> stoppingTime();

  List<Equipment> equipment();

  List<HazardZone> zones();

  List<SafetyDevice> devices();

  List<SafetyFunction> safetyFunctions();

  List<Sensor> sensors();

  List<OperatorText> texts();

  List<ModelAttachment> models();
}
