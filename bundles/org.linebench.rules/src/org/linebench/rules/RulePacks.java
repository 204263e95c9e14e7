package org.linebench.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.Severity;
import org.linebench.rules.internal.JsonRuleData;
import org.linebench.rules.internal.Messages;
import org.linebench.rules.internal.Translations;
import org.osgi.framework.Bundle;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The rule packs contributed to {@value #EXTENSION_POINT}, loaded with their data and texts. A broken
 * contribution never stops the others: a pack that cannot be read is left out and reported in
 * {@link #problems()}; a rule that cannot be created or configured stays in its pack without an
 * implementation, and running the pack reports it as an internal-error finding.
 */
public final class RulePacks {
  public static final String EXTENSION_POINT = "org.linebench.rules.packs"; //$NON-NLS-1$
  /** A pack id: lower-case letters, digits and hyphens, starting with a letter. */
  public static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*"); //$NON-NLS-1$
  /** A rule id: the pack id, then dot-separated words of lower-case letters, digits and hyphens. */
  public static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+"); //$NON-NLS-1$

  private final Map<String, RulePack> packs = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  public RulePacks(IExtensionRegistry registry) {
    IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
        : registry.getConfigurationElementsFor(EXTENSION_POINT);
    Set<String> ruleIds = new HashSet<>();
    for (IConfigurationElement e : elements) {
      if (!"pack".equals(e.getName())) { //$NON-NLS-1$
        continue;
      }
      String contributor = e.getContributor().getName();
      String id = e.getAttribute("id"); //$NON-NLS-1$
      try {
        if (id == null || !PACK_ID.matcher(id).matches()) {
          throw new PackException(NLS.bind(Messages.Packs_badId, id));
        }
        if (packs.containsKey(id)) {
          throw new PackException(NLS.bind(Messages.Packs_duplicate, id, packs.get(id).contributor()));
        }
        RulePack pack = load(e, id, contributor, ruleIds);
        packs.put(id, pack);
      } catch (PackException ex) {
        problems.add(NLS.bind(Messages.Packs_problem, new Object[] {id, contributor, ex.getMessage()}));
      }
    }
  }

  /** The packs of the running platform. */
  public static RulePacks fromPlatform() {
    return new RulePacks(RegistryFactory.getRegistry());
  }

  /** All packs, in the order the registry lists them. */
  public List<RulePack> packs() {
    return List.copyOf(packs.values());
  }

  public Optional<RulePack> find(String id) {
    return Optional.ofNullable(packs.get(id));
  }

  /** What was wrong with the contributions, localized; empty when nothing was. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  private static final class PackException extends Exception {
    private static final long serialVersionUID = 1L;

    PackException(String message) {
      super(message);
    }
  }

  private static RulePack load(IConfigurationElement e, String id, String contributor, Set<String> ruleIds) throws PackException {
    Bundle bundle = Platform.getBundle(contributor);
    if (bundle == null) {
      throw new PackException(NLS.bind(Messages.Packs_noBundle, contributor));
    }
    String dataPath = required(e, "data"); //$NON-NLS-1$
    String messagesPath = required(e, "messages"); //$NON-NLS-1$
    JsonObject data = readJson(bundle, dataPath);
    PackTexts texts = texts(bundle, messagesPath);
    Set<String> jurisdictions = new LinkedHashSet<>();
    for (String j : required(e, "jurisdictions").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
      if (!j.isBlank()) {
        jurisdictions.add(j.trim().toUpperCase(Locale.ROOT));
      }
    }
    String separator = data.has("editionSeparator") ? data.get("editionSeparator").getAsString() : "-"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    JsonObject ruleData = data.has("rules") && data.get("rules").isJsonObject() ? data.getAsJsonObject("rules") : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    List<RuleDescriptor> rules = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (IConfigurationElement r : e.getChildren("rule")) { //$NON-NLS-1$
      String ruleId = r.getAttribute("id"); //$NON-NLS-1$
      if (ruleId == null || !RULE_ID.matcher(ruleId).matches() || !ruleId.startsWith(id + ".")) { //$NON-NLS-1$
        throw new PackException(NLS.bind(Messages.Packs_badRuleId, ruleId, id));
      }
      if (!ruleIds.add(ruleId)) {
        throw new PackException(NLS.bind(Messages.Packs_duplicateRule, ruleId));
      }
      declared.add(ruleId);
      rules.add(descriptor(r, ruleId, id, ruleData, separator, texts, dataPath));
    }
    for (String extra : ruleData.keySet()) {
      if (!declared.contains(extra)) {
        throw new PackException(NLS.bind(Messages.Packs_dataWithoutRule, dataPath, extra));
      }
    }
    return new RulePack(id, e.getAttribute("name") == null ? id : e.getAttribute("name"), contributor, jurisdictions, //$NON-NLS-1$ //$NON-NLS-2$
        dataPath, texts, rules);
  }

  private static RuleDescriptor descriptor(IConfigurationElement r, String ruleId, String packId, JsonObject ruleData,
      String separator, PackTexts texts, String dataPath) throws PackException {
    JsonElement entry = ruleData.get(ruleId);
    if (!(entry instanceof JsonObject o)) {
      throw new PackException(NLS.bind(Messages.Packs_ruleWithoutData, ruleId, dataPath));
    }
    String standard = string(o, "standard"); //$NON-NLS-1$
    String edition = string(o, "edition"); //$NON-NLS-1$
    String clause = orEmpty(string(o, "clause")); //$NON-NLS-1$
    String article = orEmpty(string(o, "article")); //$NON-NLS-1$
    Severity severity;
    try {
      severity = Severity.parse(string(o, "severity")); //$NON-NLS-1$
    } catch (IllegalArgumentException ex) {
      throw new PackException(NLS.bind(Messages.Packs_badSeverity, ruleId, o.get("severity"))); //$NON-NLS-1$
    }
    if (standard == null) {
      throw new PackException(NLS.bind(Messages.Packs_ruleWithoutData, ruleId + ".standard", dataPath)); //$NON-NLS-1$
    }
    JsonObject thresholds = thresholds(o);
    RuleEdition main = edition(r, dataPath + " " + ruleId, edition, clause, article, severity, thresholds); //$NON-NLS-1$
    List<RuleEdition> others = new ArrayList<>();
    if (o.has("editions")) { //$NON-NLS-1$
      if (!o.get("editions").isJsonObject()) { //$NON-NLS-1$
        throw new PackException(NLS.bind(Messages.Packs_badFile, dataPath, ruleId + ".editions")); //$NON-NLS-1$
      }
      for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("editions").entrySet()) { //$NON-NLS-1$
        if (!(e.getValue() instanceof JsonObject eo) || e.getKey().equals(edition)) {
          throw new PackException(NLS.bind(Messages.Packs_badFile, dataPath, ruleId + ".editions." + e.getKey())); //$NON-NLS-1$
        }
        String c = eo.has("clause") ? string(eo, "clause") : clause; //$NON-NLS-1$ //$NON-NLS-2$
        String a = eo.has("article") ? orEmpty(string(eo, "article")) : article; //$NON-NLS-1$ //$NON-NLS-2$
        Severity sv = severity;
        if (eo.has("severity")) { //$NON-NLS-1$
          try {
            sv = Severity.parse(string(eo, "severity")); //$NON-NLS-1$
          } catch (IllegalArgumentException ex) {
            throw new PackException(NLS.bind(Messages.Packs_badSeverity, ruleId + ".editions." + e.getKey(), eo.get("severity"))); //$NON-NLS-1$ //$NON-NLS-2$
          }
        }
        JsonObject t = eo.has("thresholds") ? thresholds(eo) : thresholds; //$NON-NLS-1$
        others.add(edition(r, dataPath + " " + ruleId + " (" + e.getKey() + ")", e.getKey(), c, a, sv, t)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      }
    }
    return new RuleDescriptor(ruleId, packId, standard, edition, separator, clause, article, severity, texts, main.rule(),
        main.loadError(), others);
  }

  private static JsonObject thresholds(JsonObject o) {
    return o.has("thresholds") && o.get("thresholds").isJsonObject() ? o.getAsJsonObject("thresholds") : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  /** The rule created and configured with one edition's thresholds; a rule that fails to load says why. */
  private static RuleEdition edition(IConfigurationElement r, String where, String edition, String clause, String article,
      Severity severity, JsonObject thresholds) {
    Rule rule = null;
    String error = null;
    try {
      Object created = r.createExecutableExtension("class"); //$NON-NLS-1$
      if (!(created instanceof Rule rl)) {
        throw new ClassCastException(created.getClass().getName() + " does not implement " + Rule.class.getName()); //$NON-NLS-1$
      }
      rl.configure(new JsonRuleData(where, thresholds));
      rule = rl;
    } catch (Exception | LinkageError ex) {
      error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return new RuleEdition(edition == null ? "" : edition, clause, article, severity, rule, error); //$NON-NLS-1$
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s; //$NON-NLS-1$
  }

  private static String string(JsonObject o, String key) {
    return o.has(key) && o.get(key).isJsonPrimitive() ? o.get(key).getAsString() : null;
  }

  private static String required(IConfigurationElement e, String attribute) throws PackException {
    String v = e.getAttribute(attribute);
    if (v == null || v.isBlank()) {
      throw new PackException(NLS.bind(Messages.Packs_missingAttribute, attribute));
    }
    return v;
  }

  private static JsonObject readJson(Bundle bundle, String path) throws PackException {
    URL url = bundle.getEntry(path);
    if (url == null) {
      throw new PackException(NLS.bind(Messages.Packs_missingFile, path));
    }
    try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
      JsonElement json = JsonParser.parseReader(in);
      if (!json.isJsonObject()) {
        throw new PackException(NLS.bind(Messages.Packs_badFile, path, "not a JSON object")); //$NON-NLS-1$
      }
      return json.getAsJsonObject();
    } catch (IOException | JsonParseException ex) {
      throw new PackException(NLS.bind(Messages.Packs_badFile, path, ex.getMessage()));
    }
  }

  /**
   * The pack's texts: {@code <path>.properties} (English, required) and every
   * {@code <path>_<language>.properties} beside it, all read now so that a broken file is reported
   * when the pack loads.
   */
  private static PackTexts texts(Bundle bundle, String path) throws PackException {
    if (bundle.getEntry(path + ".properties") == null) { //$NON-NLS-1$
      throw new PackException(NLS.bind(Messages.Packs_missingFile, path + ".properties")); //$NON-NLS-1$
    }
    Translations translations = new Translations(name -> {
      URL url = bundle.getEntry(name);
      return url == null ? null : url.openStream();
    }, path);
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    List<Locale> languages = new ArrayList<>();
    Enumeration<URL> found = bundle.findEntries(slash < 0 ? "/" : path.substring(0, slash), name + "_*.properties", false); //$NON-NLS-1$ //$NON-NLS-2$
    while (found != null && found.hasMoreElements()) {
      String file = found.nextElement().getPath();
      String suffix = file.substring(file.lastIndexOf('/') + name.length() + 2, file.length() - ".properties".length()); //$NON-NLS-1$
      languages.add(Locale.forLanguageTag(suffix.replace('_', '-')));
    }
    languages.sort(Comparator.comparing(Locale::toLanguageTag));
    languages.add(0, Locale.ROOT);
    for (Locale l : languages) {
      try {
        translations.file(l);
      } catch (UncheckedIOException | IllegalArgumentException ex) {
        throw new PackException(NLS.bind(Messages.Packs_badFile, path, ex.getMessage()));
      }
    }
    return new PackTexts(translations, languages);
  }

  /** Splits {@code --rules cn,eu} into pack ids. */
  public static List<String> parseSelection(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList(); //$NON-NLS-1$
  }
}
