package org.linebench.rules.checks;

import java.util.List;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.Guard;
import org.linebench.rules.api.line.InterlockedDoor;
import org.linebench.rules.api.line.LightCurtain;
import org.linebench.rules.api.line.Robot;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.api.line.StationKind;

/**
 * ISO 10218-2 / GB 11291.2 (5.10): a station with an industrial (not collaborative) robot, or a
 * robot cell, has a hazard zone, perimeter safeguarding (a guard or a light curtain) and
 * interlocked access (an interlocked door or a light curtain).
 */
public class RobotCellSafeguarding implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      List<Robot> robots = Models.industrialRobots(st);
      boolean cell = st.kind().orElse(null) == StationKind.ROBOT_CELL;
      boolean onlyCollaborative = robots.isEmpty() && st.equipment().stream().anyMatch(e -> e instanceof Robot);
      if (robots.isEmpty() && (!cell || onlyCollaborative)) {
        continue; // collaborative operation is the collaborative-modes rule's business
      }
      if (st.zones().isEmpty()) {
        context.report(st).variant("noZone").arg(st.name()).value("robots", String.valueOf(robots.size())).add(); //$NON-NLS-1$ //$NON-NLS-2$
        continue;
      }
      boolean perimeter = false;
      boolean interlocked = false;
      for (SafetyDevice d : st.devices()) {
        perimeter |= d instanceof Guard || d instanceof LightCurtain;
        interlocked |= d instanceof InterlockedDoor || d instanceof LightCurtain;
      }
      if (!perimeter) {
        context.report(st).variant("noPerimeter").arg(st.name()).add(); //$NON-NLS-1$
      }
      if (!interlocked) {
        context.report(st).arg(st.name()).add();
      }
    }
  }
}
