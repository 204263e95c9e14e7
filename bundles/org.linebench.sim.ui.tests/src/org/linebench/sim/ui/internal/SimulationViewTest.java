package org.linebench.sim.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.linebench.testing.ui.Workbenches.find;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.linebench.diagram.DiagramStyle;
import org.linebench.diagram.LineDiagram.Node;
import org.linebench.sim.Simulation;
import org.linebench.sim.SimulationResult;
import org.linebench.sim.report.SimulationReport;
import org.linebench.sim.ui.SimUi;
import org.linebench.testing.ui.Workbenches;
import org.linebench.ui.LineOverlays;

/** Simulate Line in the real workbench: the Simulation view, the line view coloured by utilisation, the dialog. */
class SimulationViewTest {

  @Test
  void theBodyShopSimulatedInTheWorkbench() throws Exception {
    Workbench.Simulated s = Workbench.simulateBodyShop();
    SimulationResult r = s.view().result();
    assertEquals("BodyInWhite", r.line());
    assertEquals(4, r.options().replications());
    assertNotNull(r.bottleneck());
    assertEquals(2, r.whatIfs().size());

    // the line view: stations coloured by their utilisation, the buffer's fill, the bottleneck framed
    LineOverlays.Overlay overlay = LineOverlays.of(s.file());
    assertNotNull(overlay);
    for (SimulationResult.StationResult st : r.stations()) {
      assertEquals(st.utilisation(), overlay.utilisation().get("BodyInWhite." + st.name()), 1e-12, st.name());
    }
    assertEquals(r.buffer("B1").orElseThrow().meanFill().mean() / 6, overlay.fill().get("BodyInWhite.B1"), 1e-12);
    assertEquals("BodyInWhite." + r.bottleneck(), overlay.marked());
    Path png = Workbench.screenshots().resolve("line-utilisation.png");
    s.lineView().exportPng(png);
    ImageData data;
    try (InputStream in = Files.newInputStream(png)) {
      data = new ImageData(in);
    }
    for (String station : List.of("OP10", "OP30", "OP50", "OP60")) {
      Node n = s.lineView().diagram().node("BodyInWhite." + station).orElseThrow();
      int x = 10 + (int) Math.round(n.box().x()) + 6;
      int y = 10 + (int) Math.round(n.box().y() + n.box().height()) - 6;
      double u = r.station(station).orElseThrow().utilisation();
      assertEquals(rgb(DiagramStyle.utilisation(u)), data.palette.getRGB(data.getPixel(x, y)), station + " painted by its utilisation " + u);
    }

    // the Simulation view: a bar per station in the states' colours
    SimulationView view = s.view();
    int w = Math.max(600, view.canvas().getClientArea().width);
    Image image = new Image(view.canvas().getDisplay(), w, view.preferredSize().y + 20);
    ImageData painted;
    try {
      GC gc = new GC(image);
      try {
        view.paint(gc, 0);
      } finally {
        gc.dispose();
      }
      painted = image.getImageData();
    } finally {
      image.dispose();
    }
    int working = 0;
    int failed = 0;
    for (int y = 0; y < painted.height; y++) {
      for (int x = 0; x < painted.width; x++) {
        RGB c = painted.palette.getRGB(painted.getPixel(x, y));
        if (c.equals(rgb(SimulationReport.STATE_COLORS[0]))) {
          working++;
        } else if (c.equals(rgb(SimulationReport.STATE_COLORS[3]))) {
          failed++;
        }
      }
    }
    assertTrue(working > 500, "working is painted green: " + working);
    assertTrue(failed > 20, "OP20's predicted stops are painted red: " + failed);

    Workbench.screenshot(view, "simulation-en.png");
    Workbench.screenshot(s.lineView(), "simulation-line-en.png");
  }

  @Test
  void theSimulateCommandIsInTheSimulationMenu() {
    ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
    Command c = commands.getCommand(SimUi.COMMAND_SIMULATE);
    assertTrue(c.isDefined());
    Menu bar = Workbenches.window().getShell().getMenuBar();
    boolean found = false;
    for (MenuItem item : bar.getItems()) {
      found |= item.getText().replace("&", "").equals("Simulation");
    }
    assertTrue(found, "a Simulation menu");
  }

  @Test
  void theDialogChecksItsFields() {
    SimulateDialog d = new SimulateDialog(Workbenches.window().getShell(), "bodyshop.line", List.of("BodyInWhite"),
        Simulation.Options.defaults(), null);
    d.setBlockOnOpen(false);
    d.open();
    try {
      List<Text> texts = find(d.getShell(), Text.class).stream().filter(Text::getEditable).toList();
      assertEquals(List.of("1y", "1d", "30", "1"), texts.stream().map(Text::getText).toList());
      Button ok = find(d.getShell(), Button.class).stream().filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
          .findFirst().orElseThrow();
      assertTrue(ok.isEnabled());
      texts.get(0).setText("1 year");
      assertFalse(ok.isEnabled(), "not a duration");
      assertTrue(d.getErrorMessage().startsWith("Horizon (per replication): needs a duration"), d.getErrorMessage());
      texts.get(0).setText("2w");
      texts.get(1).setText("3w");
      assertFalse(ok.isEnabled());
      assertEquals("The warm-up must be shorter than the horizon", d.getErrorMessage());
      texts.get(1).setText("12h");
      texts.get(2).setText("1");
      assertFalse(ok.isEnabled(), "one replication gives no confidence interval");
      assertEquals("From 2 to 10000 replications: the confidence intervals come from the spread between them", d.getErrorMessage());
      texts.get(2).setText("8");
      assertTrue(ok.isEnabled());
      ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
      assertEquals("BodyInWhite", d.line());
      assertEquals(new Simulation.Options(14 * Simulation.DAY, 12 * 3600, 8, 1, true), d.options());
    } finally {
      d.close();
    }
  }

  private static RGB rgb(int c) {
    return new RGB((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
  }
}
