package org.linebench.aml.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.linebench.model.line.LineFactory;
import org.linebench.model.line.Quantity;
import org.linebench.model.units.Dimension;
import org.linebench.model.units.Units;

/**
 * The values of an element being imported: its own attributes, found by their LineBench names or
 * the names other tools give them ({@code CycleTime}, {@code Manufacturer}), and what its system
 * unit classes say where it says nothing itself. Remembers which attributes were used, so that the
 * others can be reported.
 */
final class Values {
  /** Other names of LineBench's attributes, written in lower case without separators. */
  private static final Map<Attr, List<String>> SYNONYMS = Map.ofEntries(
      Map.entry(Attr.TAKT, List.of("takttime")), //$NON-NLS-1$
      Map.entry(Attr.OPERATORS, List.of("workers", "operatorcount", "numberofoperators")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      Map.entry(Attr.MTBF, List.of("meantimebetweenfailures")), //$NON-NLS-1$
      Map.entry(Attr.MTTR, List.of("meantimetorepair")), //$NON-NLS-1$
      Map.entry(Attr.STOPPING_TIME, List.of("stoptime")), //$NON-NLS-1$
      Map.entry(Attr.PAYLOAD, List.of("maxpayload", "ratedpayload")), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry(Attr.REACH, List.of("maxreach")), //$NON-NLS-1$
      Map.entry(Attr.MAX_SPEED, List.of("speed")), //$NON-NLS-1$
      Map.entry(Attr.POWER, List.of("ratedpower", "nominalpower")), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry(Attr.SITE, List.of("location")), //$NON-NLS-1$
      Map.entry(Attr.COUNTRY, List.of("jurisdiction")), //$NON-NLS-1$
      Map.entry(Attr.MAKER, List.of("manufacturer", "vendor")), //$NON-NLS-1$ //$NON-NLS-2$
      Map.entry(Attr.SAMPLING_RATE, List.of("rate", "samplerate"))); //$NON-NLS-1$ //$NON-NLS-2$

  /** Unit spellings of other tools and the symbol LineBench knows them by. */
  private static final Map<String, String> UNIT_SYNONYMS = Map.ofEntries(
      Map.entry("sec", "s"), Map.entry("second", "s"), Map.entry("seconds", "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
      Map.entry("millisecond", "ms"), Map.entry("milliseconds", "ms"), Map.entry("minute", "min"), Map.entry("minutes", "min"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
      Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("kilogram", "kg"), Map.entry("millimeter", "mm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
      Map.entry("millimetre", "mm"), Map.entry("meter", "m"), Map.entry("metre", "m"), Map.entry("kilowatt", "kW"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
      Map.entry("watt", "W"), Map.entry("hertz", "Hz"), Map.entry("degc", "°C"), Map.entry("celsius", "°C"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
      Map.entry("1/min", "rpm"), Map.entry("u/min", "rpm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

  private final CaexNode node;
  private final List<CaexNode> classes;
  private final ImportContext context;
  private final Set<String> used = new HashSet<>();

  /**
   * @param classes the element's system unit class and those it derives from; their values count
   *          where the element has none
   */
  Values(CaexNode node, List<CaexNode> classes, ImportContext context) {
    this.node = node;
    this.classes = classes;
    this.context = context;
  }

  /** The element's own attribute of this meaning, or null; marks it used. */
  CaexNode.Attribute own(Attr a) {
    CaexNode.Attribute found = find(node.attributes, a);
    if (found != null) {
      used.add(found.name());
    }
    return found;
  }

  /** The attribute of this meaning that the element's classes give it, or null. */
  CaexNode.Attribute inherited(Attr a) {
    for (CaexNode c : classes) {
      CaexNode.Attribute found = find(c.attributes, a);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The element's own attribute, else the inherited one. */
  CaexNode.Attribute get(Attr a) {
    CaexNode.Attribute own = own(a);
    return own != null ? own : inherited(a);
  }

  private static CaexNode.Attribute find(List<CaexNode.Attribute> attributes, Attr a) {
    for (CaexNode.Attribute x : attributes) {
      if (x.name() != null && x.name().equals(a.attributeName())) {
        return x;
      }
    }
    List<String> other = SYNONYMS.getOrDefault(a, List.of());
    for (CaexNode.Attribute x : attributes) {
      String n = normal(x.name());
      if (n.equals(normal(a.attributeName())) || other.contains(n)) {
        return x;
      }
    }
    return null;
  }

  static String normal(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The attribute's text value, trimmed; null when it has none. */
  static String text(CaexNode.Attribute a) {
    return a == null || a.value() == null || a.value().isBlank() ? null : a.value().trim();
  }

  /**
   * The attribute as a quantity of the attribute type's dimension; null (and reported) when its
   * value is no number or its unit unknown or of another dimension.
   */
  Quantity quantity(CaexNode.Attribute a, Attr meaning) {
    String text = text(a);
    if (text == null) {
      return null;
    }
    Double value = number(a, text);
    if (value == null) {
      return null;
    }
    String unit = a.unit() != null && !a.unit().isBlank() ? a.unit().trim() : context.index.attributeTypeUnit(a.typePath());
    if (unit == null) {
      unit = meaning.unit();
      context.changed(node, a, NLS.bind(Messages.Import_unitAssumed, a.name(), unit));
    }
    unit = UNIT_SYNONYMS.getOrDefault(unit.toLowerCase(Locale.ROOT), unit);
    Optional<Units.Unit> known = Units.find(unit);
    Dimension expected = Units.find(meaning.unit()).map(Units.Unit::dimension).orElse(null);
    if (known.isEmpty() || expected != null && known.get().dimension() != expected) {
      context.unmapped(node, a, NLS.bind(Messages.Import_badUnit, new Object[] {a.name(), unit, Units.symbols().stream()
          .filter(s -> expected == null || Units.find(s).get().dimension() == expected).reduce((x, y) -> x + ", " + y).orElse("")})); //$NON-NLS-1$ //$NON-NLS-2$
      return null;
    }
    Quantity q = LineFactory.eINSTANCE.createQuantity();
    q.setValue(value);
    q.setUnit(known.get().symbol());
    return q;
  }

  /** The attribute as a number (no unit); null and reported when it is none. */
  Double number(CaexNode.Attribute a, String text) {
    try {
      double v = Double.parseDouble(text.replace(',', '.'));
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    context.unmapped(node, a, NLS.bind(Messages.Import_notANumber, a.name(), text));
    return null;
  }

  /** The attribute as a whole number of at least 0; null and reported when it is none. */
  Integer count(CaexNode.Attribute a) {
    String text = text(a);
    if (text == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(text);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    context.unmapped(node, a, NLS.bind(Messages.Import_notACount, a.name(), text));
    return null;
  }

  /** Reports the element's attributes no mapping used. */
  void reportUnused() {
    for (CaexNode.Attribute a : node.attributes) {
      if (!used.contains(a.name())) {
        context.unmapped(node, a, NLS.bind(Messages.Import_attributeUnmapped, a.name(), text(a) == null ? "" : text(a))); //$NON-NLS-1$
      }
    }
  }

  /** Marks an attribute used without reading it (one the import knows to be redundant). */
  void use(String attributeName) {
    used.add(attributeName);
  }
}
