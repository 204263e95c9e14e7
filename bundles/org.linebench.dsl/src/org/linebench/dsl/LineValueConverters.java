package org.linebench.dsl;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.linebench.model.line.Avoidance;
import org.linebench.model.line.Frequency;
import org.linebench.model.line.Severity;
import org.linebench.model.units.Numbers;

/** Numbers and unit symbols of the line language. */
public class LineValueConverters extends DefaultTerminalConverters {

  private final IValueConverter<Double> number = new IValueConverter<>() {
    @Override
    public Double toValue(String string, INode node) {
      if (string == null || string.isBlank()) {
        throw new ValueConverterException("empty number", node, null); //$NON-NLS-1$
      }
      try {
        return Double.valueOf(string.replace(" ", "")); //$NON-NLS-1$ //$NON-NLS-2$
      } catch (NumberFormatException e) {
        throw new ValueConverterException(string, node, e);
      }
    }

    @Override
    public String toString(Double value) {
      return Numbers.plain(value);
    }
  };

  private final IValueConverter<String> unit = new IValueConverter<>() {
    @Override
    public String toValue(String string, INode node) {
      return string == null ? null : string.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String toString(String value) {
      return value;
    }
  };

  /** A converter for an enum written as a plain word (S1, F2, P1): not a keyword, so names stay free. */
  private static <E extends org.eclipse.emf.common.util.Enumerator> IValueConverter<E> word(
      java.util.function.Function<String, E> byLiteral) {
    return new IValueConverter<>() {
      @Override
      public E toValue(String string, INode node) {
        E e = string == null ? null : byLiteral.apply(string);
        if (e == null) {
          throw new ValueConverterException(string, node, null);
        }
        return e;
      }

      @Override
      public String toString(E value) {
        return value.getLiteral();
      }
    };
  }

  @ValueConverter(rule = "SeverityValue")
  public IValueConverter<Severity> SeverityValue() {
    return word(Severity::get);
  }

  @ValueConverter(rule = "FrequencyValue")
  public IValueConverter<Frequency> FrequencyValue() {
    return word(Frequency::get);
  }

  @ValueConverter(rule = "AvoidanceValue")
  public IValueConverter<Avoidance> AvoidanceValue() {
    return word(Avoidance::get);
  }

  @ValueConverter(rule = "Number")
  public IValueConverter<Double> Number() {
    return number;
  }

  @ValueConverter(rule = "DECIMAL")
  public IValueConverter<Double> DECIMAL() {
    return number;
  }

  @ValueConverter(rule = "UnitSymbol")
  public IValueConverter<String> UnitSymbol() {
    return unit;
  }
}
