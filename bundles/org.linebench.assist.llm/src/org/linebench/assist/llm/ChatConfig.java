package org.linebench.assist.llm;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.internal.Messages;

/**
 * The user's choice of language model, read from a properties file ({@code linebench ask
 * --model-config FILE}) or from preferences. Keys:
 * <pre>
 * kind = openai | llama | none        (none, or no file: no model; nothing is sent anywhere)
 * endpoint = http://127.0.0.1:11434/v1 (openai: the server's base URL, /chat/completions is added)
 * model = qwen2.5:7b                  (openai: the model's name on the server)
 * api-key = ...                       (optional; or api-key-env = NAME of an environment variable)
 * model-file = models/qwen.gguf       (llama: the GGUF file, relative to the config file's folder)
 * temperature = 0.2                   max-tokens = 512           timeout-seconds = 120
 * </pre>
 * Any other key is kept in {@link #settings()} for the factory of its kind (e.g. {@code threads}).
 */
public record ChatConfig(String kind, URI endpoint, String model, String apiKey, Path modelFile, ChatOptions options,
    Map<String, String> settings) {
  public static final String NONE = "none"; //$NON-NLS-1$
  public static final String OPENAI = "openai"; //$NON-NLS-1$
  public static final String LLAMA = "llama"; //$NON-NLS-1$

  /** No model configured. */
  public static final ChatConfig EMPTY = new ChatConfig(NONE, null, null, null, null, ChatOptions.DEFAULT, Map.of());

  public ChatConfig {
    settings = Map.copyOf(settings);
  }

  /** Whether a model is configured at all. */
  public boolean configured() {
    return !NONE.equals(kind);
  }

  /** An OpenAI-compatible endpoint: base URL and model name. */
  public static ChatConfig openai(URI endpoint, String model, ChatOptions options) {
    return new ChatConfig(OPENAI, endpoint, model, null, null, options, Map.of());
  }

  /** Reads a config file; a missing or unreadable file, or a bad value, is a localized {@link ChatException}. */
  public static ChatConfig read(Path file) throws ChatException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (NoSuchFileException e) {
      throw new ChatException(NLS.bind(Messages.Config_missing, file));
    } catch (IOException | IllegalArgumentException e) {
      throw new ChatException(NLS.bind(Messages.Config_unreadable, file, e.getMessage()));
    }
    Map<String, String> map = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).strip()));
    return of(map, file.toAbsolutePath().getParent(), file.toString(), System.getenv());
  }

  /**
   * A config from its keys.
   *
   * @param base the folder a relative model file is resolved against
   * @param source what to name in an error: the file or the preference page
   * @param environment where {@code api-key-env} is looked up
   */
  public static ChatConfig of(Map<String, String> keys, Path base, String source, Map<String, String> environment) throws ChatException {
    Map<String, String> rest = new LinkedHashMap<>(keys);
    String kind = rest.getOrDefault("kind", NONE).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    rest.remove("kind"); //$NON-NLS-1$
    if (kind.isEmpty()) {
      kind = NONE;
    }
    URI endpoint = null;
    String e = rest.remove("endpoint"); //$NON-NLS-1$
    if (e != null && !e.isEmpty()) {
      try {
        endpoint = new URI(e);
      } catch (URISyntaxException ex) {
        endpoint = null;
      }
      if (endpoint == null || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())) //$NON-NLS-1$ //$NON-NLS-2$
          || endpoint.getHost() == null) {
        throw new ChatException(NLS.bind(Messages.Config_badEndpoint, source, e));
      }
    }
    String model = blankToNull(rest.remove("model")); //$NON-NLS-1$
    String apiKey = blankToNull(rest.remove("api-key")); //$NON-NLS-1$
    String keyEnv = blankToNull(rest.remove("api-key-env")); //$NON-NLS-1$
    if (apiKey == null && keyEnv != null) {
      apiKey = blankToNull(environment.get(keyEnv));
      if (apiKey == null) {
        throw new ChatException(NLS.bind(Messages.Config_noKeyVariable, source, keyEnv));
      }
    }
    String file = blankToNull(rest.remove("model-file")); //$NON-NLS-1$
    Path modelFile = file == null ? null : base == null ? Path.of(file) : base.resolve(file);
    double temperature = number(rest.remove("temperature"), ChatOptions.DEFAULT.temperature(), "temperature", source, 0, 2); //$NON-NLS-1$
    int maxTokens = (int) number(rest.remove("max-tokens"), ChatOptions.DEFAULT.maxTokens(), "max-tokens", source, 1, 1_000_000); //$NON-NLS-1$
    double seconds = number(rest.remove("timeout-seconds"), ChatOptions.DEFAULT.timeout().toSeconds(), "timeout-seconds", source, 0.001, //$NON-NLS-1$
        86_400);
    ChatOptions options = new ChatOptions(temperature, maxTokens, Duration.ofMillis(Math.round(seconds * 1000)));
    return new ChatConfig(kind, endpoint, model, apiKey, modelFile, options, rest);
  }

  private static double number(String value, double otherwise, String key, String source, double min, double max) throws ChatException {
    if (value == null || value.isEmpty()) {
      return otherwise;
    }
    try {
      double d = Double.parseDouble(value);
      if (d >= min && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new ChatException(NLS.bind(Messages.Config_badNumber, new Object[] {source, key, value}));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Without the API key, for messages and logs. */
  @Override
  public String toString() {
    return kind + (endpoint == null ? "" : " " + endpoint) + (model == null ? "" : " " + model) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        + (modelFile == null ? "" : " " + modelFile); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
