package org.linebench.assist.llm.ask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.linebench.model.line.Line;
import org.linebench.model.line.NamedElement;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleDescriptor;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Finding;

/**
 * What {@code linebench ask} searches: the rules of the packs (their titles, messages and
 * rationales in English and Chinese, their citations), the elements of the plants (kind, name,
 * label, their line of source, the attributes they set, facts such as a station without a Chinese
 * warning) and the findings of the checks, ranked by {@link Bm25} over {@link Tokens}. Hits are
 * titled in the user's language; questions may be in either.
 */
public final class AskIndex {
  /** Rules have a document per message: the search looks this many times further to fill its hits with different rules. */
  private static final int RULE_DOCUMENTS = 8;

  private final Bm25<Hit> index = new Bm25<>();
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, RuleDescriptor> rules = new HashMap<>();
  private final Locale locale;

  public AskIndex(Locale locale) {
    this.locale = locale;
  }

  /** An index of the rules, the plants' elements and the findings. */
  public static AskIndex of(List<RulePack> packs, List<PlantModel> plants, List<Finding> findings, Locale locale) {
    AskIndex index = new AskIndex(locale);
    index.addRules(packs);
    Map<String, StringBuilder> found = new HashMap<>();
    for (Finding f : findings) {
      found.computeIfAbsent(f.element(), k -> new StringBuilder()).append(f.message()).append(' ').append(index.titles(packs, f.ruleId())).append(' ');
    }
    index.addPlants(plants, found);
    index.addFindings(findings, packs);
    return index;
  }

  public int size() {
    return index.size();
  }

  /** Every rule of the packs, with its clause. */
  public void addRules(List<RulePack> packs) {
    for (RulePack pack : packs) {
      for (RuleDescriptor d : pack.rules()) {
        for (RuleTexts.Variant v : RuleTexts.of(d)) {
          String shown = "rationale".equals(v.variant()) ? d.messagePattern(null, locale) : d.messagePattern(v.variant(), locale); //$NON-NLS-1$
          index.add(new Hit(Hit.Kind.RULE, "", d.title(locale), strip(shown), d.citation(locale), d.id(), null, 0, 0), v.text()); //$NON-NLS-1$
        }
      }
    }
  }

  /** Every named element of the plants and their lines. */
  public void addPlants(List<PlantModel> plants) {
    addPlants(plants, Map.of());
  }

  /**
   * Every named element of the plants and their lines, each with what the findings on it say (by
   * qualified name): an element a finding is about ranks above its like without one.
   */
  public void addPlants(List<PlantModel> plants, Map<String, ? extends CharSequence> findings) {
    Set<EObject> seen = new LinkedHashSet<>();
    for (PlantModel plant : plants) {
      collect(plant.plant(), seen);
      for (Line l : plant.lines()) {
        collect(l, seen);
      }
    }
    Elements.Sources sources = new Elements.Sources();
    for (EObject o : seen) {
      if (o instanceof NamedElement e && e.getName() != null) {
        Elements.Document doc = Elements.document(e, locale, sources);
        CharSequence said = findings.get(doc.hit().element());
        index.add(doc.hit(), said == null ? doc.text() : doc.text() + ' ' + said);
      }
    }
  }

  private static void collect(EObject root, Set<EObject> seen) {
    if (!seen.add(root)) {
      return;
    }
    for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
      seen.add(it.next());
    }
  }

  /** The findings, each with its rule's titles in both languages. */
  public void addFindings(List<Finding> findings, List<RulePack> packs) {
    for (Finding f : findings) {
      RuleDescriptor d = rule(packs, f.ruleId());
      Hit hit = new Hit(Hit.Kind.FINDING, f.element(), d == null ? f.ruleId() : d.title(locale), f.message(), f.citation(), f.ruleId(), f.file(),
          f.line(), 0);
      String text = f.message() + ' ' + f.element().replace('.', ' ') + ' ' + f.citation() + ' ' + f.severity().name() + ' '
          + titles(packs, f.ruleId());
      index.add(hit, text);
    }
  }

  /** The rule's titles in both languages, computed once per rule; empty for a structural issue. */
  private String titles(List<RulePack> packs, String ruleId) {
    return titles.computeIfAbsent(ruleId, id -> {
      RuleDescriptor d = rule(packs, id);
      return d == null ? "" : RuleTexts.titles(d); //$NON-NLS-1$
    });
  }

  private RuleDescriptor rule(List<RulePack> packs, String id) {
    if (rules.isEmpty()) {
      packs.forEach(p -> p.rules().forEach(d -> rules.putIfAbsent(d.id(), d)));
    }
    return rules.get(id);
  }

  /** The best hits of every kind. */
  public List<Hit> search(String question, int limit) {
    return search(question, limit, EnumSet.allOf(Hit.Kind.class));
  }

  /** The best hits of the given kinds, best first, each with its score; a rule once, with its best-matching message. */
  public List<Hit> search(String question, int limit, Set<Hit.Kind> kinds) {
    List<Hit> out = new ArrayList<>();
    Set<String> rules = new HashSet<>();
    for (Bm25.Scored<Hit> s : index.search(question, limit * RULE_DOCUMENTS, h -> kinds.contains(h.kind()))) {
      Hit h = s.item();
      if (h.kind() == Hit.Kind.RULE && !rules.add(h.ruleId())) {
        continue;
      }
      out.add(new Hit(h.kind(), h.element(), h.title(), h.text(), h.citation(), h.ruleId(), h.file(), h.line(), s.score()));
      if (out.size() == limit) {
        break;
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** A message pattern without its {0}, {1}, ... */
  static String strip(String pattern) {
    return pattern == null ? "" : pattern.replaceAll("\\{\\d+\\}", "…"); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
