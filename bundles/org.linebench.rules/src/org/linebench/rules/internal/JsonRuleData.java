package org.linebench.rules.internal;

import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The thresholds of one rule as its pack's data file gives them: a JSON object read with Gson. */
public final class JsonRuleData implements RuleData {
  private final String where;
  private final JsonObject json;

  public JsonRuleData(String where, JsonObject json) {
    this.where = where;
    this.json = json == null ? new JsonObject() : json;
  }

  /** Where the data comes from (pack data file and rule), for messages. */
  @Override
  public String where() {
    return where;
  }

  @Override
  public boolean has(String key) {
    return json.has(key) && !json.get(key).isJsonNull();
  }

  private JsonElement get(String key) throws RuleDataException {
    if (!has(key)) {
      throw new RuleDataException(where + ": missing '" + key + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return json.get(key);
  }

  @Override
  public double number(String key) throws RuleDataException {
    JsonElement e = get(key);
    if (e instanceof JsonPrimitive p && p.isNumber()) {
      return p.getAsDouble();
    }
    throw new RuleDataException(where + ": '" + key + "' is not a number: " + e); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** A number that must lie in [min, max]. */
  @Override
  public double number(String key, double min, double max) throws RuleDataException {
    double v = number(key);
    if (!(v >= min && v <= max)) {
      throw new RuleDataException(where + ": '" + key + "' = " + v + " is outside [" + min + ", " + max + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
    return v;
  }

  @Override
  public boolean flag(String key) throws RuleDataException {
    JsonElement e = get(key);
    if (e instanceof JsonPrimitive p && p.isBoolean()) {
      return p.getAsBoolean();
    }
    throw new RuleDataException(where + ": '" + key + "' is not true or false: " + e); //$NON-NLS-1$ //$NON-NLS-2$
  }

  @Override
  public String string(String key) throws RuleDataException {
    JsonElement e = get(key);
    if (e instanceof JsonPrimitive p && p.isString()) {
      return p.getAsString();
    }
    throw new RuleDataException(where + ": '" + key + "' is not a string: " + e); //$NON-NLS-1$ //$NON-NLS-2$
  }

  @Override
  public List<String> strings(String key) throws RuleDataException {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array(key)) {
      if (!(e instanceof JsonPrimitive p && p.isString())) {
        throw new RuleDataException(where + ": '" + key + "' must list strings: " + e); //$NON-NLS-1$ //$NON-NLS-2$
      }
      out.add(e.getAsString());
    }
    return out;
  }

  @Override
  public List<Double> numbers(String key) throws RuleDataException {
    List<Double> out = new ArrayList<>();
    for (JsonElement e : array(key)) {
      out.add(e instanceof JsonPrimitive p && p.isNumber() ? p.getAsDouble() : null);
    }
    return out;
  }

  /** A nested object, e.g. a table's row. */
  @Override
  public RuleData object(String key) throws RuleDataException {
    JsonElement e = get(key);
    if (e instanceof JsonObject o) {
      return new JsonRuleData(where + "." + key, o); //$NON-NLS-1$
    }
    throw new RuleDataException(where + ": '" + key + "' is not an object: " + e); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** A list of objects, e.g. the rows of a table. */
  @Override
  public List<RuleData> objects(String key) throws RuleDataException {
    List<RuleData> out = new ArrayList<>();
    int i = 0;
    for (JsonElement e : array(key)) {
      if (!(e instanceof JsonObject o)) {
        throw new RuleDataException(where + ": '" + key + "' must list objects: " + e); //$NON-NLS-1$ //$NON-NLS-2$
      }
      out.add(new JsonRuleData(where + "." + key + "[" + i++ + "]", o)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    return out;
  }

  private JsonArray array(String key) throws RuleDataException {
    JsonElement e = get(key);
    if (e instanceof JsonArray a) {
      return a;
    }
    throw new RuleDataException(where + ": '" + key + "' is not a list: " + e); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** The keys given, for rules that read a map. */
  @Override
  public List<String> keys() {
    return List.copyOf(json.keySet());
  }
}
