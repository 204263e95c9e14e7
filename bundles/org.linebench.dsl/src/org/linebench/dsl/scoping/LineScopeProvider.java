package org.linebench.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.linebench.model.line.Line;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.Station;

import com.google.common.base.Suppliers;
import com.google.inject.Inject;

/**
 * Scoping of the line language. The references written most often (flows between the nodes of a
 * line, devices and zones of a station, emergency stops covering {@code Station.Zone}) are looked
 * up in a hash scope built once per line or station; only what is not found there goes to the
 * namespace-aware default (qualified names, other files, imports), which is built lazily.
 */
public class LineScopeProvider extends AbstractLineScopeProvider {
  private static final LinePackage L = LinePackage.eINSTANCE;

  @Inject
  private IResourceScopeCache cache;

  @Override
  public IScope getScope(EObject context, EReference reference) {
    Supplier<IScope> outer = Suppliers.memoize(() -> super.getScope(context, reference))::get;
    if (reference == L.getFlow_From() || reference == L.getFlow_To()) {
      Line line = container(context, Line.class);
      if (line != null) {
        return local(line, "nodes", outer, () -> { //$NON-NLS-1$
          List<NamedElement> nodes = new ArrayList<>(line.getSources());
          nodes.addAll(line.getStations());
          nodes.addAll(line.getBuffers());
          nodes.addAll(line.getSinks());
          return simple(nodes);
        });
      }
    } else if (reference == L.getSafetyDevice_Zone() || reference == L.getSafetyFunction_Devices()
        || reference == L.getFeatureBinding_Sensor() || reference == L.getSafetyFunction_Model()) {
      Station station = container(context, Station.class);
      if (station != null) {
        return local(station, "children", outer, () -> { //$NON-NLS-1$
          List<NamedElement> children = new ArrayList<>(station.getZones());
          children.addAll(station.getDevices());
          children.addAll(station.getSensors());
          children.addAll(station.getModels());
          return simple(children);
        });
      }
    } else if (reference == L.getEmergencyStop_Covers()) {
      Line line = container(context, Line.class);
      if (line != null) {
        return local(line, "zones", outer, () -> { //$NON-NLS-1$
          List<IEObjectDescription> zones = new ArrayList<>();
          for (Station s : line.getStations()) {
            if (s.getName() == null) {
              continue; // a station whose name does not parse: the syntax error says so
            }
            s.getZones().stream().filter(z -> z.getName() != null)
                .forEach(z -> zones.add(EObjectDescription.create(QualifiedName.create(s.getName(), z.getName()), z)));
          }
          return zones;
        });
      }
    }
    return outer.get();
  }

  /** A hash scope of a container's elements, cached until the resource changes; misses go to {@code outer}. */
  private IScope local(EObject container, String what, Supplier<IScope> outer, Supplier<List<IEObjectDescription>> elements) {
    Map<QualifiedName, IEObjectDescription> byName = cache.get(Tuples.create(LineScopeProvider.class, container, what),
        container.eResource(), () -> {
          Map<QualifiedName, IEObjectDescription> m = new LinkedHashMap<>();
          for (IEObjectDescription d : elements.get()) {
            m.putIfAbsent(d.getName(), d); // the first of duplicates wins; the validator reports the rest
          }
          return m;
        });
    return new LocalScope(byName, outer);
  }

  private static List<IEObjectDescription> simple(List<? extends NamedElement> elements) {
    List<IEObjectDescription> out = new ArrayList<>(elements.size());
    for (NamedElement e : elements) {
      if (e.getName() != null) {
        out.add(EObjectDescription.create(QualifiedName.create(e.getName()), e));
      }
    }
    return out;
  }

  private static <T> T container(EObject o, Class<T> type) {
    for (EObject c = o; c != null; c = c.eContainer()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /** Names of one container, found by hash; the outer scope is only built for a name not found here. */
  private static final class LocalScope implements IScope {
    private final Map<QualifiedName, IEObjectDescription> byName;
    private final Supplier<IScope> outer;

    LocalScope(Map<QualifiedName, IEObjectDescription> byName, Supplier<IScope> outer) {
      this.byName = byName;
      this.outer = outer;
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
      IEObjectDescription d = byName.get(name);
      return d != null ? d : outer.get().getSingleElement(name);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
      IEObjectDescription d = byName.get(name);
      return d != null ? List.of(d) : outer.get().getElements(name);
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
      for (IEObjectDescription d : byName.values()) {
        if (d.getEObjectOrProxy() == object) {
          return d;
        }
      }
      return outer.get().getSingleElement(object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
      IEObjectDescription d = getSingleElement(object);
      return d == null ? List.of() : List.of(d);
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
      List<IEObjectDescription> all = new ArrayList<>(byName.values());
      outer.get().getAllElements().forEach(all::add);
      return all;
    }
  }
}
