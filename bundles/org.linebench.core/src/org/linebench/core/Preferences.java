package org.linebench.core;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * LineBench's settings: the keys, their allowed values and defaults, in one place for every bundle.
 * The workbench's preference page writes them to the instance scope of the node {@link #NODE}; headless
 * code (the command line, rules, machine learning) reads them with {@link #get(String)}, which goes
 * through the platform's preference service (instance scope, then configuration, then the default).
 */
public final class Preferences {
  /** The preference node (in the instance scope: the workspace's settings). */
  public static final String NODE = "org.linebench.core"; //$NON-NLS-1$

  /**
   * Comma-separated ids of the rule packs the workbench checks with; empty means every pack, each on
   * the plants of its countries (a plant names its country in the line file).
   */
  public static final String RULE_PACKS = "rulePacks"; //$NON-NLS-1$
  /** The recipe the training wizard proposes: {@link #RECIPES}. */
  public static final String DEFAULT_RECIPE = "defaultRecipe"; //$NON-NLS-1$
  /** The character encoding of data files: {@link #ENCODINGS}; {@code auto} detects it. */
  public static final String DATA_ENCODING = "dataEncoding"; //$NON-NLS-1$

  public static final List<String> RECIPES = List.of("maintenance", "quality"); //$NON-NLS-1$ //$NON-NLS-2$
  public static final String ENCODING_AUTO = "auto"; //$NON-NLS-1$
  public static final List<String> ENCODINGS = List.of(ENCODING_AUTO, "UTF-8", "GB18030"); //$NON-NLS-1$ //$NON-NLS-2$

  private Preferences() {}

  /** The default of a key: the first allowed value. */
  public static String defaultValue(String key) {
    return switch (key) {
      case RULE_PACKS -> ""; //$NON-NLS-1$
      case DEFAULT_RECIPE -> RECIPES.get(0);
      case DATA_ENCODING -> ENCODING_AUTO;
      default -> throw new IllegalArgumentException(key);
    };
  }

  /** The values a key may take, or an empty list for free text ({@link #RULE_PACKS}). */
  public static List<String> allowedValues(String key) {
    return switch (key) {
      case DEFAULT_RECIPE -> RECIPES;
      case DATA_ENCODING -> ENCODINGS;
      case RULE_PACKS -> List.of();
      default -> throw new IllegalArgumentException(key);
    };
  }

  /** Every key, in the order the preference page shows them. */
  public static List<String> keys() {
    return List.of(RULE_PACKS, DEFAULT_RECIPE, DATA_ENCODING);
  }

  /**
   * The value in effect: the user's, else the default. A stored value that is not allowed (an
   * edited settings file) gives the default too.
   */
  public static String get(String key) {
    String fallback = defaultValue(key);
    IPreferencesService service = Platform.getPreferencesService();
    String value = service == null ? fallback : service.getString(NODE, key, fallback, null);
    List<String> allowed = allowedValues(key);
    if (!allowed.isEmpty() && !allowed.contains(value)) {
      return fallback;
    }
    return value.trim();
  }

  /** The rule packs chosen: {@link #RULE_PACKS} split at commas, blanks removed; empty for all. */
  public static List<String> rulePacks() {
    return java.util.Arrays.stream(get(RULE_PACKS).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
  }
}
