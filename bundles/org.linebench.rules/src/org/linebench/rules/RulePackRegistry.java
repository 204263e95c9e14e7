package org.linebench.rules;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The rule packs of the running platform, loaded once (their data read, their rules created and
 * configured) and loaded again only when a bundle adds or removes a contribution to
 * {@value RulePacks#EXTENSION_POINT}: what a long-running process (the workbench's project builder)
 * asks for on every build. Listeners hear when the packs were replaced.
 */
public final class RulePackRegistry {
  private static final Object LOCK = new Object();
  private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
  private static volatile RulePacks current;
  private static IRegistryEventListener registryListener;

  private RulePackRegistry() {}

  /** The packs as contributed now; the same instance until a contribution comes or goes. */
  public static RulePacks packs() {
    RulePacks p = current;
    if (p == null) {
      synchronized (LOCK) {
        if (current == null) {
          listen();
          current = RulePacks.fromPlatform();
        }
        p = current;
      }
    }
    return p;
  }

  /** Called (on the thread that changed the registry) after the packs changed; cheap work only. */
  public static void addListener(Runnable listener) {
    LISTENERS.add(listener);
  }

  public static void removeListener(Runnable listener) {
    LISTENERS.remove(listener);
  }

  /** Forgets the loaded packs (the next {@link #packs()} reads them again) and tells the listeners. */
  public static void refresh() {
    synchronized (LOCK) {
      current = null;
    }
    LISTENERS.forEach(Runnable::run);
  }

  private static void listen() {
    IExtensionRegistry registry = RegistryFactory.getRegistry();
    if (registry == null || registryListener != null) {
      return;
    }
    registryListener = new IRegistryEventListener() {
      @Override
      public void added(IExtension[] extensions) {
        refresh();
      }

      @Override
      public void removed(IExtension[] extensions) {
        refresh();
      }

      @Override
      public void added(IExtensionPoint[] points) {
        // the point is ours; its extensions come through the other callbacks
      }

      @Override
      public void removed(IExtensionPoint[] points) {
        refresh();
      }
    };
    registry.addListener(registryListener, RulePacks.EXTENSION_POINT);
  }
}
