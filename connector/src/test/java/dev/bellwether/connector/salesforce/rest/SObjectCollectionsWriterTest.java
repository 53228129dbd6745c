package dev.bellwether.connector.salesforce.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.call.ApiCall;
import dev.bellwether.connector.salesforce.call.CallGuard;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sObject collections against devorg: chunks of 200, per-record failures in place, upsert, delete. */
class SObjectCollectionsWriterTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();
  static OrgSeed seed;
  static ObjectSchema account;
  static ObjectSchema health;

  @BeforeAll
  static void start() throws CrmException {
    seed = new OrgSeed(devorg.get());
    try (RestWiring w = RestWiring.to(devorg.get())) {
      RestDescriber describer = new RestDescriber(w.rest(), Namespace.NONE);
      account = describer.describe("Account");
      health = describer.describe("CS_Health__c");
    }
  }

  private static CrmRecord account(String id, Map<String, Object> fields) {
    return new CrmRecord("Account", id, fields);
  }

  private static Map<Integer, String> failureCodes(List<WriteResult> results) {
    Map<Integer, String> failed = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      WriteResult r = results.get(i);
      assertEquals(i, r.index(), "results come in input order");
      if (!r.success()) {
        failed.put(i, r.errors().get(0).statusCode());
      }
    }
    return failed;
  }

  @Test
  void fourHundredFiftyRecordsGoInThreeRequestsAndEachFailureLandsAtItsOwnIndex() throws CrmException {
    String tooLong = "X".repeat(41);
    List<CrmRecord> inserts = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      Map<String, Object> f = new HashMap<>();
      f.put("Name", "Chunked " + i);
      f.put("NumberOfEmployees", (long) i);
      inserts.add(account(null, f));
    }
    inserts.set(7, account(null, Map.of("AccountNumber", "no name")));
    inserts.set(250, account(null, Map.of("Name", "Chunked 250", "AccountNumber", tooLong)));
    inserts.set(449, account(null, Map.of("Description", "no name either")));
    try (RestWiring w = RestWiring.to(devorg.get())) {
      SObjectCollectionsWriter writer = new SObjectCollectionsWriter(w.rest(), Namespace.NONE);
      List<WriteResult> created = writer.write(WriteBatch.insert("Account", inserts), account);
      assertEquals(3, w.guard().calls(), "200 + 200 + 50");
      assertEquals(450, created.size());
      assertEquals(Map.of(7, "REQUIRED_FIELD_MISSING", 250, "STRING_TOO_LONG", 449, "REQUIRED_FIELD_MISSING"),
          failureCodes(created));
      assertEquals(
          new RecordError("REQUIRED_FIELD_MISSING", "Required fields are missing: [Name]", List.of("Name"), false),
          created.get(7).errors().get(0));
      assertEquals(new RecordError("STRING_TOO_LONG", "Account Number: data value too large: " + "X".repeat(40)
          + "... (max length=40)", List.of("AccountNumber"), false), created.get(250).errors().get(0));
      assertFalse(created.get(250).retryable());
      WriteResult ok = created.get(300);
      assertTrue(ok.success() && ok.created() && ok.id().startsWith("001"));
      assertEquals("Chunked 300", seed.value(ok.id(), "Name"));
      assertEquals(300, seed.value(ok.id(), "NumberOfEmployees"));

      List<CrmRecord> updates = new ArrayList<>();
      for (int i = 0; i < 450; i++) {
        updates.add(account(created.get(i).id(), Map.of("Description", "updated " + i)));
      }
      updates.set(300, account(created.get(300).id(), Map.of("AccountNumber", tooLong)));
      List<WriteResult> updated = writer.write(WriteBatch.update("Account", updates), account);
      assertEquals(6, w.guard().calls());
      assertEquals(Map.of(7, "MISSING_ARGUMENT", 250, "MISSING_ARGUMENT", 300, "STRING_TOO_LONG",
          449, "MISSING_ARGUMENT"), failureCodes(updated));
      assertEquals(created.get(300).id(), updated.get(300).id(), "a failed update still names its record");
      assertFalse(updated.get(0).created());
      assertEquals("updated 0", seed.value(created.get(0).id(), "Description"));
      assertEquals("Chunked 300", seed.value(created.get(300).id(), "Name"));

      List<String> alreadyGone = seed.create("Account", List.of(Map.of("Name", "Gone A"), Map.of("Name", "Gone B"),
          Map.of("Name", "Gone C")));
      seed.delete(alreadyGone);
      List<CrmRecord> deletes = new ArrayList<>();
      for (int i = 0; i < 450; i++) {
        deletes.add(account(created.get(i).id(), Map.of()));
      }
      deletes.set(7, account(alreadyGone.get(0), Map.of()));
      deletes.set(250, account(alreadyGone.get(1), Map.of()));
      deletes.set(449, account(alreadyGone.get(2), Map.of()));
      List<WriteResult> deleted = writer.write(WriteBatch.delete("Account", deletes), account);
      assertEquals(9, w.guard().calls());
      assertEquals(Map.of(7, "ENTITY_IS_DELETED", 250, "ENTITY_IS_DELETED", 449, "ENTITY_IS_DELETED"),
          failureCodes(deleted));
      assertEquals(Boolean.TRUE, seed.value(created.get(123).id(), "IsDeleted"));
    }
  }

  @Test
  void upsertCreatesThenUpdatesAndABadRestrictedPicklistValueFailsOnlyItsRecord() throws CrmException {
    String parent = seed.create("Account", Map.of("Name", "Health Parent"));
    Instant scoredAt = Instant.parse("2025-02-03T04:05:06Z");
    List<CrmRecord> snapshots = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      Map<String, Object> f = new HashMap<>();
      f.put("External_Id__c", "H-" + i);
      f.put("Account__c", parent);
      f.put("Band__c", i % 2 == 0 ? "Green" : "Yellow");
      f.put("Score__c", new BigDecimal("71.25"));
      f.put("Scored_At__c", scoredAt);
      snapshots.add(CrmRecord.of("CS_Health__c", f));
    }
    for (int bad : List.of(205, 420)) {
      Map<String, Object> f = new HashMap<>(snapshots.get(bad).fields());
      f.put("Band__c", "Purple");
      snapshots.set(bad, CrmRecord.of("CS_Health__c", f));
    }
    try (RestWiring w = RestWiring.to(devorg.get())) {
      SObjectCollectionsWriter writer = new SObjectCollectionsWriter(w.rest(), Namespace.NONE);
      List<WriteResult> first = writer.write(WriteBatch.upsert("CS_Health__c", "External_Id__c", snapshots), health);
      assertEquals(3, w.guard().calls());
      String badPicklist = "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST";
      assertEquals(Map.of(205, badPicklist, 420, badPicklist),
          failureCodes(first));
      assertEquals(new RecordError("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
          "Band: bad value for restricted picklist field: Purple", List.of("Band__c"), false),
          first.get(205).errors().get(0));
      assertTrue(first.get(0).created() && first.get(449).created(), "a new external id creates");
      assertEquals(scoredAt, seed.value(first.get(10).id(), "Scored_At__c"));
      Object score = seed.value(first.get(10).id(), "Score__c");
      assertEquals(0, new BigDecimal("71.25").compareTo(new BigDecimal(score.toString())));

      List<WriteResult> second = writer.write(WriteBatch.upsert("CS_Health__c", "External_Id__c", snapshots), health);
      assertEquals(Set.of(205, 420), failureCodes(second).keySet());
      for (int i : List.of(0, 204, 206, 449)) {
        assertTrue(second.get(i).success());
        assertFalse(second.get(i).created(), "the same external id updates");
        assertEquals(first.get(i).id(), second.get(i).id());
      }
    }
  }

  @Test
  void aNullValueEmptiesTheFieldAndAnAbsentFieldIsLeftAlone() throws CrmException {
    String id = seed.create("Account", Map.of("Name", "Emptied Co", "Description", "to be cleared",
        "AccountNumber", "kept"));
    Map<String, Object> fields = new HashMap<>();
    fields.put("Description", null);
    try (RestWiring w = RestWiring.to(devorg.get())) {
      List<WriteResult> r = new SObjectCollectionsWriter(w.rest(), Namespace.NONE)
          .write(WriteBatch.update("Account", List.of(account(id, fields))), account);
      assertTrue(r.get(0).success(), r.toString());
    }
    assertNull(seed.value(id, "Description"));
    assertEquals("kept", seed.value(id, "AccountNumber"));
  }

  @Test
  void rowLockFailuresAreRetryableAndTheOthersAreWritten() throws CrmException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rows.add(Map.of("Name", "Locked " + i));
    }
    List<String> ids = seed.create("Account", rows);
    List<CrmRecord> updates = ids.stream().map(id -> account(id, Map.of("Rating", "Hot"))).toList();
    devorg.faults("lock=0.3");
    try (RestWiring w = RestWiring.to(devorg.get())) {
      List<WriteResult> r = new SObjectCollectionsWriter(w.rest(), Namespace.NONE)
          .write(WriteBatch.update("Account", updates), account);
      List<WriteResult> locked = r.stream().filter(x -> !x.success()).toList();
      assertFalse(locked.isEmpty(), "a 30% lock rate over 200 records locks some");
      assertTrue(locked.size() < 200, "and not all");
      for (WriteResult x : locked) {
        assertEquals("UNABLE_TO_LOCK_ROW", x.errors().get(0).statusCode());
        assertTrue(x.retryable());
        assertEquals(ids.get(x.index()), x.id());
      }
      r.stream().filter(WriteResult::success).forEach(x -> assertEquals("Hot", seed.value(x.id(), "Rating")));
    }
  }

  @Test
  void anOutageOnTheFirstRequestFailsTheWholeBatch() {
    devorg.faults("transient=1");
    try (RestWiring w = RestWiring.to(devorg.get())) {
      CrmException e = assertThrows(CrmException.class, () -> new SObjectCollectionsWriter(w.rest(), Namespace.NONE)
          .write(WriteBatch.insert("Account", List.of(account(null, Map.of("Name", "Never")))), account));
      assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
    }
  }

  @Test
  void anOutageAfterTheFirstChunkKeepsItsResultsAndMarksTheRestRetryable() throws CrmException {
    List<CrmRecord> inserts = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      inserts.add(account(null, Map.of("Name", "Partial " + i)));
    }
    UnaryOperator<CallGuard> outageFromTheSecondRequest = counting -> new CallGuard() {
      private int calls;

      @Override
      public <T> T call(String what, String object, ApiCall<T> call) throws CrmException {
        if (++calls == 2) {
          devorg.faults("transient=1");
        }
        return counting.call(what, object, call);
      }
    };
    try (RestWiring w = RestWiring.to(devorg.get(), outageFromTheSecondRequest)) {
      List<WriteResult> r = new SObjectCollectionsWriter(w.rest(), Namespace.NONE)
          .write(WriteBatch.insert("Account", inserts), account);
      assertEquals(2, w.guard().calls(), "the third chunk is not tried once the second failed");
      assertEquals(450, r.size());
      assertTrue(r.subList(0, 200).stream().allMatch(WriteResult::success));
      assertTrue(r.subList(200, 450).stream().allMatch(WriteResult::retryable));
      assertEquals(Set.of("UNAVAILABLE"),
          r.subList(200, 450).stream().map(x -> x.errors().get(0).statusCode()).collect(Collectors.toSet()));
    }
  }

  @Test
  void namespacedFieldsAreQualifiedOnTheWayOut() throws CrmException {
    devorg.org().schema().object("Account").orElseThrow().putField(
        FieldDef.builder("bw__Tier__c", FieldType.STRING).custom(true).label("Tier").build());
    String id = seed.create("Account", Map.of("Name", "Tiered Co"));
    Namespace bw = new Namespace("bw");
    try (RestWiring w = RestWiring.to(devorg.get())) {
      ObjectSchema described = new RestDescriber(w.rest(), bw).describe("Account");
      List<WriteResult> r = new SObjectCollectionsWriter(w.rest(), bw)
          .write(WriteBatch.update("Account", List.of(account(id, Map.of("Tier__c", "Gold")))), described);
      assertTrue(r.get(0).success(), r.toString());
    }
    assertEquals("Gold", seed.value(id, "bw__Tier__c"));
  }
}
