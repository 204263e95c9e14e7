package org.linebench.rules.checks;

import java.util.List;

import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Guard;
import org.linebench.model.line.InterlockedDoor;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.Robot;
import org.linebench.model.line.SafetyDevice;
import org.linebench.model.line.Station;
import org.linebench.model.line.StationKind;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;

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
      boolean cell = Effective.kind(st) == StationKind.ROBOT_CELL;
      boolean onlyCollaborative = robots.isEmpty() && st.getEquipment().stream().anyMatch(e -> e instanceof Robot);
      if (robots.isEmpty() && (!cell || onlyCollaborative)) {
        continue; // collaborative operation is the collaborative-modes rule's business
      }
      if (st.getZones().isEmpty()) {
        context.report(st).variant("noZone").arg(st.getName()).value("robots", String.valueOf(robots.size())).add(); //$NON-NLS-1$ //$NON-NLS-2$
        continue;
      }
      boolean perimeter = false;
      boolean interlocked = false;
      for (SafetyDevice d : st.getDevices()) {
        perimeter |= d instanceof Guard || d instanceof LightCurtain;
        interlocked |= d instanceof InterlockedDoor || d instanceof LightCurtain;
      }
      if (!perimeter) {
        context.report(st).variant("noPerimeter").arg(st.getName()).add(); //$NON-NLS-1$
      }
      if (!interlocked) {
        context.report(st).arg(st.getName()).add();
      }
    }
  }
}
