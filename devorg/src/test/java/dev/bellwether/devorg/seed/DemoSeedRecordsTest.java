package dev.bellwether.devorg.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.seed.InMemorySink.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CRM records: counts, lookups, uniqueness, picklists and the CS team. */
class DemoSeedRecordsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  /** Lookup field to the object it must point at. */
  private static final Map<String, String> LOOKUPS = Map.of(
      "AccountId", "Account", "OwnerId", "User", "ManagerId", "User", "ContractId", "Contract",
      "ContactId", "Contact", "WhatId", "Account");
  private static final Map<String, Set<String>> PICKLISTS = Map.of(
      "Account.Type", Set.of("Customer - Direct", "Customer - Channel", "Prospect", "Other"),
      "Account.Industry", Set.of("Technology", "Finance", "Healthcare", "Retail",
          "Manufacturing", "Education", "Media", "Transportation", "Energy", "Government"),
      "Account.Rating", Set.of("Hot", "Warm", "Cold"),
      "Contract.Status", Set.of("Draft", "In Approval Process", "Activated"),
      "Opportunity.StageName", Set.of("Prospecting", "Qualification", "Needs Analysis",
          "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost"),
      "Opportunity.Type", Set.of("New Business", "Renewal", "Existing Business"),
      "Case.Status", Set.of("New", "Working", "Escalated", "Closed"),
      "Case.Priority", Set.of("Critical", "High", "Medium", "Low"),
      "Case.Origin", Set.of("Email", "Phone", "Web"),
      "Case.Type", Set.of("Question", "Problem", "Feature Request"));
  private static final Map<String, Set<String>> TASK_PICKLISTS = Map.of(
      "Status", Set.of("Not Started", "In Progress", "Completed"),
      "Priority", Set.of("High", "Normal", "Low"),
      "Type", Set.of("Call", "Email", "Meeting"));

  private static SeedRun small;
  private static SeedRun large;

  @BeforeAll
  static void seed(@TempDir Path dir) throws IOException {
    small = SeedRun.of(3, 50, TODAY, dir.resolve("small"));
    large = SeedRun.of(3, 1000, TODAY, dir.resolve("large"));
  }

  @Test
  void accountCountIsTheOptionAndEveryOtherCountScalesWithIt() {
    assertEquals(50, small.summary.count("Account"));
    assertEquals(1000, large.summary.count("Account"));
    assertEquals(9, small.summary.count("User"));
    assertEquals(9, large.summary.count("User"));
    for (SeedRun run : List.of(small, large)) {
      int accounts = run.summary.count("Account");
      int contacts = run.summary.count("Contact");
      assertTrue(contacts >= 2 * accounts && contacts <= 8 * accounts, "contacts " + contacts);
      // The summary counts what the sink received.
      run.summary.recordsByObject().forEach(
          (type, count) -> assertEquals(run.rows(type).size(), count, type));
    }
    // 20 times the accounts: each object's count grows 12 to 30 times (hand-set bounds wide
    // enough for the noise of a 50-account book).
    for (String type : List.of("Contact", "Contract", "Opportunity", "Case", "Task")) {
      double ratio = large.summary.count(type) / (double) small.summary.count(type);
      assertTrue(ratio > 12 && ratio < 30, type + " grew " + ratio + " times");
    }
  }

  @Test
  void everyLookupPointsAtAnInsertedRecordOfTheRightType() {
    int checked = 0;
    for (Row row : large.sink.rows()) {
      for (Map.Entry<String, Object> field : row.fields().entrySet()) {
        String target = LOOKUPS.get(field.getKey());
        if (target != null) {
          Row referenced = large.sink.byId((String) field.getValue());
          assertNotNull(referenced, row.type() + "." + field.getKey() + " dangles");
          assertEquals(target, referenced.type(), row.type() + "." + field.getKey());
          assertTrue(((String) field.getValue()).startsWith(InMemorySink.KEY_PREFIX.get(target)));
          checked++;
        }
      }
    }
    assertTrue(checked > 10_000, "checked " + checked);
  }

  @Test
  void childLookupsStayWithinOneAccount() {
    for (Row c : large.rows("Case")) {
      assertEquals(c.get("AccountId"), large.sink.byId(c.string("ContactId")).get("AccountId"));
    }
    for (Row o : large.rows("Opportunity")) {
      if (o.get("ContractId") != null) {
        assertEquals(o.get("AccountId"),
            large.sink.byId(o.string("ContractId")).get("AccountId"), o.string("Name"));
      }
    }
    for (Row account : large.rows("Account")) {
      Row owner = large.sink.byId(account.string("OwnerId"));
      assertEquals(CsTeam.CSM_TITLE, owner.get("Title"), "accounts are owned by CSMs");
    }
  }

  @Test
  void accountNamesAndUsernamesAreUnique() {
    Set<Object> names = new HashSet<>();
    for (Row account : large.rows("Account")) {
      assertTrue(names.add(account.get("Name")), "duplicate " + account.get("Name"));
    }
    Set<Object> usernames = new HashSet<>();
    for (Row user : large.rows("User")) {
      assertTrue(usernames.add(user.get("Username")), "duplicate " + user.get("Username"));
    }
  }

  @Test
  void picklistFieldsHoldOnlyPicklistValues() {
    PICKLISTS.forEach((key, allowed) -> {
      String[] parts = key.split("\\.");
      for (Row row : large.rows(parts[0])) {
        Object value = row.get(parts[1]);
        assertTrue(value == null || allowed.contains(value), key + " = " + value);
      }
    });
    for (Row task : large.rows("Task")) {
      TASK_PICKLISTS.forEach((field, allowed) ->
          assertTrue(allowed.contains(task.get(field)), "Task." + field + " = " + task.get(field)));
    }
    for (Row c : large.rows("Case")) {
      assertEquals("Closed".equals(c.get("Status")), c.get("ClosedDate") != null,
          "ClosedDate is set exactly on closed cases");
    }
  }

  @Test
  void segmentMixIsAboutFifteenThirtyFiveFifty() {
    Map<String, Integer> bySegment = new java.util.HashMap<>();
    for (Row account : large.rows("Account")) {
      bySegment.merge(SeedRun.segment(account), 1, Integer::sum);
    }
    // Quotas are exact before rounding: 150 / 350 / 500 of 1,000.
    assertEquals(150, bySegment.get("Enterprise"));
    assertEquals(350, bySegment.get("Mid-Market"));
    assertEquals(500, bySegment.get("SMB"));
  }

  @Test
  void teamIsOneDirectorAndEightCsmsReportingToThem() {
    List<Row> users = large.rows("User");
    Row director = users.stream()
        .filter(u -> CsTeam.MANAGER_TITLE.equals(u.get("Title"))).findFirst().orElseThrow();
    List<Row> csms = users.stream().filter(u -> CsTeam.CSM_TITLE.equals(u.get("Title"))).toList();
    assertEquals(8, csms.size());
    for (Row csm : csms) {
      assertEquals(director.id(), csm.get("ManagerId"));
      assertTrue(((String) csm.get("Alias")).length() <= 8);
      assertTrue(((String) csm.get("Username")).endsWith("@bellwether.devorg"));
    }
    long inSeoul = csms.stream().filter(u -> "Asia/Seoul".equals(u.get("TimeZoneSidKey"))).count();
    long korean = csms.stream().filter(u -> "ko_KR".equals(u.get("LocaleSidKey"))).count();
    assertTrue(inSeoul >= 2 && korean >= 2, "Seoul " + inSeoul + ", ko_KR " + korean);
  }
}
