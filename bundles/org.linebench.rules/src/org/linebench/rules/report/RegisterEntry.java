package org.linebench.rules.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.PlantModel;
import org.linebench.rules.api.Location;
import org.linebench.rules.api.line.Hazard;
import org.linebench.rules.api.line.Line;
import org.linebench.rules.api.line.NamedElement;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.internal.view.Views;

/**
 * One row of the risk assessment register (ISO 12100 / GB/T 15706) the reports carry: a hazard of a
 * line, where it is, what kind, when and to whom, its risk before the measures, the measures and the
 * residual risk, as written in the line file (words in the line language's own terms).
 */
public record RegisterEntry(String hazard, String label, String station, String zone, String kind, List<String> phases,
    List<String> persons, String risk, String design, List<String> measures, String residual, Path file, int line) {

  public RegisterEntry {
    phases = List.copyOf(phases);
    persons = List.copyOf(persons);
    measures = List.copyOf(measures);
  }

  /** The register of the given plants, in plant, line and file order. */
  public static List<RegisterEntry> of(List<PlantModel> plants) {
    return ofViews(plants.stream().map(Views::of).toList());
  }

  /** The register of plants whose views are built. */
  static List<RegisterEntry> ofViews(List<Plant> plants) {
    List<RegisterEntry> out = new ArrayList<>();
    for (Plant plant : plants) {
      for (Line line : plant.lines()) {
        for (Hazard h : line.hazards()) {
          Location where = h.location();
          out.add(new RegisterEntry(h.qualifiedName(), h.label().orElse(""), h.station().map(NamedElement::name).orElse("-"), //$NON-NLS-1$ //$NON-NLS-2$
              h.zone().map(NamedElement::name).orElse("-"), h.type().orElse("-"), h.phases(), h.persons(), //$NON-NLS-1$ //$NON-NLS-2$
              h.risk().map(r -> r.code()).orElse("-"), h.design().orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
              h.measures().stream().map(NamedElement::name).toList(),
              h.residualAcceptable().map(a -> a ? "acceptable" : "not-acceptable").orElse("-"), where.file(), where.line())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
      }
    }
    return out;
  }

  /** The row as one line of text: {@code OP20/Z20 H20; mechanical; operation, maintenance; operator; S2F2P2; F20, SF20; acceptable}. */
  public String summary() {
    String name = station + "/" + zone + " " + hazard.substring(hazard.lastIndexOf('.') + 1) //$NON-NLS-1$ //$NON-NLS-2$
        + (label.isEmpty() ? "" : " \u201c" + label + "\u201d"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    List<String> done = new ArrayList<>();
    if (!design.isEmpty()) {
      done.add(design);
    }
    done.addAll(measures);
    return String.join("; ", name, kind, String.join(", ", phases), String.join(", ", persons), risk, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        done.isEmpty() ? "-" : String.join(", ", done), residual); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
