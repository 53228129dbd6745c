package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns CRM records of one object into stored records of one org: only the mapped inbound fields
 * (Id and SystemModstamp are read for identity and ordering, not stored as fields unless mapped),
 * values converted by {@link StoredValues}.
 */
final class RecordConversion {
  static final String MODSTAMP = "SystemModstamp";

  private final String orgId;
  private final String object;
  private final Set<String> inboundLower = new HashSet<>();

  RecordConversion(String orgId, ObjectMapping mapping) {
    this.orgId = orgId;
    this.object = mapping.object();
    mapping.inboundFields().forEach(f -> inboundLower.add(f.toLowerCase(Locale.ROOT)));
  }

  List<StoredRecord> convert(RecordPage page) {
    List<StoredRecord> out = new ArrayList<>(page.size());
    for (CrmRecord r : page.records()) {
      out.add(convert(r));
    }
    return out;
  }

  StoredRecord convert(CrmRecord r) {
    if (r.id() == null) {
      throw new IllegalArgumentException(object + ": the CRM returned a record without an id");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    r.fields().forEach((name, value) -> {
      if (inboundLower.contains(name.toLowerCase(Locale.ROOT))) {
        try {
          fields.put(name, StoredValues.toStored(value));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(object + " " + r.id() + " field " + name + ": " + e.getMessage(), e);
        }
      }
    });
    return new StoredRecord(orgId, object, r.id(), fields, modstamp(r), false);
  }

  /** The record's SystemModstamp; without it the store could not tell versions apart. */
  private Instant modstamp(CrmRecord r) {
    if (r.get(MODSTAMP) instanceof Instant stamp) {
      return stamp;
    }
    throw new IllegalArgumentException(object + " " + r.id() + " has no SystemModstamp (got "
        + r.get(MODSTAMP) + "); objects without it cannot be synced inbound");
  }

  /** The latest SystemModstamp among the records, or {@code floor} when none is later. */
  static Instant latest(List<StoredRecord> records, Instant floor) {
    Instant max = floor;
    for (StoredRecord r : records) {
      if (max == null || r.systemModstamp().isAfter(max)) {
        max = r.systemModstamp();
      }
    }
    return max;
  }
}
