package org.linebench.assist;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Finding;
import org.linebench.rules.api.Location;
import org.linebench.rules.api.line.Element;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;

/**
 * A language model's answer read defensively: the first JSON array in it (prose or a code fence
 * around it is skipped) holds either changes, one proposal together, or arrays of changes, one
 * proposal each. A change is {@code {"element", "kind": set|add|remove, "property", "value"}}; it is
 * kept only when it is on the finding's element (an empty array proposes nothing), its property is a keyword of the line language and
 * its value is one clause (no line break, brace or semicolon); a proposal with a change that is not
 * kept, or that cannot be written as edits, is dropped with the reason, in the user's language.
 * Nothing here throws on what a model says.
 */
final class FixReply {
  private static final int MAX_PROPOSALS = 8;
  private static final int MAX_VALUE = 200;
  private static final int MAX_REPLY = 64 * 1024;
  private static final int MAX_TRIES = 64;
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*"); //$NON-NLS-1$

  private final Assistant assistant;
  private final Finding finding;
  private final String by;
  private final Texts texts;
  private final Element element;

  FixReply(Assistant assistant, Finding finding, String by) {
    this.assistant = assistant;
    this.finding = finding;
    this.by = by;
    this.texts = Texts.of(assistant.locale());
    Location at = new Location(assistant.lineCheck().file(), finding.line(), finding.column());
    String name = finding.element();
    this.element = new Element() {
      @Override
      public Location location() {
        return at;
      }

      @Override
      public String qualifiedName() {
        return name;
      }
    };
  }

  ModelFixes.Asked read(String reply) {
    List<Proposal> proposals = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    JsonArray array = firstArray(reply == null ? "" : reply); //$NON-NLS-1$
    if (array == null) {
      dropped.add(texts.bind("Model_noArray", excerpt(reply))); //$NON-NLS-1$
      return new ModelFixes.Asked(proposals, dropped);
    }
    List<JsonArray> groups = new ArrayList<>();
    if (array.asList().stream().allMatch(JsonElement::isJsonArray)) { // an empty array: no proposal
      array.forEach(e -> groups.add(e.getAsJsonArray()));
    } else {
      groups.add(array);
    }
    for (JsonArray group : groups.subList(0, Math.min(groups.size(), MAX_PROPOSALS))) {
      if (group.isEmpty()) {
        continue; // the model proposes nothing
      }
      List<Change> changes = new ArrayList<>();
      String reason = null;
      for (JsonElement e : group) {
        Object c = change(e);
        if (c instanceof String why) {
          reason = why;
          break;
        }
        changes.add((Change) c);
      }
      if (reason == null) {
        String label = texts.bind("Model_label", Assistant.label(texts, changes), by); //$NON-NLS-1$
        var p = assistant.proposal(changes, label, by);
        if (p.isPresent()) {
          proposals.add(p.get());
        } else {
          reason = texts.bind("Model_cannotWrite", Assistant.label(texts, changes)); //$NON-NLS-1$
        }
      }
      if (reason != null) {
        dropped.add(reason);
      }
    }
    return new ModelFixes.Asked(proposals, dropped);
  }

  /** The change, or why it is not taken. */
  private Object change(JsonElement e) {
    if (!e.isJsonObject()) {
      return texts.bind("Model_notChange", excerpt(e.toString())); //$NON-NLS-1$
    }
    JsonObject o = e.getAsJsonObject();
    String name = string(o, "element"); //$NON-NLS-1$
    String kind = string(o, "kind"); //$NON-NLS-1$
    String property = string(o, "property"); //$NON-NLS-1$
    String value = string(o, "value"); //$NON-NLS-1$
    if (name == null || kind == null || property == null) {
      return texts.bind("Model_notChange", excerpt(o.toString())); //$NON-NLS-1$
    }
    String qualified = finding.element();
    if (!name.equals(qualified) && !qualified.endsWith('.' + name)) {
      return texts.bind("Model_otherElement", excerpt(name), qualified); //$NON-NLS-1$
    }
    Change.Kind k = switch (kind.strip().toLowerCase(Locale.ROOT)) {
      case "set" -> Change.Kind.SET; //$NON-NLS-1$
      case "add" -> Change.Kind.ADD; //$NON-NLS-1$
      case "remove" -> Change.Kind.REMOVE; //$NON-NLS-1$
      default -> null;
    };
    if (k == null) {
      return texts.bind("Model_badKind", excerpt(kind)); //$NON-NLS-1$
    }
    property = property.strip();
    if (!WORD.matcher(property).matches() || !ChangeEdits.isKeyword(assistant.original().resource(), property)) {
      return texts.bind("Model_unknownKeyword", excerpt(property)); //$NON-NLS-1$
    }
    value = value == null ? "" : value.strip(); //$NON-NLS-1$
    if (k == Change.Kind.REMOVE) {
      value = ""; //$NON-NLS-1$
    } else if (value.length() > MAX_VALUE || value.chars().anyMatch(ch -> ch == '\n' || ch == '\r' || ch == '{' || ch == '}' || ch == ';')
        || k == Change.Kind.SET && value.isEmpty() || !wellFormed(value)) {
      return texts.bind("Model_badValue", excerpt(value), property); //$NON-NLS-1$
    }
    return new Change(element, k, property, value);
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  /** The first JSON array in the text (its first 64 KiB, from one of its first 64 brackets); null when there is none. */
  static JsonArray firstArray(String reply) {
    String text = reply.length() > MAX_REPLY ? reply.substring(0, MAX_REPLY) : reply;
    int tries = 0;
    for (int i = text.indexOf('['); i >= 0 && tries++ < MAX_TRIES; i = text.indexOf('[', i + 1)) {
      try (JsonReader reader = new JsonReader(new StringReader(text.substring(i)))) {
        JsonElement e = JsonParser.parseReader(reader);
        if (e.isJsonArray()) {
          return e.getAsJsonArray();
        }
      } catch (RuntimeException | java.io.IOException e) {
        // not an array here: the next bracket
      }
    }
    return null;
  }

  /**
   * Whether every surrogate in the text is half of a pair: a lone one (JSON's {@code "\\ud800"}) is no
   * character, and written to a file in UTF-8 it would become {@code ?}.
   */
  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** At most 80 characters of what the model said, on one line; a lone surrogate shown as U+FFFD, a pair never cut. */
  private static String excerpt(String s) {
    String t = s == null ? "" : s.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    if (t.length() > 80) {
      t = t.substring(0, Character.isHighSurrogate(t.charAt(76)) ? 76 : 77) + "..."; //$NON-NLS-1$
    }
    StringBuilder out = new StringBuilder(t.length());
    t.codePoints().forEach(cp -> out.appendCodePoint(cp <= 0xFFFF && Character.isSurrogate((char) cp) ? 0xFFFD : cp));
    return out.toString();
  }
}
