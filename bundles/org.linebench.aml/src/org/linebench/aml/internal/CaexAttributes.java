package org.linebench.aml.internal;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.common.util.Enumerator;
import org.linebench.model.line.Clearance;
import org.linebench.model.line.Distribution;
import org.linebench.model.line.OperatorText;
import org.linebench.model.line.Quantity;

/** Writes CAEX Attribute elements: typed values, quantities with their unit, lists, texts. */
final class CaexAttributes {
  private CaexAttributes() {}

  /** The attribute as a class declares it: name and type, no value. */
  static void declare(CaexOut out, Attr a) throws XMLStreamException {
    head(out, a, a.unit()).end();
  }

  private static CaexOut head(CaexOut out, Attr a, String unit) throws XMLStreamException {
    return out.start(Caex.ATTRIBUTE).attr(Caex.NAME, a.attributeName()).attr(Caex.UNIT, unit).attr(Caex.DATA_TYPE, a.dataType())
        .attr(Caex.REF_ATTRIBUTE_TYPE, a.typePath());
  }

  static void value(CaexOut out, Attr a, String value) throws XMLStreamException {
    if (value != null) {
      head(out, a, null).element(Caex.VALUE, value).end();
    }
  }

  static void word(CaexOut out, Attr a, Enumerator e) throws XMLStreamException {
    if (e != null) {
      value(out, a, Syntax.get().word(e));
    }
  }

  static void integer(CaexOut out, Attr a, Integer value) throws XMLStreamException {
    if (value != null) {
      value(out, a, value.toString());
    }
  }

  static void number(CaexOut out, Attr a, Double value) throws XMLStreamException {
    if (value != null) {
      value(out, a, Syntax.get().number(value));
    }
  }

  /** A number in the unit the attribute type declares (MTTFd in years, DCavg in %). */
  static void measure(CaexOut out, Attr a, Double value) throws XMLStreamException {
    if (value != null) {
      head(out, a, a.unit()).element(Caex.VALUE, Syntax.get().number(value)).end();
    }
  }

  static void flag(CaexOut out, Attr a, boolean value) throws XMLStreamException {
    if (value) {
      value(out, a, "true"); //$NON-NLS-1$
    }
  }

  /** A number with the unit it was written with (the type's unit, when the quantity has none). */
  static void quantity(CaexOut out, Attr a, Quantity q) throws XMLStreamException {
    if (q != null) {
      head(out, a, q.getUnit()).element(Caex.VALUE, Syntax.get().number(q.getValue())).end();
    }
  }

  /** A quantity and, nested in it, how it varies (a constant value has no variation). */
  static void quantity(CaexOut out, Attr a, Quantity q, Distribution variation) throws XMLStreamException {
    if (q != null) {
      head(out, a, q.getUnit()).element(Caex.VALUE, Syntax.get().number(q.getValue()));
      variation(out, variation);
      out.end();
    }
  }

  /** How a time varies: its kind as the value, its parameters nested (low, high, sd with units; shape; data file and column). */
  static void variation(CaexOut out, Distribution d) throws XMLStreamException {
    if (d == null) {
      return;
    }
    head(out, Attr.VARIATION, null).element(Caex.VALUE, Syntax.get().word(d.getKind()));
    quantity(out, Attr.LOW, d.getLow());
    quantity(out, Attr.HIGH, d.getHigh());
    quantity(out, Attr.SD, d.getSd());
    number(out, Attr.SHAPE, d.getShape());
    value(out, Attr.DATA, d.getData());
    value(out, Attr.COLUMN, d.getColumn());
    out.end();
  }

  /** What clears data to leave the country: its kind as the value, reference and date nested. */
  static void clearance(CaexOut out, Clearance c) throws XMLStreamException {
    if (c == null) {
      return;
    }
    head(out, Attr.CLEARANCE, null).element(Caex.VALUE, Syntax.get().word(c.getKind()));
    value(out, Attr.CLEARANCE_REFERENCE, c.getReference());
    value(out, Attr.CLEARANCE_DATE, c.getDate());
    out.end();
  }

  /** Opens an attribute that groups others (a shift, a planned stop): named, of this type; the caller ends it. */
  static CaexOut group(CaexOut out, String name, Attr type) throws XMLStreamException {
    return out.start(Caex.ATTRIBUTE).attr(Caex.NAME, name).attr(Caex.REF_ATTRIBUTE_TYPE, type.typePath());
  }

  /** A list of quantities (AutomationML's ListType): one item attribute per value, each with its unit. */
  static void quantities(CaexOut out, Attr list, Attr item, List<Quantity> values) throws XMLStreamException {
    if (values.isEmpty()) {
      return;
    }
    out.start(Caex.ATTRIBUTE).attr(Caex.NAME, list.attributeName()).attr(Caex.REF_ATTRIBUTE_TYPE, list.typePath());
    for (Quantity q : values) {
      quantity(out, item, q);
    }
    out.end();
  }

  /** A list (AutomationML's ListType): one item attribute per value. */
  static void list(CaexOut out, Attr list, Attr item, List<String> values) throws XMLStreamException {
    if (values.isEmpty()) {
      return;
    }
    out.start(Caex.ATTRIBUTE).attr(Caex.NAME, list.attributeName()).attr(Caex.REF_ATTRIBUTE_TYPE, list.typePath());
    for (String v : values) {
      value(out, item, v);
    }
    out.end();
  }

  /** Operator texts: a list whose items are named by kind (warning, instruction, ...), each with its language. */
  static void texts(CaexOut out, List<OperatorText> texts) throws XMLStreamException {
    if (texts.isEmpty()) {
      return;
    }
    out.start(Caex.ATTRIBUTE).attr(Caex.NAME, Attr.TEXTS.attributeName()).attr(Caex.REF_ATTRIBUTE_TYPE, Attr.TEXTS.typePath());
    for (OperatorText t : texts) {
      out.start(Caex.ATTRIBUTE).attr(Caex.NAME, Syntax.get().word(t.getKind())).attr(Caex.DATA_TYPE, Caex.XS_STRING);
      out.element(Caex.VALUE, t.getText() == null ? "" : t.getText()); //$NON-NLS-1$
      value(out, Attr.TEXT_LANGUAGE, t.getLanguage());
      out.end();
    }
    out.end();
  }
}
