package org.linebench.assist.llama.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.ChatException;
import org.linebench.assist.llm.ChatMessage;
import org.linebench.assist.llm.ChatModel;
import org.linebench.assist.llm.ChatOptions;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;

/**
 * A GGUF model loaded in this process by llama.cpp: loaded once, answers one conversation at a time
 * (others wait, within their timeout), closed with {@link #close()}. Tokens are produced one by one;
 * between two tokens the timeout and the caller's interrupt are checked, and a late or cancelled
 * answer is stopped in llama.cpp as well. The timeout is therefore kept to within one token (and, for
 * the first token, the reading of the prompt).
 */
public final class LlamaChatModel implements ChatModel {
  private final Path file;
  private final GgufHeader header;
  private final LlamaModel model;
  private final int seed;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  LlamaChatModel(Path file, GgufHeader header, LlamaModel model, int seed) {
    this.file = file;
    this.header = header;
    this.model = model;
    this.seed = seed;
  }

  @Override
  public String chat(List<ChatMessage> messages, ChatOptions options) throws ChatException {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    if (Thread.interrupted()) {
      throw cancelled();
    }
    try {
      if (!lock.tryLock(options.timeout().toNanos(), TimeUnit.NANOSECONDS)) {
        throw timeout(options);
      }
    } catch (InterruptedException e) {
      throw cancelled();
    }
    try {
      if (closed) {
        throw new ChatException(NLS.bind(Messages.Llama_closed, file));
      }
      return generate(prompt(messages), options, deadline);
    } catch (RuntimeException e) { // llama.cpp's errors come as the binding's (package-private) LlamaException
      throw new ChatException(NLS.bind(Messages.Llama_failed, file, e.getMessage()), e);
    } finally {
      lock.unlock();
    }
  }

  /** The text the model continues: its own chat template, or a plain transcript when it has none. */
  public String prompt(List<ChatMessage> messages) {
    return header.chatTemplate() == null ? Prompts.plain(messages) : Prompts.template(model, messages);
  }

  private String generate(String prompt, ChatOptions options, long deadline) throws ChatException {
    InferenceParameters p = new InferenceParameters(prompt).setNPredict(options.maxTokens())
        .setTemperature((float) options.temperature()).setSeed(seed).setCachePrompt(false);
    if (header.chatTemplate() == null) {
      p.setStopStrings(Prompts.PLAIN_STOPS);
    }
    StringBuilder text = new StringBuilder();
    LlamaIterator tokens = model.generate(p).iterator();
    while (tokens.hasNext()) {
      if (Thread.interrupted()) {
        tokens.cancel();
        throw cancelled();
      }
      if (System.nanoTime() - deadline > 0) {
        tokens.cancel();
        throw timeout(options);
      }
      LlamaOutput out = tokens.next();
      text.append(out.text);
    }
    return text.toString();
  }

  private ChatException cancelled() {
    Thread.currentThread().interrupt();
    return new ChatException(NLS.bind(Messages.Llama_cancelled, file));
  }

  private ChatException timeout(ChatOptions options) {
    return new ChatException(NLS.bind(Messages.Llama_timeout, file, options.timeout().toMillis() / 1000.0));
  }

  @Override
  public String describe() {
    return NLS.bind(Messages.Llama_describe, file.getFileName(), header.architecture());
  }

  /** Frees the model's memory; waits for an answer under way to end. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        model.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
