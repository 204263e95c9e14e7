package org.linebench.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule pack as contributed to {@code org.linebench.rules.packs}: its id ({@code cn}, {@code eu},
 * ...), the jurisdictions whose plants it checks ({@code *} for all), its rules and its texts.
 */
public final class RulePack {
  /** The jurisdiction entry that makes a pack check every plant. */
  public static final String ANY_JURISDICTION = "*"; //$NON-NLS-1$

  private final String id;
  private final String name;
  private final String contributor;
  private final Set<String> jurisdictions;
  private final String dataSource;
  private final PackTexts texts;
  private final List<RuleDescriptor> rules;

  public RulePack(String id, String name, String contributor, Set<String> jurisdictions, String dataSource, PackTexts texts,
      List<RuleDescriptor> rules) {
    this.id = id;
    this.name = name;
    this.contributor = contributor;
    this.jurisdictions = Set.copyOf(jurisdictions);
    this.dataSource = dataSource;
    this.texts = texts;
    this.rules = List.copyOf(rules);
  }

  public String id() {
    return id;
  }

  /** The pack's name, from its plugin.xml (localized by the platform). */
  public String name() {
    return name;
  }

  /** The bundle that contributes the pack. */
  public String contributor() {
    return contributor;
  }

  public Set<String> jurisdictions() {
    return jurisdictions;
  }

  /** Whether the pack checks plants of the given country (ISO 3166 code); null never matches a country. */
  public boolean covers(String country) {
    return jurisdictions.contains(ANY_JURISDICTION) || country != null && jurisdictions.contains(country.toUpperCase(Locale.ROOT));
  }

  /** The pack's data file as the pack names it, e.g. {@code data/cn-rules.json}. */
  public String dataSource() {
    return dataSource;
  }

  public PackTexts texts() {
    return texts;
  }

  public List<RuleDescriptor> rules() {
    return rules;
  }

  /** A copy of this pack with one more rule: how the contract tests check that a failing rule stays isolated. */
  public RulePack with(RuleDescriptor extra) {
    List<RuleDescriptor> all = new ArrayList<>(rules);
    all.add(extra);
    return new RulePack(id, name, contributor, jurisdictions, dataSource, texts, all);
  }
}
