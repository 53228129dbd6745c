package dev.bellwether.sync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.TestDevOrg;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shipped mappings against a running devorg with manifests/ installed, over real HTTP through
 * the connector: what `bellwether sync --once` reads must be there, and every field Bellwether
 * writes must take a value of its type and give it back unchanged.
 */
class DefaultMappingsOnDevorgTest {
  @RegisterExtension
  static final SharedDevOrg DEVORG = new SharedDevOrg();
  private static final Mappings DEFAULTS = MappingsLoader.defaults();
  private static SalesforceConnector crm;

  @BeforeAll
  static void connect() throws CrmException {
    crm = ConnectorFixture.connect(DEVORG.get());
  }

  @AfterAll
  static void close() {
    crm.close();
  }

  @Test
  void everyMappedObjectDescribesEveryMappedFieldWithTheRightCapabilities() throws CrmException {
    List<String> problems = new ArrayList<>();
    for (ObjectMapping o : DEFAULTS.objects()) {
      ObjectSchema schema = crm.describe(o.object());
      for (FieldMapping f : o.fields()) {
        Optional<FieldSchema> field = schema.field(f.field());
        if (field.isEmpty()) {
          problems.add(o.object() + "." + f.field() + " is not described");
        } else if (f.outbound() && !field.get().createable() && !field.get().updateable()) {
          problems.add(o.object() + "." + f.field() + " is written by Bellwether but read-only");
        }
      }
      if (o.externalIdField() != null && !schema.field(o.externalIdField()).map(FieldSchema::externalId)
          .orElse(false)) {
        problems.add(o.object() + "." + o.externalIdField() + " is not an external id");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aFirstLoadOfEveryMappedObjectFindsEveryInboundFieldWithoutSchemaDrift() throws CrmException {
    Map<String, List<String>> drift = new LinkedHashMap<>();
    for (ObjectMapping o : DEFAULTS.objects()) {
      try (RecordStream stream = crm.firstLoad(new ReadRequest(o.object(), o.inboundFields()))) {
        while (stream.nextPage().isPresent()) {
          // read to the end, as sync does: a field missing mid-read would fail here
        }
        if (!stream.missingFields().isEmpty()) {
          drift.put(o.object(), stream.missingFields());
        }
      }
    }
    assertEquals(Map.of(), drift);
  }

  @Test
  void everyFieldBellwetherWritesTakesAValueOfItsTypeAndReadsBackUnchanged() throws CrmException {
    Map<String, String> ids = new HashMap<>();
    ids.put("User", adminUserId());
    ids.put("Account", insert("Account", Map.of("Name", "Mapping Probe Ltd")));
    ids.put("Contract", insert("Contract", Map.of("AccountId", ids.get("Account"), "Status", "Draft",
        "StartDate", LocalDate.of(2025, 4, 1), "ContractTerm", 12L)));
    ids.put("Opportunity", insert("Opportunity", Map.of("Name", "Mapping Probe renewal",
        "AccountId", ids.get("Account"), "StageName", "Prospecting", "CloseDate", LocalDate.of(2026, 3, 31),
        "Type", "Renewal")));

    Map<String, Object> account = sampleValues("Account", ids);
    WriteResult updated = crm.write(WriteBatch.update("Account",
        List.of(new CrmRecord("Account", ids.get("Account"), account)))).get(0);
    assertTrue(updated.success(), "Account: " + updated.errors());
    assertReadsBack("Account", ids.get("Account"), account);

    // Parents first, as sync writes them: a churn reason points at its renewal. Reminder Tasks
    // are upserted on their Bellwether_Key__c like our own objects.
    for (String object : List.of("CS_Health__c", "CS_Renewal__c", "CS_Churn_Reason__c", "Task")) {
      Map<String, Object> values = sampleValues(object, ids);
      String externalId = DEFAULTS.object(object).orElseThrow().externalIdField();
      WriteResult r = crm.write(WriteBatch.upsert(object, externalId, List.of(CrmRecord.of(object, values))))
          .get(0);
      assertTrue(r.success() && r.created(), object + ": " + r.errors());
      ids.put(object, r.id());
      assertReadsBack(object, r.id(), values);
    }
  }

  /** A value of the right type for every field Bellwether writes; lookups point at ids. */
  private static Map<String, Object> sampleValues(String object, Map<String, String> ids) throws CrmException {
    ObjectSchema schema = crm.describe(object);
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : DEFAULTS.object(object).orElseThrow().outboundFields()) {
      FieldSchema f = schema.field(name).orElseThrow();
      Object value = switch (f.type()) {
        case PICKLIST -> f.picklistValues().get(f.picklistValues().size() - 1);
        case REFERENCE -> ids.get(f.referenceTo().get(0));
        case DECIMAL -> new BigDecimal("42");
        case INTEGER -> 42L;
        case BOOLEAN -> Boolean.FALSE;
        case DATE -> LocalDate.of(2026, 3, 31);
        case DATETIME -> Instant.parse("2026-03-02T08:15:30Z");
        case STRING -> name.equals("External_Id__c") ? object + "-probe-1" : "Probe " + name;
        default -> throw new AssertionError(object + "." + name + ": no sample for " + f.type());
      };
      assertTrue(value != null, object + "." + name + " refers to " + f.referenceTo() + ", not created here");
      values.put(name, value);
    }
    return values;
  }

  private static void assertReadsBack(String object, String id, Map<String, Object> written) throws CrmException {
    CrmRecord read = null;
    try (RecordStream stream = crm.firstLoad(new ReadRequest(object, List.copyOf(written.keySet())))) {
      for (Optional<RecordPage> p = stream.nextPage(); p.isPresent(); p = stream.nextPage()) {
        read = p.get().records().stream().filter(r -> r.id().equals(id)).findFirst().orElse(read);
      }
    }
    assertTrue(read != null, object + " " + id + " read back");
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Object> e : written.entrySet()) {
      Object got = read.get(e.getKey());
      boolean same = e.getValue() instanceof BigDecimal d && got instanceof BigDecimal g
          ? d.compareTo(g) == 0 : e.getValue().equals(got);
      if (!same) {
        changed.add(object + "." + e.getKey() + ": wrote " + e.getValue() + ", read " + got);
      }
    }
    assertEquals(List.of(), changed);
  }

  private static String insert(String object, Map<String, Object> fields) throws CrmException {
    WriteResult r = crm.write(WriteBatch.insert(object, List.of(CrmRecord.of(object, fields)))).get(0);
    assertTrue(r.success(), object + ": " + r.errors());
    return r.id();
  }

  private static String adminUserId() throws CrmException {
    try (RecordStream stream = crm.firstLoad(new ReadRequest("User", List.of("Username")))) {
      for (Optional<RecordPage> p = stream.nextPage(); p.isPresent(); p = stream.nextPage()) {
        for (CrmRecord u : p.get().records()) {
          if (TestDevOrg.USERNAME.equals(u.get("Username"))) {
            return u.id();
          }
        }
      }
    }
    throw new AssertionError("no user " + TestDevOrg.USERNAME);
  }
}
