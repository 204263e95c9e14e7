package org.linebench.ml.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.linebench.ml.weka.ModelPolicy;

import org.eclipse.osgi.util.NLS;

/**
 * Deserializes a model within bounds, so that a hostile file can neither run code nor exhaust
 * the machine:
 * <ul>
 * <li>every class is checked against {@link ModelPolicy} before it is instantiated;</li>
 * <li>nesting depth, objects and references, and array lengths are bounded (an array may not
 * claim more elements than the bytes left in the file can hold);</li>
 * <li>every object is checked once its fields are read: a field naming a file or URL must be
 * empty ({@link ModelPolicy#locationIn});</li>
 * <li>the cost of hashing each collection is tracked: a collection whose hash would visit many
 * more elements than the stream holds (elements shared between nested collections: the
 * hash-collision bomb) is refused before any hash table hashes it;</li>
 * <li>a deadline: reading stops when it is overrun.</li>
 * </ul>
 * Each refusal names its real reason. Weka classes are resolved by Weka's class loader, ours by
 * ours.
 */
final class AllowListInputStream extends ObjectInputStream {
  /** Nesting depth of objects: deep trees of a large forest stay far below it. */
  static final long MAX_DEPTH = 10_000;
  /** Hashing steps always allowed, beyond {@link #HASH_FACTOR} per object read. */
  static final long HASH_FLOOR = 100_000;
  static final long HASH_FACTOR = 4;

  /** A refusal with its localized reason. */
  static final class Refused extends InvalidObjectException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  private final long maxBytes;
  private final long maxReferences;
  private final long deadline;
  private final long budgetSeconds;
  private final Map<Object, Long> hashCost = new IdentityHashMap<>();
  private long objects;
  private String refused;

  /**
   * @param maxBytes the stream's length
   * @param budgetSeconds wall-clock time allowed for reading
   */
  AllowListInputStream(InputStream in, long maxBytes, long budgetSeconds) throws IOException {
    super(in);
    this.maxBytes = maxBytes;
    this.maxReferences = Math.max(1_000_000, Runtime.getRuntime().maxMemory() / 16);
    this.budgetSeconds = budgetSeconds;
    this.deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
    setObjectInputFilter(this::check);
    enableResolveObject(true);
  }

  /** The localized reason the stream was refused, or null. */
  String refused() {
    return refused;
  }

  private ObjectInputFilter.Status reject(String reason) {
    if (refused == null) {
      refused = reason;
    }
    return ObjectInputFilter.Status.REJECTED;
  }

  private ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
    if (info.depth() > MAX_DEPTH) {
      return reject(NLS.bind(Messages.Model_tooDeep, info.depth(), MAX_DEPTH));
    }
    if (info.references() > maxReferences) {
      return reject(NLS.bind(Messages.Model_tooManyReferences, maxReferences));
    }
    if (System.nanoTime() > deadline) {
      return reject(NLS.bind(Messages.Model_tooSlow, budgetSeconds));
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return ObjectInputFilter.Status.UNDECIDED; // a back-reference: counted above
    }
    if (c.isArray() && info.arrayLength() >= 0) {
      long left = Math.max(0, maxBytes - info.streamBytes());
      if (info.arrayLength() * elementBytes(c.getComponentType()) > left) {
        return reject(NLS.bind(Messages.Model_arrayTooLong, info.arrayLength(), left));
      }
    }
    if (!ModelPolicy.allowed(c)) {
      Class<?> e = c;
      while (e.isArray()) {
        e = e.getComponentType();
      }
      return reject(NLS.bind(Messages.Model_contains, e.getName(), ModelPolicy.refusal(e.getName()).text()));
    }
    return ObjectInputFilter.Status.ALLOWED;
  }

  /** The fewest bytes an element of this type takes in a stream. */
  private static long elementBytes(Class<?> component) {
    if (component == long.class || component == double.class) {
      return 8;
    }
    if (component == int.class || component == float.class) {
      return 4;
    }
    if (component == char.class || component == short.class) {
      return 2;
    }
    return 1; // byte, boolean; an object is at least a one-byte null or handle
  }

  /** Called for every object once it is read, before anything that holds it can use it. */
  @Override
  protected Object resolveObject(Object obj) throws IOException {
    objects++;
    if ((objects & 0xfff) == 0 && System.nanoTime() > deadline) {
      throw refuse(NLS.bind(Messages.Model_tooSlow, budgetSeconds));
    }
    String location = ModelPolicy.locationIn(obj);
    if (location != null) {
      throw refuse(NLS.bind(Messages.Model_location, location));
    }
    if (obj instanceof Collection<?> || obj instanceof Map<?, ?>) {
      long cost = hashCost(obj);
      long limit = HASH_FLOOR + HASH_FACTOR * objects;
      if (cost > limit) {
        throw refuse(NLS.bind(Messages.Model_hashBomb, new Object[] {obj.getClass().getName(), cost, objects}));
      }
      if (cost > 1) {
        hashCost.put(obj, cost);
      }
    }
    return obj;
  }

  private Refused refuse(String reason) {
    if (refused == null) {
      refused = reason;
    }
    return new Refused(refused);
  }

  /**
   * How many elements hashing this collection visits: one for itself and, for each element (key
   * and value of a map), the cost recorded when that element was read (elements are read before
   * their container). Only identities are looked up: no element's own hashCode runs here.
   */
  private long hashCost(Object container) {
    long sum = 1;
    if (container instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sum = saturatedAdd(sum, costOf(e.getKey()));
        sum = saturatedAdd(sum, costOf(e.getValue()));
      }
    } else {
      for (Object e : (Collection<?>) container) {
        sum = saturatedAdd(sum, costOf(e));
      }
    }
    return sum;
  }

  private long costOf(Object o) {
    Long c = o == null ? null : hashCost.get(o);
    return c == null ? 1 : c;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  @Override
  protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
    String name = desc.getName();
    // element names of arrays read "[Lweka.core.Attribute;"
    String element = name.replaceFirst("^\\[+L", ""); //$NON-NLS-1$ //$NON-NLS-2$
    if (element.startsWith("weka.")) { //$NON-NLS-1$
      // the wrapped Weka bundle sees all its packages; ours imports only a few
      return Class.forName(name, false, weka.core.Instances.class.getClassLoader());
    }
    if (element.startsWith("org.linebench.ml.")) { //$NON-NLS-1$
      return Class.forName(name, false, AllowListInputStream.class.getClassLoader());
    }
    return super.resolveClass(desc);
  }
}
