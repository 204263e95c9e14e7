package org.linebench.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linebench.dsl.api.Effective;
import org.linebench.model.line.Line;
import org.linebench.model.line.LineFile;
import org.linebench.model.line.Plant;
import org.linebench.model.line.Station;
import org.linebench.model.line.TopLevelElement;

/**
 * A plant with every line that belongs to it: the lines declared inside it and those declared in
 * files of their own with {@code line L of Plant}. What the rules look at. {@code plantContent}:
 * whether the rules see the plant's own texts, data sets and data flows; a project builder that
 * checks some lines of a plant and not the plant's file leaves them out, since what the rules find
 * there belongs to the plant's file, and a data set's sensors would load every line file it names.
 */
public record PlantModel(Plant plant, List<Line> lines, boolean plantContent) {

  public PlantModel {
    lines = List.copyOf(lines);
  }

  public PlantModel(Plant plant, List<Line> lines) {
    this(plant, lines, true);
  }

  /** The same lines without the plant's own texts, data sets and data flows. */
  public PlantModel withoutPlantContent() {
    return new PlantModel(plant, lines, false);
  }

  /** Every station of every line. */
  public List<Station> stations() {
    List<Station> out = new ArrayList<>();
    for (Line l : lines) {
      out.addAll(l.getStations());
    }
    return out;
  }

  /** The plants of the loaded files, in file order, with their lines. */
  public static List<PlantModel> of(Iterable<LineFile> files) {
    Map<Plant, List<Line>> plants = new LinkedHashMap<>();
    List<Line> separate = new ArrayList<>();
    for (LineFile f : files) {
      for (TopLevelElement e : f.getElements()) {
        if (e instanceof Plant p) {
          plants.computeIfAbsent(p, k -> new ArrayList<>()).addAll(p.getLines());
        } else if (e instanceof Line l) {
          separate.add(l);
        }
      }
    }
    for (Line l : separate) {
      Plant p = Effective.plant(l);
      if (p != null) {
        plants.computeIfAbsent(p, k -> new ArrayList<>()).add(l);
      }
    }
    List<PlantModel> out = new ArrayList<>();
    plants.forEach((p, ls) -> out.add(new PlantModel(p, ls)));
    return out;
  }
}
