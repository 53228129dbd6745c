package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how to write a batch by its size and retries the records Salesforce refused for a
 * passing reason (UNABLE_TO_LOCK_ROW): one SOAP call for up to 200 records, REST sObject
 * collections (200 a request) up to the Bulk threshold, one Bulk API 2.0 ingest job above it.
 * Retrying is safe: a refused record was not written, and sync writes by upsert.
 */
public final class WritePaths {
  private static final Logger LOG = LoggerFactory.getLogger(WritePaths.class);
  /** Records per SOAP or REST collections request, Salesforce's maximum. */
  static final int RECORDS_PER_CALL = 200;

  private final RecordWriter soap;
  private final RecordWriter collections;
  private final RecordWriter bulk;
  private final int bulkThreshold;
  private final int recordRetries;
  private final Duration recordBackoff;
  private final Sleeper sleeper;

  /** Waits between retry rounds; a seam so the wait is a real, interruptible sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public WritePaths(RecordWriter soap, RecordWriter collections, RecordWriter bulk, int bulkThreshold,
      int recordRetries, Duration recordBackoff, Sleeper sleeper) {
    this.soap = soap;
    this.collections = collections;
    this.bulk = bulk;
    this.bulkThreshold = bulkThreshold;
    this.recordRetries = recordRetries;
    this.recordBackoff = recordBackoff;
    this.sleeper = sleeper;
  }

  /** The writer for a batch of this many records. */
  RecordWriter choose(int size) {
    if (size <= RECORDS_PER_CALL) {
      return soap;
    }
    return size <= bulkThreshold ? collections : bulk;
  }

  /** Writes the batch; records refused with a retryable error are tried again a few rounds. */
  public List<WriteResult> write(WriteBatch batch, ObjectSchema schema) throws CrmException {
    List<WriteResult> results = new ArrayList<>(unknownFieldsRefused(batch, schema));
    Duration wait = recordBackoff;
    for (int round = 1; round <= recordRetries; round++) {
      List<Integer> again = new ArrayList<>();
      for (WriteResult r : results) {
        if (r.retryable()) {
          again.add(r.index());
        }
      }
      if (again.isEmpty()) {
        break;
      }
      LOG.info("{} {}: {} records refused for a passing reason, trying again (round {} of {})",
          batch.operation(), batch.object(), again.size(), round, recordRetries);
      pause(wait);
      wait = wait.multipliedBy(2);
      List<CrmRecord> subset = new ArrayList<>(again.size());
      again.forEach(i -> subset.add(batch.records().get(i)));
      WriteBatch retry = new WriteBatch(batch.object(), batch.operation(), batch.externalIdField(), subset);
      List<WriteResult> retried = choose(subset.size()).write(retry, schema);
      for (WriteResult r : retried) {
        int original = again.get(r.index());
        results.set(original, new WriteResult(original, r.id(), r.success(), r.created(), r.errors()));
      }
    }
    return results;
  }

  /** The field names the batch uses that the object does not have; each distinct name looked up once. */
  static Set<String> unknownFields(WriteBatch batch, ObjectSchema schema) {
    Set<String> names = new HashSet<>();
    batch.records().forEach(r -> names.addAll(r.fields().keySet()));
    Set<String> unknown = new HashSet<>();
    for (String name : names) {
      if (schema.field(name).isEmpty()) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  /**
   * Records naming a field the object does not have fail alone with INVALID_FIELD, as Salesforce
   * would fail the whole request; the others are written.
   */
  private List<WriteResult> unknownFieldsRefused(WriteBatch batch, ObjectSchema schema) throws CrmException {
    Set<String> unknownNames = unknownFields(batch, schema);
    if (unknownNames.isEmpty()) {
      return choose(batch.records().size()).write(batch, schema);
    }
    List<WriteResult> results = new ArrayList<>(batch.records().size());
    List<CrmRecord> good = new ArrayList<>();
    List<Integer> goodIndex = new ArrayList<>();
    for (int i = 0; i < batch.records().size(); i++) {
      CrmRecord r = batch.records().get(i);
      List<String> unknown = r.fields().keySet().stream().filter(unknownNames::contains).toList();
      if (unknown.isEmpty()) {
        good.add(r);
        goodIndex.add(i);
        results.add(null);
      } else {
        results.add(WriteResult.failed(i, r.id(), List.of(new RecordError("INVALID_FIELD",
            "No such column " + unknown + " on entity '" + batch.object() + "'", unknown, false))));
      }
    }
    if (!good.isEmpty()) {
      WriteBatch known = new WriteBatch(batch.object(), batch.operation(), batch.externalIdField(), good);
      for (WriteResult r : choose(good.size()).write(known, schema)) {
        int original = goodIndex.get(r.index());
        results.set(original, new WriteResult(original, r.id(), r.success(), r.created(), r.errors()));
      }
    }
    return results;
  }

  private void pause(Duration d) throws CrmException {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmException(CrmException.Kind.INTERRUPTED, null, null, "interrupted while waiting to retry");
    }
  }
}
