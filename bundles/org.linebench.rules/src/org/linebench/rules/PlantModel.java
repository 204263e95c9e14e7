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
 * files of their own with {@code line L of Plant}. What the rules look at.
 */
public record PlantModel(Plant plant, List<Line> lines) {

  public PlantModel {
    lines = List.copyOf(lines);
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
