package org.linebench.assist.llm;

import java.time.Duration;

/**
 * How a {@link ChatModel} answers: sampling temperature (0 = as deterministic as the model allows),
 * the most tokens it may produce, and the time it may take in all (connecting, loading, generating).
 */
public record ChatOptions(double temperature, int maxTokens, Duration timeout) {
  /** Temperature 0.2, 512 tokens, 120 s: short factual answers from a local model. */
  public static final ChatOptions DEFAULT = new ChatOptions(0.2, 512, Duration.ofSeconds(120));

  public ChatOptions {
    if (temperature < 0 || Double.isNaN(temperature)) {
      throw new IllegalArgumentException("temperature " + temperature); //$NON-NLS-1$
    }
    if (maxTokens <= 0) {
      throw new IllegalArgumentException("maxTokens " + maxTokens); //$NON-NLS-1$
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout " + timeout); //$NON-NLS-1$
    }
  }

  public ChatOptions withTimeout(Duration other) {
    return new ChatOptions(temperature, maxTokens, other);
  }
}
