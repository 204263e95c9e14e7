package org.linebench.assist.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.internal.Messages;
import org.linebench.assist.llm.internal.OpenAiChatModel;

/**
 * Makes the {@link ChatModel} the user configured: {@code openai} built in, other kinds from the
 * factories contributed to {@value #EXTENSION_POINT} ({@code <model kind="llama" class="..."/>}).
 */
public final class ChatModels {
  public static final String EXTENSION_POINT = "org.linebench.assist.llm.models"; //$NON-NLS-1$

  private ChatModels() {}

  /** The configured model; empty when none is configured (kind none). */
  public static Optional<ChatModel> create(ChatConfig config) throws ChatException {
    if (config == null || !config.configured()) {
      return Optional.empty();
    }
    if (ChatConfig.OPENAI.equals(config.kind())) {
      return Optional.of(OpenAiChatModel.create(config));
    }
    ChatModelFactory factory = factory(config.kind());
    if (factory == null) {
      throw new ChatException(NLS.bind(Messages.Config_unknownKind, config.kind(), String.join(", ", kinds()))); //$NON-NLS-1$
    }
    return Optional.of(factory.create(config));
  }

  /** The kinds that can be configured: {@code openai} and the contributed ones. */
  public static List<String> kinds() {
    List<String> kinds = new ArrayList<>(List.of(ChatConfig.NONE, ChatConfig.OPENAI));
    for (IConfigurationElement e : elements()) {
      String kind = e.getAttribute("kind"); //$NON-NLS-1$
      if (kind != null && !kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static ChatModelFactory factory(String kind) throws ChatException {
    for (IConfigurationElement e : elements()) {
      if (kind.equals(e.getAttribute("kind"))) { //$NON-NLS-1$
        try {
          if (e.createExecutableExtension("class") instanceof ChatModelFactory f) { //$NON-NLS-1$
            return f;
          }
        } catch (CoreException ex) {
          throw new ChatException(NLS.bind(Messages.Config_factoryFailed, kind, ex.getMessage()), ex);
        }
      }
    }
    return null;
  }

  private static IConfigurationElement[] elements() {
    IExtensionRegistry registry = RegistryFactory.getRegistry();
    return registry == null ? new IConfigurationElement[0] : registry.getConfigurationElementsFor(EXTENSION_POINT);
  }
}
