package dev.bellwether.service.reports;

import dev.bellwether.store.RecordRepository;
import dev.bellwether.store.StoredRecord;
import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Synced records held in a list: what the CRM book loader reads, without a database. */
final class InMemoryRecords implements RecordRepository {
  private final List<StoredRecord> records;

  InMemoryRecords(List<StoredRecord> records) {
    this.records = records.stream().sorted(Comparator.comparing(StoredRecord::crmId)).toList();
  }

  @Override
  public void forEachRecord(String orgId, String object, boolean withDeleted, Consumer<StoredRecord> action) {
    records.stream().filter(r -> r.orgId().equals(orgId) && r.object().equals(object) && (withDeleted || !r.deleted()))
        .forEach(action);
  }

  @Override
  public void forEachRecord(String orgId, String object, boolean withDeleted, java.util.Set<String> fields,
      Consumer<StoredRecord> action) {
    forEachRecord(orgId, object, withDeleted, r -> {
      java.util.Map<String, Object> only = new java.util.HashMap<>(r.fields());
      only.keySet().retainAll(fields);
      action.accept(new StoredRecord(r.orgId(), r.object(), r.crmId(), only, r.systemModstamp(), r.deleted()));
    });
  }

  @Override
  public Optional<StoredRecord> find(String orgId, String object, String crmId) {
    return records.stream().filter(r -> r.orgId().equals(orgId) && r.object().equals(object)
        && r.crmId().equals(crmId)).findFirst();
  }

  @Override
  public long count(String orgId, String object) {
    return records.stream().filter(r -> r.orgId().equals(orgId) && r.object().equals(object) && !r.deleted()).count();
  }

  @Override
  public void forEachLiveId(String orgId, String object, Consumer<String> action) {
    forEachRecord(orgId, object, false, r -> action.accept(r.crmId()));
  }

  @Override
  public Optional<Instant> crmVersion(String orgId) {
    return records.stream().filter(r -> r.orgId().equals(orgId)).map(StoredRecord::systemModstamp)
        .max(Comparator.naturalOrder());
  }

  @Override
  public int upsert(Connection tx, Collection<StoredRecord> ignored) {
    throw new UnsupportedOperationException("the reports only read records");
  }

  @Override
  public int markDeleted(Connection tx, String orgId, String object, Collection<String> crmIds) {
    throw new UnsupportedOperationException("the reports only read records");
  }
}
