package org.linebench.rules.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.ModelAttachment;
import org.linebench.rules.api.line.SafetyFunction;
import org.linebench.rules.api.line.Station;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A machine-learning model that takes part in a safety function: a human can override it
 * ({@code human-override}), and its model card documents what the pack requires (e.g. metrics;
 * for the AI Act also risk management and logging). Thresholds: {@code requireHumanOverride},
 * {@code cardFields} (rows {@code {name, keys}}: the card must have one of the keys, not empty),
 * {@code missingCardIsFinding} (whether a card file that does not exist is a finding here, or
 * left to the model-card validation).
 * <p>
 * Fix: a missing override is provided and declared ({@code human-override}, a flag: added with no
 * value, as the interlocking-guard rule adds {@code locking}). A card is a file beside the line, not the line itself: for a missing card or
 * fields the finding says what to write in it.
 */
public class SafetyModelDocumentation implements Rule {
  private static final long MAX_CARD_BYTES = 8L << 20;

  private record Field(String name, List<String> keys) {}

  private final List<Field> fields = new ArrayList<>();
  private boolean requireOverride;
  private boolean missingCardIsFinding;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    requireOverride = data.flag("requireHumanOverride"); //$NON-NLS-1$
    missingCardIsFinding = data.flag("missingCardIsFinding"); //$NON-NLS-1$
    for (RuleData f : data.objects("cardFields")) { //$NON-NLS-1$
      fields.add(new Field(f.string("term"), f.strings("keys"))); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  @Override
  public void check(RuleContext context) {
    for (Station st : context.stations()) {
      for (SafetyFunction f : st.safetyFunctions()) {
        ModelAttachment m = f.model().orElse(null);
        if (m == null) {
          continue;
        }
        if (requireOverride && !m.humanOverride()) {
          context.report(m).variant("noOverride").arg(Models.label(m)).arg(Models.label(f)).fix(Change.add(m, "human-override", "")).add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (fields.isEmpty() || m.card().isEmpty()) {
          continue;
        }
        String cardName = m.card().get();
        Path card = context.resolve(m, cardName);
        if (!Files.isRegularFile(card)) {
          if (missingCardIsFinding) {
            context.report(m).variant("noCard").arg(Models.label(m)).arg(cardName).value("card", cardName).noFix("noCard").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          }
          continue;
        }
        JsonObject json;
        try {
          // a card is a few kilobytes: a huge or special file is the model-card validation's business
          byte[] bytes;
          try (InputStream in = Files.newInputStream(card)) {
            bytes = in.readNBytes((int) MAX_CARD_BYTES + 1);
          }
          JsonElement e = bytes.length > MAX_CARD_BYTES ? null : JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
          json = e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (IOException | JsonParseException e) {
          json = null; // an unreadable card is the model-card validation's business
        }
        if (json == null) {
          continue;
        }
        JsonObject doc = json;
        List<String> missing = new ArrayList<>();
        for (Field field : fields) {
          if (field.keys().stream().noneMatch(k -> present(doc.get(k)))) {
            missing.add(context.term(field.name()));
          }
        }
        if (!missing.isEmpty()) {
          context.report(m).arg(Models.label(m)).arg(String.join(", ", missing)).arg(cardName) //$NON-NLS-1$
              .value("card", cardName).result("missing", String.join(", ", missing)).noFix("cardFields").add(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
      }
    }
  }

  private static boolean present(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return false;
    }
    if (e.isJsonObject()) {
      return !e.getAsJsonObject().isEmpty();
    }
    if (e.isJsonArray()) {
      return !e.getAsJsonArray().isEmpty();
    }
    return !e.getAsString().isBlank();
  }
}
