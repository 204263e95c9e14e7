package org.linebench.architecture.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package of a bundle uses which other package of the same bundle, read from its Java
 * sources: imports and fully qualified names (comments and string literals left out).
 */
final class PackageGraph {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  /** A package name followed by a class name (upper case) or a star: {@code org.linebench.ml.data.CsvTable}. */
  private static final Pattern REFERENCE = Pattern.compile("\\b((?:[a-z_][\\w]*\\.)+[a-z_][\\w]*)\\.(?:[A-Z]\\w*|\\*)");
  private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'",
      Pattern.DOTALL);

  private PackageGraph() {}

  /** Package to the packages of the same source folder it refers to. */
  static Map<String, Set<String>> of(Path sources) {
    Map<String, Set<String>> refs = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = COMMENTS_AND_STRINGS.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
        Matcher p = PACKAGE.matcher(code);
        if (!p.find()) {
          continue;
        }
        Set<String> to = refs.computeIfAbsent(p.group(1), k -> new TreeSet<>());
        Matcher r = REFERENCE.matcher(code.substring(p.end()));
        while (r.find()) {
          to.add(r.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    refs.forEach((pkg, to) -> {
      to.retainAll(refs.keySet());
      to.remove(pkg);
    });
    return refs;
  }

  /** The cycles of a graph: its strongly connected components of more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (!index.containsKey(start)) {
        connect(start, graph, index, low, stack, onStack, cycles);
      }
    }
    return cycles;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, List<Set<String>> cycles) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, cycles);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
  }
}
