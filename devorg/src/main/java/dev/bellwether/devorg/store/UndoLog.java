package dev.bellwether.devorg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a batch changed, so an allOrNone batch can be put back exactly. */
final class UndoLog {
  /** Record → its state before the batch, or null when the batch created it. */
  private final Map<StoredRecord, StoredRecord.State> before = new LinkedHashMap<>();

  void created(StoredRecord r) {
    before.putIfAbsent(r, null);
  }

  void changing(StoredRecord r) {
    if (!before.containsKey(r)) {
      before.put(r, r.snapshot());
    }
  }

  List<StoredRecord> touched() {
    return new ArrayList<>(before.keySet());
  }

  void rollBack(OrgStore store) {
    List<Map.Entry<StoredRecord, StoredRecord.State>> entries = new ArrayList<>(before.entrySet());
    for (int i = entries.size() - 1; i >= 0; i--) {
      var e = entries.get(i);
      if (e.getValue() == null) {
        store.removeRecord(e.getKey());
      } else {
        store.replaceState(e.getKey(), e.getValue());
      }
    }
  }
}
