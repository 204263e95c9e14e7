package org.linebench.dsl.ml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.linebench.dsl.api.Effective;
import org.linebench.ml.card.ModelCard;
import org.linebench.ml.card.Schema;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.Sensor;
import org.linebench.model.line.Station;
import org.linebench.model.units.Dimension;
import org.linebench.model.units.Units;

/**
 * The text edit that attaches a trained model to a station: a {@code model} block naming the card,
 * the purpose its recipe implies ({@link ModelCard#purposes()}), and a binding for every feature to
 * the station's sensor of the same dimension whose name fits best. Features without such a sensor
 * are left unbound, and the validator says so.
 */
public final class ModelAttachmentEdit {

  /**
   * Replace {@code length} characters at {@code offset} with {@code text}.
   *
   * @param unbound features for which the station has no sensor of the right dimension
   */
  public record Edit(int offset, int length, String text, List<String> unbound) {
    /** The document with the edit applied. */
    public String applyTo(String document) {
      return document.substring(0, offset) + text + document.substring(offset + length);
    }
  }

  private ModelAttachmentEdit() {}

  /**
   * The edit for a station of a parsed line file.
   *
   * @param document the line file's text, as parsed
   * @param cardPath the card's path as written into the file (relative to the line file)
   */
  public static Edit attach(String document, Station station, String cardPath, ModelCard card) {
    ICompositeNode node = NodeModelUtils.getNode(station);
    String indent = indentOf(document, node.getOffset());
    String inner = indent + "\t"; //$NON-NLS-1$
    List<String> unbound = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    block.append(inner).append("model ").append(freeName(station, card.name())).append(" card \"") //$NON-NLS-1$ //$NON-NLS-2$
        .append(cardPath.replace('\\', '/')).append("\" purpose ").append(card.purposes().get(0)); //$NON-NLS-1$
    List<String> bindings = new ArrayList<>();
    Set<Sensor> used = new HashSet<>();
    for (Schema.Feature f : card.schema().features()) {
      Optional<Sensor> s = sensorFor(station, f, used);
      if (s.isPresent()) {
        used.add(s.get());
        bindings.add(inner + "\tfeature \"" + f.name().replace("\"", "\\\"") + "\" -> " + s.get().getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
      } else {
        unbound.add(f.name());
      }
    }
    if (!bindings.isEmpty()) {
      block.append(" {\n").append(String.join("\n", bindings)).append('\n').append(inner).append('}'); //$NON-NLS-1$ //$NON-NLS-2$
    }
    block.append('\n');
    ILeafNode close = null;
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden()) {
        close = leaf;
      }
    }
    if (close != null && "}".equals(close.getText())) { //$NON-NLS-1$
      int lineStart = document.lastIndexOf('\n', close.getOffset() - 1) + 1;
      boolean aloneOnItsLine = document.substring(lineStart, close.getOffset()).isBlank();
      if (aloneOnItsLine) {
        return new Edit(lineStart, 0, block.toString(), unbound);
      }
      return new Edit(close.getOffset(), 0, "\n" + block + indent, unbound); //$NON-NLS-1$
    }
    int end = node.getEndOffset();
    return new Edit(end, 0, " {\n" + block + indent + "}", unbound); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The card path as a line file in {@code lineFolder} writes it. */
  public static String relativeCardPath(Path lineFolder, Path card) {
    return lineFolder.toAbsolutePath().normalize().relativize(card.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** The sensor of the feature's dimension whose name and label share most words with the feature. */
  private static Optional<Sensor> sensorFor(Station station, Schema.Feature f, Set<Sensor> used) {
    Optional<Dimension> wanted = f.unit() == null ? Optional.empty() : Units.find(f.unit()).map(Units.Unit::dimension);
    Sensor best = null;
    int bestScore = -1;
    for (Sensor s : station.getSensors()) {
      if (used.contains(s)) {
        continue;
      }
      Optional<Dimension> d = s.getUnit() != null ? Units.find(s.getUnit()).map(Units.Unit::dimension) : Effective.dimension(s.getQuantity());
      if (wanted.isPresent() && (d.isEmpty() || d.get() != wanted.get())) {
        continue;
      }
      int score = overlap(f.name(), s.getName() + " " + (s.getLabel() == null ? "" : s.getLabel()) + " " + s.getQuantity().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      if (wanted.isEmpty() && score == 0) {
        continue;
      }
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int overlap(String a, String b) {
    Set<String> words = words(a);
    int n = 0;
    for (String w : words(b)) {
      if (words.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
      if (w.length() > 1) {
        words.add(w);
      }
    }
    return words;
  }

  private static String freeName(Station station, String cardName) {
    StringBuilder b = new StringBuilder();
    boolean upper = true;
    for (char ch : (cardName == null ? "Model" : cardName).toCharArray()) { //$NON-NLS-1$
      if (Character.isLetterOrDigit(ch) && ch < 128) {
        b.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (b.isEmpty() || !Character.isLetter(b.charAt(0))) {
      b.insert(0, "Model"); //$NON-NLS-1$
    }
    Set<String> taken = new HashSet<>();
    for (EObject o : station.eContents()) {
      if (o instanceof NamedElement n) {
        taken.add(n.getName());
      }
    }
    String name = b.toString();
    for (int i = 2; taken.contains(name); i++) {
      name = b + Integer.toString(i);
    }
    return name;
  }

  private static String indentOf(String document, int offset) {
    int lineStart = document.lastIndexOf('\n', offset - 1) + 1;
    int i = lineStart;
    while (i < document.length() && (document.charAt(i) == ' ' || document.charAt(i) == '\t')) {
      i++;
    }
    return document.substring(lineStart, i);
  }
}
