package org.linebench.rules.internal.view;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.linebench.model.line.NamedElement;
import org.linebench.rules.api.Location;
import org.linebench.rules.api.line.Element;
import org.linebench.rules.internal.Locations;

/**
 * An element of the view: the model object it shows, kept to find its text when a finding asks
 * where it is. Everything else is read when the view is built; the model is not touched while
 * rules run, except to compute a location.
 */
abstract class Node implements Element {
  final EObject model;
  private final Views views;

  Node(Views views, EObject model) {
    this.views = views;
    this.model = model;
  }

  @Override
  public Location location() {
    int[] lc = Locations.lineAndColumn(model);
    return new Location(views.file(model), lc[0], lc[1]);
  }

  @Override
  public String qualifiedName() {
    return Locations.qualifiedName(model);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " " + qualifiedName(); //$NON-NLS-1$
  }

  /** A named element of the view. */
  abstract static class Named extends Node implements org.linebench.rules.api.line.NamedElement {
    private final String name;
    private final Optional<String> label;

    Named(Views views, NamedElement model) {
      super(views, model);
      this.name = model.getName() == null ? "" : model.getName(); //$NON-NLS-1$
      this.label = Optional.ofNullable(model.getLabel()).filter(l -> !l.isBlank());
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<String> label() {
      return label;
    }
  }
}
