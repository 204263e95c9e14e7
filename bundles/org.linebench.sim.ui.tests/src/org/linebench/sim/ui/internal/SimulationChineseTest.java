package org.linebench.sim.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;
import org.linebench.testing.ui.Workbenches;

/** The simulation in the workbench started with {@code -nl zh_CN} (its own test run, see the pom). */
class SimulationChineseTest {

  @Test
  void theSimulationSpeaksChinese() throws Exception {
    assertEquals("zh_CN", Platform.getNL(), "this class runs in the execution started with -nl zh_CN");
    boolean menu = false;
    for (MenuItem item : Workbenches.window().getShell().getMenuBar().getItems()) {
      menu |= item.getText().startsWith("仿真");
    }
    assertTrue(menu, "the Simulation menu is 仿真");
    Workbench.Simulated s = Workbench.simulateBodyShop();
    assertEquals("仿真", s.view().getPartName());
    assertTrue(Messages.View_title.contains("次重复运行"), Messages.View_title);
    assertTrue(org.linebench.sim.report.Messages.Col_working.equals("工作"), "the report's texts too");
    Workbench.screenshot(s.view(), "simulation-zh.png");
  }
}
