package dev.bellwether.devorg.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All sObject types of one org, by name and by key prefix. */
public final class Schema {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private final Map<String, ObjectDef> byLowerName = new ConcurrentHashMap<>();
  private final Map<String, ObjectDef> byPrefix = new ConcurrentHashMap<>();
  private final List<SchemaListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final SchemaListener fanOut = new SchemaListener() {
    @Override
    public void objectAdded(ObjectDef object) {
      listeners.forEach(l -> l.objectAdded(object));
    }

    @Override
    public void fieldPut(ObjectDef object, FieldDef field) {
      listeners.forEach(l -> l.fieldPut(object, field));
    }
  };

  /** Registers a listener for objects and fields added from now on. */
  public void addListener(SchemaListener listener) {
    listeners.add(listener);
  }

  /** Registers an object; its key prefix must be free. */
  public synchronized ObjectDef add(ObjectDef object) {
    ObjectDef clash = byPrefix.get(object.keyPrefix());
    if (clash != null && !clash.name().equalsIgnoreCase(object.name())) {
      throw new IllegalStateException("key prefix " + object.keyPrefix() + " of " + object.name()
          + " is already used by " + clash.name());
    }
    byLowerName.put(object.name().toLowerCase(Locale.ROOT), object);
    byPrefix.put(object.keyPrefix(), object);
    object.listenWith(fanOut);
    fanOut.objectAdded(object);
    return object;
  }

  /** Looks an object up by API name, ignoring case. */
  public Optional<ObjectDef> object(String name) {
    return name == null ? Optional.empty()
        : Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The object whose records have ids starting with this prefix. */
  public Optional<ObjectDef> byKeyPrefix(String prefix) {
    return Optional.ofNullable(byPrefix.get(prefix));
  }

  /** The object an id belongs to, from its first three characters. */
  public Optional<ObjectDef> forId(String id) {
    return id == null || id.length() < 3 ? Optional.empty() : byKeyPrefix(id.substring(0, 3));
  }

  /** Every object, sorted by name. */
  public List<ObjectDef> objects() {
    List<ObjectDef> all = new ArrayList<>(byLowerName.values());
    all.sort(Comparator.comparing(ObjectDef::name));
    return all;
  }

  /** The next free key prefix for a custom object (a00, a01, ...), as Salesforce assigns "a0X". */
  public synchronized String nextCustomKeyPrefix() {
    for (int i = 0; i < 62 * 62; i++) {
      String p = "a" + BASE62.charAt(i / 62) + BASE62.charAt(i % 62);
      if (!byPrefix.containsKey(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no free custom key prefix left");
  }
}
