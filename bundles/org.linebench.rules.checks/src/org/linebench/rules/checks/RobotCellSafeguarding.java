package org.linebench.rules.checks;

import java.util.List;

import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.line.Guard;
import org.linebench.rules.api.line.InterlockedDoor;
import org.linebench.rules.api.line.LightCurtain;
import org.linebench.rules.api.line.PressureMat;
import org.linebench.rules.api.line.Robot;
import org.linebench.rules.api.line.SafetyDevice;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.api.line.StationKind;

/**
 * ISO 10218-2 / GB 11291.2 (safeguarding): a station with an industrial (not collaborative) robot,
 * or a robot cell, has a hazard zone, a perimeter guard protecting it, and interlocked access to it:
 * an interlocked door, or a presence-sensing device (light curtain, beam device, pressure-sensitive
 * mat) in the guard. Only devices that protect one of the station's own zones count; a light
 * curtain alone fences nothing.
 * <p>
 * No fix is proposed: a zone, a guard and its interlocked access are designed for the cell (their
 * heights, distances and response times are other rules' business); the finding says what to declare.
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
        context.report(st).variant("noZone").arg(st.name()).value("robots", String.valueOf(robots.size())).noFix("noZone").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        continue;
      }
      boolean guard = false;
      boolean door = false;
      boolean sensing = false;
      for (SafetyDevice d : st.devices()) {
        if (d.zone().isEmpty() || !st.zones().contains(d.zone().get())) {
          continue; // it protects another station's zone
        }
        guard |= d instanceof Guard;
        door |= d instanceof InterlockedDoor;
        sensing |= d instanceof LightCurtain || d instanceof PressureMat;
      }
      if (!guard) {
        context.report(st).variant("noPerimeter").arg(st.name()).value("presence-sensing", context.term(String.valueOf(sensing))).noFix("noPerimeter") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .add();
      }
      if (!door && !(guard && sensing)) {
        context.report(st).arg(st.name()).noFix("noAccess").add(); //$NON-NLS-1$
      }
    }
  }
}
