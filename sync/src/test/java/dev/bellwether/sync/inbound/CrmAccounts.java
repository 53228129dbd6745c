package dev.bellwether.sync.inbound;

import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test data in devorg: Accounts written straight into the org's store at the org's (test-driven)
 * clock, as users of the CRM would create, edit and delete them.
 */
final class CrmAccounts {
  private final TestDevOrg devorg;
  private final MutableClock clock;

  CrmAccounts(TestDevOrg devorg, MutableClock clock) {
    this.devorg = devorg;
    this.clock = clock;
  }

  /** The values account number {@code i} is created with. */
  static Map<String, Object> values(String prefix, int i) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("Name", prefix + " " + i);
    v.put("AnnualRevenue", new BigDecimal(1000 + i).add(new BigDecimal("0.25")));
    v.put("NumberOfEmployees", 10 + i);
    v.put("Industry", i % 2 == 0 ? "Banking" : "Retail");
    v.put("Strategic__c", i % 3 == 0);
    v.put("Renewal_Date__c", LocalDate.of(2027, 1, 1).plusDays(i % 365));
    return v;
  }

  List<String> create(String prefix, int count) {
    List<WriteOp> ops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ops.add(new WriteOp.Create("Account", values(prefix, i)));
    }
    return ids(apply(ops));
  }

  void update(String id, Map<String, Object> fields) {
    apply(List.of(new WriteOp.Update("Account", id, fields, Set.of())));
  }

  void delete(List<String> ids) {
    apply(ids.stream().map(id -> (WriteOp) new WriteOp.Delete(id)).toList());
  }

  /**
   * Deletes as a hard delete or an emptied recycle bin looks to a poll: the CRM's deletion feed
   * reports it, a queryAll by SystemModstamp does not. devorg has no purge, so the record goes to its
   * recycle bin with its SystemModstamp left where it was, out of every later poll's window.
   */
  void purge(List<String> ids) {
    Org org = devorg.org();
    for (String id : ids) {
      StoredRecord r = org.store().find(id).orElseThrow();
      Object[] values = Arrays.copyOf(r.snapshot().values(), r.type().fields().size());
      values[r.type().indexOf("IsDeleted")] = true;
      org.store().restore(r.type(), id, new StoredRecord.State(values, true, clock.instant()));
    }
  }

  void advance(Duration d) {
    clock.advance(d);
  }

  Org org() {
    return devorg.org();
  }

  private List<WriteResult> apply(List<WriteOp> ops) {
    Org org = devorg.org();
    List<WriteResult> results = org.store().apply(ops, true, org.writeAs(org.adminUserId()));
    for (WriteResult r : results) {
      if (!r.success()) {
        throw new IllegalStateException("devorg refused a test write: " + r.errors());
      }
    }
    return results;
  }

  private static List<String> ids(List<WriteResult> results) {
    return results.stream().map(WriteResult::id).toList();
  }
}
