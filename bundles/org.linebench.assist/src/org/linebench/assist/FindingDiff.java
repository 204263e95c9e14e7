package org.linebench.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.linebench.rules.api.Finding;

/**
 * The gate's comparison of the findings of a file before and after a change: the findings to remove are
 * gone, and every finding after the change is one of the others before it, each at most once (counts per
 * key, not a set of keys).
 * <p>
 * A finding is told from another by its rule, element and message variant ({@link Finding#key()}; a
 * structural issue, which has no element, by its line before the change as well), never by its text
 * alone: a change moves lines and changes the numbers of the findings it does not remove (a station's
 * new stopping time is in the message of each of its curtains). When several findings before the
 * change share a key (two modes of one robot its type does not support, one model in two safety
 * functions), the key cannot tell which of them is left, and what stays the same of a finding whatever
 * the change does is what the rule put in it besides the numbers: the names and terms in its message
 * and evidence. Those findings are told apart by their message and evidence, first as they were (a
 * finding the change did not touch), then with the numbers left out; a finding after the change that
 * reads as one to remove is that one, still there, and one that reads as none of the others is new.
 * Where a finding to remove and another of its key differ in their numbers only, a finding left with
 * new numbers could be either: the gate takes it for the one to remove and refuses.
 */
final class FindingDiff {
  /** A number as {@code Numbers} writes it in messages ({@code 664}, {@code 0.335}, {@code 4.2e-8}), not a digit of a name ({@code LC20}). */
  private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9_.])\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?"); //$NON-NLS-1$

  private FindingDiff() {}

  /**
   * True when none of {@code gone} is among {@code after} and each finding of {@code after} is one of
   * {@code before} (not one of {@code gone}), each at most once.
   *
   * @param before the findings of the file before the change
   * @param gone the findings of {@code before} the change is to remove
   * @param after the findings after the change
   * @param map the lines after the change to those before it (structural issues are told apart by line)
   */
  static boolean passes(List<Finding> before, List<Finding> gone, List<Finding> after, LineMap map) {
    Map<String, List<Finding>> was = byKey(before, null);
    Map<String, List<Finding>> now = byKey(after, map);
    Set<Finding> targets = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Finding g : gone) {
      Finding t = find(was.getOrDefault(key(g, null), List.of()), g);
      if (t == null) {
        // not a finding of the file as it was: it must not be there after the change
        if (now.getOrDefault(key(g, null), List.of()).stream().anyMatch(a -> masked(a).equals(masked(g)))) {
          return false;
        }
      } else {
        targets.add(t);
      }
    }
    for (Map.Entry<String, List<Finding>> e : now.entrySet()) {
      List<Finding> of = was.getOrDefault(e.getKey(), List.of());
      List<Finding> others = new ArrayList<>(of.stream().filter(f -> !targets.contains(f)).toList());
      if (e.getValue().size() > others.size()) {
        return false; // new, or one to remove still there
      }
      if (of.size() > 1 && !matched(e.getValue(), others, of.stream().filter(targets::contains).toList())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether each finding after the change is one of {@code others}, each taken once: unchanged ones
   * first, then those whose numbers changed; false when one reads as a target or as none of them.
   */
  private static boolean matched(List<Finding> after, List<Finding> others, List<Finding> targets) {
    List<Finding> left = new ArrayList<>();
    for (Finding a : after) {
      if (!removeFirst(others, FindingDiff::exact, exact(a))) {
        left.add(a);
      }
    }
    for (Finding a : left) {
      String m = masked(a);
      if (targets.stream().anyMatch(t -> masked(t).equals(m)) || !removeFirst(others, FindingDiff::masked, m)) {
        return false;
      }
    }
    return true;
  }

  /** Removes the first finding that reads as {@code text} (by {@code read}); false when none does. */
  private static boolean removeFirst(List<Finding> findings, Function<Finding, String> read, String text) {
    for (Iterator<Finding> i = findings.iterator(); i.hasNext();) {
      if (read.apply(i.next()).equals(text)) {
        i.remove();
        return true;
      }
    }
    return false;
  }

  /** The finding itself among those of its key; else an equal one; else one that reads the same but for the numbers; else null. */
  private static Finding find(List<Finding> of, Finding f) {
    for (Finding o : of) {
      if (o == f) {
        return o;
      }
    }
    for (Finding o : of) {
      if (o.equals(f)) {
        return o;
      }
    }
    String m = masked(f);
    return of.stream().filter(o -> masked(o).equals(m)).findFirst().orElse(null);
  }

  /** Rule, element and variant; a structural issue (no element) by its line in the original text too. */
  static String key(Finding f, LineMap map) {
    if (!f.element().isEmpty()) {
      return f.key();
    }
    return f.key() + '|' + (map == null ? f.line() : map.original(f.line()));
  }

  private static Map<String, List<Finding>> byKey(List<Finding> findings, LineMap map) {
    Map<String, List<Finding>> m = new LinkedHashMap<>();
    for (Finding f : findings) {
      m.computeIfAbsent(key(f, map), k -> new ArrayList<>()).add(f);
    }
    return m;
  }

  /** What the rule wrote: the message and the evidence (not the place, which a change moves). */
  private static String exact(Finding f) {
    return f.message() + '\u0000' + f.evidence() + '\u0000' + f.formula();
  }

  /** The same without its numbers. */
  static String masked(Finding f) {
    return NUMBER.matcher(exact(f)).replaceAll("#"); //$NON-NLS-1$
  }
}
