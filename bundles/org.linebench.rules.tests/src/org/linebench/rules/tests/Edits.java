package org.linebench.rules.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Fix;

/**
 * A proposed fix written into a line text, for the tests of the rules' fixes: a small stand-in for
 * the assistant's editor, enough for elements written on one line (a guard, a robot, a data set) and
 * clauses added inside a block (a station's or a plant's {@code text ...}). SET replaces
 * {@code property value} on the element's line or appends it ({@code modes} goes after
 * {@code collaborative}; an empty value is a flag); ADD writes {@code property value} on a new line

 * inside the element's block (a flag, with no value, goes on the element's line); REMOVE takes
 * {@code property value} out of the element's line.
 */
final class Edits {
  private Edits() {}

  private static final String QUANTITY = "-?[0-9.]+(?:[ \\t]+(?:mm|ms|s|m|cm|min|h))?"; //$NON-NLS-1$
  private static final String LIST = "[\\w-]+(?:[ \\t]*,[ \\t]*[\\w-]+)*"; //$NON-NLS-1$

  static String apply(String text, Fix fix) {
    String out = text;
    for (Change c : fix.changes()) {
      out = apply(out, c);
    }
    return out;
  }

  static String apply(String text, Change c) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1))); //$NON-NLS-1$
    int i = c.element().location().line() - 1;
    String line = lines.get(i);
    String p = Pattern.quote(c.property());
    switch (c.kind()) {
      case REMOVE -> lines.set(i, line.replaceFirst("[ \\t]+" + p + "[ \\t]+[\\w.]+", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      case ADD -> {
        if (c.value().isEmpty()) { // a flag: on the element's line
          lines.set(i, set(line, c));
        } else {
          int open = i;
          while (!lines.get(open).contains("{")) { //$NON-NLS-1$
            open++;
          }
          String indent = lines.get(open).replaceAll("^(\\s*).*$", "$1") + "\t"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          lines.add(open + 1, indent + c.property() + " " + c.value()); //$NON-NLS-1$
        }
      }
      case SET -> lines.set(i, set(line, c));
    }
    return String.join("\n", lines); //$NON-NLS-1$
  }

  private static String set(String line, Change c) {
    String p = Pattern.quote(c.property());
    String written = c.value().isEmpty() ? c.property() : c.property() + " " + c.value(); //$NON-NLS-1$
    String value = c.property().equals("modes") ? LIST : c.value().matches(QUANTITY) ? QUANTITY : "\\S+"; //$NON-NLS-1$ //$NON-NLS-2$
    Matcher m = Pattern.compile("(?<=\\s)" + p + (c.value().isEmpty() ? "" : "[ \\t]+" + value) + "(?=\\s|$)").matcher(line); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    if (m.find()) {
      return line.substring(0, m.start()) + written + line.substring(m.end());
    }
    if (c.property().equals("modes")) { //$NON-NLS-1$
      return line.replaceFirst("(?<=\\s)collaborative(?=\\s|$)", "collaborative " + written); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return line.stripTrailing() + " " + written; //$NON-NLS-1$
  }
}
