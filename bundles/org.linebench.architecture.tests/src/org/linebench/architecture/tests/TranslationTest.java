package org.linebench.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every user-facing text exists in English and Simplified Chinese: each messages.properties and
 * plugin.properties has a _zh twin with the same keys and the same {n} arguments, each NLS class
 * matches its file, and each %key of a plugin.xml is defined.
 */
class TranslationTest {
  private static final Pattern ARG = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern NLS_FIELD = Pattern.compile("public static String (\\w+);");
  private static final Pattern PERCENT_KEY = Pattern.compile("\"%([\\w.-]+)\"");

  private static List<Path> propertyFiles() {
    List<Path> files = new ArrayList<>();
    for (Path bundle : Sources.bundles()) {
      files.addAll(Sources.find(bundle, "messages.properties"));
      files.addAll(Sources.find(bundle, "plugin.properties"));
    }
    return files;
  }

  static Properties load(Path p) throws IOException {
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(p)) {
      props.load(in); // ISO-8859-1, as Eclipse NLS reads them
    }
    return props;
  }

  static Set<String> arguments(String message) {
    Set<String> args = new TreeSet<>();
    Matcher m = ARG.matcher(message);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }

  @Test
  void everyMessageHasAChineseTwinWithTheSameArguments() throws IOException {
    List<Path> files = propertyFiles();
    assertTrue(files.size() >= 4, "messages found: " + files);
    List<String> problems = new ArrayList<>();
    for (Path en : files) {
      Path zh = en.resolveSibling(en.getFileName().toString().replace(".properties", "_zh.properties"));
      if (!Files.isRegularFile(zh)) {
        problems.add(zh + " is missing");
        continue;
      }
      Properties e = load(en);
      Properties z = load(zh);
      for (String key : e.stringPropertyNames()) {
        String zv = z.getProperty(key);
        if (zv == null || zv.isBlank()) {
          problems.add(zh + ": no Chinese text for " + key);
        } else if (!arguments(e.getProperty(key)).equals(arguments(zv))) {
          problems.add(zh + ": " + key + " has arguments " + arguments(zv) + ", English has " + arguments(e.getProperty(key)));
        }
      }
      for (String key : z.stringPropertyNames()) {
        if (!e.containsKey(key)) {
          problems.add(zh + ": " + key + " is not in " + en.getFileName());
        }
      }
      if (!Files.readString(zh, StandardCharsets.ISO_8859_1).chars().allMatch(c -> c < 128)) {
        problems.add(zh + " has raw non-ASCII text: NLS reads ISO-8859-1; run releng/tools/escape-properties.py on it");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyNlsClassMatchesItsMessages() throws IOException {
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (Path bundle : Sources.bundles()) {
      for (Path props : Sources.find(bundle, "messages.properties")) {
        Path java = props.resolveSibling("Messages.java");
        if (!Files.isRegularFile(java)) {
          continue;
        }
        checked++;
        Set<String> fields = new TreeSet<>();
        Matcher m = NLS_FIELD.matcher(Files.readString(java, StandardCharsets.UTF_8));
        while (m.find()) {
          fields.add(m.group(1));
        }
        Set<String> keys = new TreeSet<>(load(props).stringPropertyNames());
        if (!fields.equals(keys)) {
          Set<String> onlyFields = new TreeSet<>(fields);
          onlyFields.removeAll(keys);
          Set<String> onlyKeys = new TreeSet<>(keys);
          onlyKeys.removeAll(fields);
          problems.add(java + ": fields without text " + onlyFields + ", texts without field " + onlyKeys);
        }
      }
    }
    assertTrue(checked >= 2, "NLS classes checked: " + checked);
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPercentKeyOfAPluginXmlIsDefined() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path bundle : Sources.bundles()) {
      Path xml = bundle.resolve("plugin.xml");
      if (!Files.isRegularFile(xml)) {
        continue;
      }
      Properties props = Files.isRegularFile(bundle.resolve("plugin.properties")) ? load(bundle.resolve("plugin.properties")) : new Properties();
      Matcher m = PERCENT_KEY.matcher(Files.readString(xml, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!props.containsKey(m.group(1))) {
          problems.add(xml + ": %" + m.group(1) + " is not in plugin.properties");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Every plugin.xml is well-formed XML: the registry drops the whole file of one that is not (a
   * comment holding "--" once took a bundle's commands and sections out of the product silently).
   */
  @Test
  void everyPluginXmlIsWellFormed() throws Exception {
    List<String> problems = new ArrayList<>();
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    for (Path bundle : Sources.bundles()) {
      Path xml = bundle.resolve("plugin.xml");
      if (Files.isRegularFile(xml)) {
        try {
          javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
          b.setErrorHandler(null);
          b.parse(xml.toFile());
        } catch (org.xml.sax.SAXException e) {
          problems.add(xml + ": " + e.getMessage());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void argumentsAreFoundInMessages() {
    assertEquals(Set.of("0", "1"), arguments("cannot write {0}: {1}"));
    assertEquals(Set.of("0"), arguments("{0,number,#.##} s"));
    assertEquals(Set.of(), arguments("no arguments"));
  }
}
