package dev.bellwether.devorg.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.SystemFields;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.WriteOp;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgJournalTest {
  @TempDir
  Path dir;

  @Test
  void recordsSchemaAdditionsAndAppsSurviveARestart() throws Exception {
    String accountId;
    String deletedId;
    try (DevOrg first = DevOrg.start(DevOrgOptions.builder().dataDir(dir).build())) {
      var org = first.org();
      ObjectDef health = new ObjectDef("Health__c", "Health", "Healths", org.schema().nextCustomKeyPrefix(), true);
      SystemFields.addTo(health, true);
      health.putField(FieldDef.builder("Name", FieldType.STRING).build());
      org.schema().add(health);
      health.putField(FieldDef.builder("Score__c", FieldType.DOUBLE).custom(true).build());
      org.apps().register(new ConnectedApp("Panel", "cid", "secret", "http://127.0.0.1:1/canvas", null));
      var ctx = org.writeAs(org.adminUserId());
      accountId = org.store().apply(List.of(new WriteOp.Create("Account",
          Map.of("Name", "Acme", "AnnualRevenue", new BigDecimal("12.50")))), true, ctx).get(0).id();
      org.store().apply(List.of(new WriteOp.Update("Account", accountId, Map.of("Name", "Acme Corp"), Set.of())), true, ctx);
      org.store().apply(List.of(new WriteOp.Create("Health__c", Map.of("Name", "H1", "Score__c", "71.5"))), true, ctx);
      deletedId = org.store().apply(List.of(new WriteOp.Create("Contract",
          Map.of("AccountId", accountId, "Status", "Draft", "StartDate", LocalDate.parse("2026-01-01")))), true, ctx).get(0).id();
      org.store().apply(List.of(new WriteOp.Delete(deletedId)), true, ctx);
    }
    try (DevOrg second = DevOrg.start(DevOrgOptions.builder().dataDir(dir).build())) {
      var org = second.org();
      StoredRecord acc = org.store().find(accountId).orElseThrow();
      assertEquals("Acme Corp", acc.get("Name"));
      assertEquals(new BigDecimal("12.5"), acc.get("AnnualRevenue"));
      assertTrue(org.store().find(deletedId).orElseThrow().deleted());
      ObjectDef health = org.schema().object("Health__c").orElseThrow();
      assertEquals(FieldType.DOUBLE, health.field("Score__c").orElseThrow().type());
      assertEquals(1, org.store().count(health));
      assertTrue(org.apps().byClientId("cid").isPresent());
      assertTrue(org.credentials().matches(org.adminUserId(), "bellwether"));
      // New records must not reuse ids handed out before the restart.
      String next = org.store().apply(List.of(new WriteOp.Create("Account", Map.of("Name", "Next"))), true,
          org.writeAs(org.adminUserId())).get(0).id();
      assertTrue(next.compareTo(accountId) > 0);
    }
    // Compaction keeps one line per record: admin, Organization, 2 accounts... not one per change.
    long recLines = Files.readAllLines(dir.resolve(OrgJournal.FILE)).stream().filter(l -> l.contains("\"k\":\"rec\"")).count();
    assertEquals(6, recLines);
  }

  @Test
  void tornLastLineIsIgnoredButACorruptMiddleLineNamesFileAndLine() throws Exception {
    try (DevOrg first = DevOrg.start(DevOrgOptions.builder().dataDir(dir).build())) {
      first.org();
    }
    Path file = dir.resolve(OrgJournal.FILE);
    Files.writeString(file, "{\"k\":\"rec\",\"type\":\"Acc", java.nio.file.StandardOpenOption.APPEND);
    try (DevOrg again = DevOrg.start(DevOrgOptions.builder().dataDir(dir).build())) {
      assertTrue(again.org().user(again.org().adminUserId()).isPresent());
    }
    List<String> lines = Files.readAllLines(file);
    lines.add(1, "{not json");
    Files.write(file, lines);
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> DevOrg.start(DevOrgOptions.builder().dataDir(dir).build()));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
