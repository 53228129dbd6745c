package dev.bellwether.service.reliability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the CRM editor did to devorg, as devorg confirmed it: the last value it wrote to each field
 * of each record, and the records it created and deleted. The final check holds the store to it,
 * independently of any read of devorg.
 */
final class CrmLedger {
  /** A record: its object and id. */
  record Ref(String object, String id) {
  }

  private final Map<Ref, Map<String, Object>> lastWritten = new LinkedHashMap<>();
  private final Set<Ref> created = new HashSet<>();
  private final Set<Ref> deleted = new HashSet<>();
  private final Map<String, Integer> operations = new HashMap<>();

  synchronized void created(Ref ref, Map<String, Object> fields) {
    created.add(ref);
    lastWritten.computeIfAbsent(ref, r -> new LinkedHashMap<>()).putAll(fields);
    operations.merge("inserts", 1, Integer::sum);
  }

  synchronized void updated(Ref ref, Map<String, Object> fields) {
    lastWritten.computeIfAbsent(ref, r -> new LinkedHashMap<>()).putAll(fields);
    operations.merge("updates", 1, Integer::sum);
  }

  synchronized void deleted(Ref ref) {
    deleted.add(ref);
    lastWritten.remove(ref);
    operations.merge("deletes", 1, Integer::sum);
  }

  /** Live records the editor wrote, with the last value of each field it wrote. */
  synchronized Map<Ref, Map<String, Object>> lastWritten() {
    Map<Ref, Map<String, Object>> copy = new LinkedHashMap<>();
    lastWritten.forEach((ref, fields) -> copy.put(ref, Map.copyOf(fields)));
    return copy;
  }

  synchronized Set<Ref> created() {
    Set<Ref> live = new HashSet<>(created);
    live.removeAll(deleted);
    return live;
  }

  synchronized Set<Ref> deleted() {
    return Set.copyOf(deleted);
  }

  synchronized int count(String operation) {
    return operations.getOrDefault(operation, 0);
  }

  @Override
  public synchronized String toString() {
    return count("updates") + " updates, " + count("inserts") + " inserts, " + count("deletes") + " deletes";
  }
}
