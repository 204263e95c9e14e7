package org.linebench.aml.internal;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes CAEX as it streams: one element per line, indented by tabs, elements holding only text on
 * one line. Characters XML 1.0 cannot carry become U+FFFD. Everything in the CAEX namespace.
 */
public final class CaexOut implements AutoCloseable {
  private final XMLStreamWriter w;
  private final Deque<Boolean> hasChildElements = new ArrayDeque<>();
  private String pendingName;
  private final List<String[]> pendingAttributes = new ArrayList<>();
  private boolean root = true;

  public CaexOut(OutputStream out) throws XMLStreamException {
    w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
    w.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** Opens an element; attributes follow with {@link #attr}. */
  public CaexOut start(String name) throws XMLStreamException {
    flush(false);
    pendingName = name;
    return this;
  }

  /** An attribute of the element just opened; null values are left out. */
  public CaexOut attr(String name, String value) {
    if (value != null) {
      pendingAttributes.add(new String[] {name, clean(value)});
    }
    return this;
  }

  /** The element's text. */
  public CaexOut text(String text) throws XMLStreamException {
    flush(false);
    w.writeCharacters(clean(text));
    return this;
  }

  public CaexOut end() throws XMLStreamException {
    if (pendingName != null) {
      flush(true);
      return this;
    }
    boolean children = hasChildElements.pop();
    if (children) {
      newLine(hasChildElements.size());
    }
    w.writeEndElement();
    return this;
  }

  /** An element that holds only text: {@code <Value>55</Value>}. */
  public CaexOut element(String name, String text) throws XMLStreamException {
    return start(name).text(text).end();
  }

  private void flush(boolean empty) throws XMLStreamException {
    if (pendingName == null) {
      return;
    }
    if (!hasChildElements.isEmpty()) {
      hasChildElements.pop();
      hasChildElements.push(Boolean.TRUE);
      newLine(hasChildElements.size());
    } else {
      w.writeCharacters("\n"); //$NON-NLS-1$
    }
    if (empty) {
      w.writeEmptyElement(pendingName);
    } else {
      w.writeStartElement(pendingName);
    }
    if (root) {
      w.writeDefaultNamespace(Caex.NS);
      root = false;
    }
    for (String[] a : pendingAttributes) {
      w.writeAttribute(a[0], a[1]);
    }
    pendingAttributes.clear();
    pendingName = null;
    if (!empty) {
      hasChildElements.push(Boolean.FALSE);
    }
  }

  private void newLine(int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "\t".repeat(depth)); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The text with every character XML 1.0 cannot carry replaced by U+FFFD. */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
          || Character.isSurrogate(c) && validPair(s, i);
      if (!ok && b == null) {
        b = new StringBuilder(s.substring(0, i));
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  @Override
  public void close() throws XMLStreamException {
    w.writeCharacters("\n"); //$NON-NLS-1$
    w.writeEndDocument();
    w.flush();
    w.close();
  }
}
