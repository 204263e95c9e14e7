package org.linebench.rules.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.line.Component;
import org.linebench.rules.api.line.Equipment;
import org.linebench.rules.api.line.Machine;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.api.line.Robot;
import org.linebench.rules.api.line.Station;
import org.linebench.rules.internal.view.Views;

/**
 * The section "equipment": every robot, machine and component of the checked plants with its
 * catalogue type, product category and marks (effective values: its own, else its type's), and
 * where it stands with the CCC mark: carried, missing (a pack's CCC rule found it: the pack's
 * catalogue of categories decides, not this list), or neither. A plant of thousands of stations
 * lists every piece that lacks the mark and the first others up to {@link Document#DETAIL_CAP} rows,
 * with a count of the rest.
 */
final class EquipmentList {
  /** The mark of China's compulsory certification. */
  static final String CCC = "CCC"; //$NON-NLS-1$

  private EquipmentList() {}

  static Document.Section section(Report report, Texts t) {
    Set<String> cccFindings = new HashSet<>();
    for (Finding f : report.findings()) {
      String at = where(f.file(), f.line());
      if (f.ruleId().contains(".ccc.")) { //$NON-NLS-1$
        cccFindings.add(at);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    int total = 0;
    int carried = 0;
    int missing = 0;
    int left = 0;
    for (PlantModel pm : report.models()) {
      Plant plant = Views.of(pm);
      for (Station s : plant.stations()) {
        for (Equipment e : s.equipment()) {
          total++;
          String at = where(e.location().file(), e.location().line());
          boolean has = e.marks().contains(CCC);
          boolean lacks = !has && cccFindings.contains(at);
          carried += has ? 1 : 0;
          missing += lacks ? 1 : 0;
          if (rows.size() >= Document.DETAIL_CAP && !lacks) {
            left++;
            continue;
          }
          rows.add(List.of(s.name(), label(e.name(), e.label().orElse("")), //$NON-NLS-1$
              t.get("doc.kind." + kind(e)), e.type().map(ty -> ty.maker().map(m -> ty.name() + " (" + m + ")").orElse(ty.name())).orElse("-"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
              e.category().map(c -> t.get("doc.cat." + c.name())).orElse("-"), e.marks().isEmpty() ? "-" : String.join(", ", new TreeSet<>(e.marks())), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              t.get(has ? "doc.ccc.carried" : lacks ? "doc.ccc.missing" : "doc.ccc.none"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
      }
    }
    if (total == 0) {
      return null;
    }
    List<Document.Block> blocks = new ArrayList<>();
    blocks.add(new Document.Paragraph(t.bind("doc.equipmentSummary", new Object[] {total, carried, missing}), true)); //$NON-NLS-1$
    blocks.add(new Document.Table(List.of(t.get("doc.station"), t.get("doc.equipment"), t.get("doc.kind"), t.get("doc.type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        t.get("doc.category"), t.get("doc.marks"), CCC), rows)); //$NON-NLS-1$ //$NON-NLS-2$
    if (left > 0) {
      blocks.add(new Document.Paragraph(t.bind("doc.more", left), false)); //$NON-NLS-1$
    }
    return new Document.Section("equipment", t.get("doc.equipmentList"), blocks); //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static String kind(Equipment e) {
    return e instanceof Robot ? "robot" : e instanceof Machine ? "machine" : e instanceof Component ? "component" : "other"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }

  private static String where(Path file, int line) {
    return (file == null ? "" : file.toAbsolutePath().normalize().toString()) + ":" + line; //$NON-NLS-1$ //$NON-NLS-2$
  }

  private static String label(String name, String label) {
    return label.isEmpty() ? name : name + "  " + label; //$NON-NLS-1$
  }
}
