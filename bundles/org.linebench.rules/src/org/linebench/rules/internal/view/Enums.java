package org.linebench.rules.internal.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The view's enumerations from the metamodel's: the same constants, by name. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> Optional<E> of(Enum<?> model, Class<E> type) {
    return model == null ? Optional.empty() : Optional.of(Enum.valueOf(type, model.name()));
  }

  static <E extends Enum<E>> E get(Enum<?> model, Class<E> type) {
    return of(model, type).orElse(null);
  }

  static <E extends Enum<E>> List<E> all(List<? extends Enum<?>> model, Class<E> type) {
    List<E> out = new ArrayList<>(model.size());
    for (Enum<?> m : model) {
      out.add(Enum.valueOf(type, m.name()));
    }
    return List.copyOf(out);
  }
}
