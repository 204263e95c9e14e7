package org.linebench.rules.api;

import java.util.List;

/**
 * The thresholds of one rule, as its pack's data file gives them (a JSON object). Every accessor
 * throws {@link RuleDataException} naming the key when a value is missing or of the wrong kind.
 */
public interface RuleData {

  /** Where the data comes from (pack data file and rule), for messages. */
  String where();

  /** Whether the key is given and not null. */
  boolean has(String key);

  double number(String key) throws RuleDataException;

  /** A number that must lie in [min, max]. */
  double number(String key, double min, double max) throws RuleDataException;

  boolean flag(String key) throws RuleDataException;

  String string(String key) throws RuleDataException;

  List<String> strings(String key) throws RuleDataException;

  /** A list of numbers; an entry that is not a number (JSON null) is null. */
  List<Double> numbers(String key) throws RuleDataException;

  /** A nested object, e.g. a table. */
  RuleData object(String key) throws RuleDataException;

  /** A list of objects, e.g. the rows of a table. */
  List<RuleData> objects(String key) throws RuleDataException;

  /** The keys given, for rules that read a map. */
  List<String> keys();
}
