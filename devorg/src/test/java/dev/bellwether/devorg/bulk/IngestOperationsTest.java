package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Insert, update, upsert and delete jobs over HTTP, each with good and bad rows, checked down
 * to the bytes of successfulResults and failedResults. Every test gets a fresh org, so record
 * ids are predictable: the n-th Account is 001 + n padded to 12 digits + "AAA".
 */
class IngestOperationsTest {
  private static final String ACC1 = "001000000000001AAA";
  private static final String ACC2 = "001000000000002AAA";
  private static final String ACC9 = "001000000000009AAA";
  private DevOrg devorg;
  private BulkClient bulk;

  @BeforeEach
  void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    bulk = new BulkClient(devorg, "64.0");
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void insertWritesGoodRowsAndReportsMissingNameForTheBadOne() {
    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"insert\"}",
        "Name,NumberOfEmployees\nAcme,12\n,5\n\"Globex, Inc\",\n");

    assertEquals("JobComplete", info.get("state").asText());
    assertEquals(3, info.get("numberRecordsProcessed").asInt());
    assertEquals(1, info.get("numberRecordsFailed").asInt());
    String id = info.get("id").asText();
    assertEquals("\"sf__Id\",\"sf__Created\",Name,NumberOfEmployees\n"
        + "\"" + ACC1 + "\",\"true\",\"Acme\",\"12\"\n"
        + "\"" + ACC2 + "\",\"true\",\"Globex, Inc\",\"\"\n",
        bulk.text("/jobs/ingest/" + id + "/successfulResults"));
    assertEquals("\"sf__Id\",\"sf__Error\",Name,NumberOfEmployees\n"
        + "\"\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --\",\"\",\"5\"\n",
        bulk.text("/jobs/ingest/" + id + "/failedResults"));
    assertEquals("Name,NumberOfEmployees\n", bulk.text("/jobs/ingest/" + id + "/unprocessedrecords"));
    assertEquals(12, account(ACC1).get("NumberOfEmployees"));
    assertNull(account(ACC2).get("NumberOfEmployees"));
    assertEquals(devorg.org().adminUserId(), account(ACC1).get("CreatedById"));
  }

  @Test
  void updateSetsValuesLeavesEmptyCellsAloneAndClearsNaCells() {
    seedAccounts(Map.of("Name", "One", "Phone", "555-0001", "Website", "one.example"),
        Map.of("Name", "Two", "Phone", "555-0002"));

    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"update\"}",
        "Id,Phone,Website\n"
            + ACC1 + ",555-0100,#N/A\n"
            + ACC2 + ",,two.example\n"
            + ACC9 + ",1,\n"
            + "nope,2,\n"
            + ",3,\n");

    assertEquals(5, info.get("numberRecordsProcessed").asInt());
    assertEquals(3, info.get("numberRecordsFailed").asInt());
    String id = info.get("id").asText();
    assertEquals("\"sf__Id\",\"sf__Created\",Id,Phone,Website\n"
        + "\"" + ACC1 + "\",\"false\",\"" + ACC1 + "\",\"555-0100\",\"#N/A\"\n"
        + "\"" + ACC2 + "\",\"false\",\"" + ACC2 + "\",\"\",\"two.example\"\n",
        bulk.text("/jobs/ingest/" + id + "/successfulResults"));
    assertEquals("\"sf__Id\",\"sf__Error\",Id,Phone,Website\n"
        + "\"" + ACC9 + "\",\"INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--\",\"" + ACC9 + "\",\"1\",\"\"\n"
        + "\"nope\",\"MALFORMED_ID:Record ID: id value of incorrect type: nope:Id --\",\"nope\",\"2\",\"\"\n"
        + "\"\",\"MISSING_ARGUMENT:Id not specified in an update call:--\",\"\",\"3\",\"\"\n",
        bulk.text("/jobs/ingest/" + id + "/failedResults"));
    assertEquals("555-0100", account(ACC1).get("Phone"));
    assertNull(account(ACC1).get("Website"));
    assertEquals("555-0002", account(ACC2).get("Phone"));
    assertEquals("two.example", account(ACC2).get("Website"));
  }

  @Test
  void upsertUpdatesMatchesCreatesNewKeysAndRejectsBlankKeys() {
    addExternalId();
    seedAccounts(Map.of("Name", "First", "Ext_Id__c", "E-1"));

    JsonNode info = bulk.ingest(
        "{\"object\":\"Account\",\"operation\":\"upsert\",\"externalIdFieldName\":\"Ext_Id__c\"}",
        "Ext_Id__c,Name\ne-1,Renamed\nE-2,New Co\n,Keyless\n");

    assertEquals("Ext_Id__c", info.get("externalIdFieldName").asText());
    assertEquals(3, info.get("numberRecordsProcessed").asInt());
    assertEquals(1, info.get("numberRecordsFailed").asInt());
    String id = info.get("id").asText();
    assertEquals("\"sf__Id\",\"sf__Created\",Ext_Id__c,Name\n"
        + "\"" + ACC1 + "\",\"false\",\"e-1\",\"Renamed\"\n"
        + "\"" + ACC2 + "\",\"true\",\"E-2\",\"New Co\"\n",
        bulk.text("/jobs/ingest/" + id + "/successfulResults"));
    assertEquals("\"sf__Id\",\"sf__Error\",Ext_Id__c,Name\n"
        + "\"\",\"MISSING_ARGUMENT:Ext_Id__c not specified:Ext_Id__c --\",\"\",\"Keyless\"\n",
        bulk.text("/jobs/ingest/" + id + "/failedResults"));
    assertEquals("Renamed", account(ACC1).get("Name"));
    assertEquals("E-2", account(ACC2).get("Ext_Id__c"));
  }

  @Test
  void deleteMovesRecordsToTheRecycleBinAndRefusesOtherObjectsAndRepeats() {
    seedAccounts(Map.of("Name", "Doomed"));
    String contact = devorg.org().store().apply(List.of(new WriteOp.Create("Contact", Map.of("LastName", "Doe"))),
        true, devorg.org().writeAs(devorg.org().adminUserId())).get(0).id();

    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"delete\"}",
        "Id\n" + ACC1 + "\n" + ACC1 + "\n" + contact + "\n");

    assertEquals(3, info.get("numberRecordsProcessed").asInt());
    assertEquals(2, info.get("numberRecordsFailed").asInt());
    String id = info.get("id").asText();
    assertEquals("\"sf__Id\",\"sf__Created\",Id\n\"" + ACC1 + "\",\"false\",\"" + ACC1 + "\"\n",
        bulk.text("/jobs/ingest/" + id + "/successfulResults"));
    assertEquals("\"sf__Id\",\"sf__Error\",Id\n"
        + "\"" + ACC1 + "\",\"ENTITY_IS_DELETED:entity is deleted:--\",\"" + ACC1 + "\"\n"
        + "\"" + contact + "\",\"INVALID_ID_FIELD:Record ID " + contact + " is not a Account:Id --\",\"" + contact + "\"\n",
        bulk.text("/jobs/ingest/" + id + "/failedResults"));
    assertTrue(account(ACC1).deleted());
    assertTrue(!devorg.org().store().find(contact).orElseThrow().deleted());
  }

  @Test
  void relationshipColumnFindsTheParentByExternalId() {
    addExternalId();
    seedAccounts(Map.of("Name", "Parent", "Ext_Id__c", "P-1"));

    JsonNode info = bulk.ingest("{\"object\":\"Contact\",\"operation\":\"insert\"}",
        "LastName,Account.Ext_Id__c\nDoe,P-1\nRoe,P-404\n");

    String id = info.get("id").asText();
    assertEquals("\"sf__Id\",\"sf__Created\",LastName,Account.Ext_Id__c\n"
        + "\"003000000000001AAA\",\"true\",\"Doe\",\"P-1\"\n",
        bulk.text("/jobs/ingest/" + id + "/successfulResults"));
    assertEquals("\"sf__Id\",\"sf__Error\",LastName,Account.Ext_Id__c\n"
        + "\"\",\"INVALID_FIELD:Foreign key external ID: P-404 not found for field Ext_Id__c in entity Account:--\",\"Roe\",\"P-404\"\n",
        bulk.text("/jobs/ingest/" + id + "/failedResults"));
    assertEquals(ACC1, devorg.org().store().find("003000000000001AAA").orElseThrow().get("AccountId"));
  }

  @Test
  void polymorphicRelationshipColumnNamesTheParentType() {
    addExternalId();
    seedAccounts(Map.of("Name", "Parent", "Ext_Id__c", "P-1"));

    JsonNode typed = bulk.ingest("{\"object\":\"Task\",\"operation\":\"insert\"}",
        "Subject,Account:What.Ext_Id__c\nCall,P-1\n");
    JsonNode untyped = bulk.ingest("{\"object\":\"Task\",\"operation\":\"insert\"}",
        "Subject,What.Ext_Id__c\nCall,P-1\n");

    assertEquals(0, typed.get("numberRecordsFailed").asInt());
    assertEquals(ACC1, devorg.org().store().find("00T000000000001EAA").orElseThrow().get("WhatId"));
    assertEquals("Failed", untyped.get("state").asText());
    assertEquals("InvalidBatch : Field name not found : What.Ext_Id__c", untyped.get("errorMessage").asText());
  }

  @Test
  void insertWithAnIdCellIsRefusedForThatRow() {
    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"insert\"}",
        "Id,Name\n" + ACC9 + ",Sneaky\n,Honest\n");

    String id = info.get("id").asText();
    assertEquals("\"sf__Id\",\"sf__Error\",Id,Name\n\"" + ACC9 + "\",\"INVALID_FIELD_FOR_INSERT_UPDATE:"
        + "cannot specify Id in an insert call:Id --\",\"" + ACC9 + "\",\"Sneaky\"\n",
        bulk.text("/jobs/ingest/" + id + "/failedResults"));
    assertEquals("Honest", account(ACC1).get("Name"));
  }

  private void addExternalId() {
    devorg.org().schema().object("Account").get().putField(
        FieldDef.builder("Ext_Id__c", FieldType.STRING).externalId(true).unique(true).custom(true).build());
  }

  @SafeVarargs
  private void seedAccounts(Map<String, Object>... accounts) {
    List<WriteOp> ops = new java.util.ArrayList<>();
    for (Map<String, Object> a : accounts) {
      ops.add(new WriteOp.Create("Account", a));
    }
    List<WriteResult> written = devorg.org().store().apply(ops, true, devorg.org().writeAs(devorg.org().adminUserId()));
    assertTrue(written.stream().allMatch(WriteResult::success), written::toString);
  }

  private StoredRecord account(String id) {
    return devorg.org().store().find(id).orElseThrow();
  }
}
