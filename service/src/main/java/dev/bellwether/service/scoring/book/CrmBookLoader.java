package dev.bellwether.service.scoring.book;

import dev.bellwether.store.RecordRepository;
import dev.bellwether.store.StoredRecord;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an org's {@link CrmBook} from the store's synced records, one object at a time. */
public final class CrmBookLoader {

  /**
   * Titles of the people whose departure puts an account at risk: executives (sponsors) and the
   * leads and administrators who run the product day to day (champions).
   */
  public static final Pattern DEFAULT_CHAMPION_TITLES = Pattern.compile(
      "(?i)\\b(chief|ceo|cfo|coo|cro|cto|cio|vp|vice president|director|head|owner|founder)\\b"
          + "|\\badministrator\\b|\\boperations manager\\b|\\bsystems manager\\b");

  private final RecordRepository records;
  private final Segmenter segmenter;
  private final Pattern championTitles;
  private final Set<String> accountFields;

  /** A loader for reports: accounts carry no computed field values. */
  public CrmBookLoader(RecordRepository records, Segmenter segmenter, Pattern championTitles) {
    this(records, segmenter, championTitles, List.of());
  }

  /**
   * @param computedAccountFields the Account fields a scoring run writes, kept in each
   *     {@link AccountRow#fields()} so unchanged results can be skipped. Only these and the fields
   *     scoring reads are parsed and kept: at 100,000 accounts whole records would fill most of a
   *     1 GB heap.
   */
  public CrmBookLoader(RecordRepository records, Segmenter segmenter, Pattern championTitles,
      java.util.Collection<String> computedAccountFields) {
    this.records = records;
    this.segmenter = segmenter;
    this.championTitles = championTitles;
    Set<String> names = new java.util.HashSet<>(computedAccountFields);
    names.addAll(List.of("Name", "OwnerId", "NumberOfEmployees", "CS_Last_Scored__c"));
    this.accountFields = Set.copyOf(names);
  }

  public CrmBook load(String orgId) throws SQLException {
    // Ids and picklist values repeat across a million rows (an account's id in each of its cases,
    // opportunities and contacts): one String each keeps the book in a 1 GB heap at 100,000 accounts.
    SharedStrings shared = new SharedStrings();
    Map<String, String> users = new HashMap<>();
    records.forEachRecord(orgId, "User", false, Set.of("Name"),
        r -> users.put(r.crmId(), new FieldValues(r.fields()).text("Name")));

    Map<String, AccountRow> accounts = new LinkedHashMap<>();
    records.forEachRecord(orgId, "Account", false, accountFields, r -> {
      FieldValues f = new FieldValues(r.fields());
      String id = shared.of(r.crmId());
      accounts.put(id, new AccountRow(id, f.text("Name"), shared.of(f.text("OwnerId")),
          segmenter.segmentOf(f.integer("NumberOfEmployees")), f.instant("CS_Last_Scored__c"), r.fields()));
    });

    List<ContractRow> contracts = new ArrayList<>();
    records.forEachRecord(orgId, "Contract", false,
        Set.of("StartDate", "EndDate", "ContractTerm", "AccountId", "OwnerId", "Status"), r -> {
      FieldValues f = new FieldValues(r.fields());
      LocalDate start = f.date("StartDate");
      LocalDate end = f.date("EndDate");
      Integer term = f.integer("ContractTerm");
      if (end == null && start != null && term != null && term > 0) {
        end = start.plusMonths(term).minusDays(1);
      }
      contracts.add(new ContractRow(shared.of(r.crmId()), shared.of(f.text("AccountId")),
          shared.of(f.text("OwnerId")), shared.of(f.text("Status")), start, end,
          null));
    });

    List<OpportunityRow> opportunities = new ArrayList<>();
    records.forEachRecord(orgId, "Opportunity", false, Set.of("AccountId", "ContractId", "Name", "Type",
        "StageName", "CloseDate", "Amount", "IsClosed", "IsWon"), r -> {
      FieldValues f = new FieldValues(r.fields());
      opportunities.add(new OpportunityRow(r.crmId(), shared.of(f.text("AccountId")),
          shared.of(f.text("ContractId")), f.text("Name"), shared.of(f.text("Type")), shared.of(f.text("StageName")),
          f.date("CloseDate"), f.decimal("Amount"), f.flag("IsClosed"),
          f.flag("IsWon")));
    });

    Map<String, List<CaseRow>> cases = new HashMap<>();
    records.forEachRecord(orgId, "Case", false,
        Set.of("AccountId", "CreatedDate", "ClosedDate", "IsClosed", "Priority"), r -> {
      FieldValues f = new FieldValues(r.fields());
      String account = shared.of(f.text("AccountId"));
      Instant created = f.instant("CreatedDate");
      if (account == null || created == null) {
        return;
      }
      Instant closed = f.instant("ClosedDate");
      if (closed == null && f.flag("IsClosed")) {
        closed = r.systemModstamp();
      }
      cases.computeIfAbsent(account, k -> new ArrayList<>())
          .add(new CaseRow(created, closed, shared.of(f.text("Priority"))));
    });

    Map<String, String> contactAccount = new HashMap<>();
    Map<String, List<ContactRow>> champions = new HashMap<>();
    records.forEachRecord(orgId, "Contact", true, Set.of("AccountId", "Title"), r -> {
      FieldValues f = new FieldValues(r.fields());
      String account = shared.of(f.text("AccountId"));
      if (account == null) {
        return;
      }
      if (!r.deleted()) {
        contactAccount.put(r.crmId(), account);
      }
      String title = shared.of(f.text("Title"));
      if (title != null && championTitles.matcher(title).find()) {
        champions.computeIfAbsent(account, k -> new ArrayList<>())
            .add(new ContactRow(r.crmId(), account, title, r.deleted() ? r.systemModstamp() : null));
      }
    });

    Map<String, List<LocalDate>> engagement = new HashMap<>();
    records.forEachRecord(orgId, "Task", false,
        Set.of("IsClosed", "Bellwether_Key__c", "ActivityDate", "CreatedDate", "WhatId", "WhoId"), r -> {
      FieldValues f = new FieldValues(r.fields());
      // Engagement is what happened: completed Tasks, and never Bellwether's own renewal reminders.
      if (!f.flag("IsClosed") || f.text("Bellwether_Key__c") != null) {
        return;
      }
      LocalDate day = f.date("ActivityDate");
      if (day == null) {
        day = f.date("CreatedDate");
      }
      String what = f.text("WhatId");
      String account = what != null && accounts.containsKey(what) ? what : contactAccount.get(f.text("WhoId"));
      if (day != null && account != null) {
        engagement.computeIfAbsent(account, k -> new ArrayList<>()).add(day);
      }
    });
    engagement.values().forEach(days -> days.sort(null));

    Map<String, RenewalRecordRow> renewals = new HashMap<>();
    records.forEachRecord(orgId, "CS_Renewal__c", false, r -> {
      FieldValues f = new FieldValues(r.fields());
      String externalId = f.text("External_Id__c");
      if (externalId != null) {
        renewals.put(externalId, new RenewalRecordRow(r.crmId(), externalId, shared.of(f.text("Account__c")),
            shared.of(f.text("Forecast_Category__c")), shared.of(f.text("Status__c")), f.decimal("Renewed_ARR__c"),
            r.fields()));
      }
    });

    List<ChurnReasonRow> reasons = new ArrayList<>();
    records.forEachRecord(orgId, "CS_Churn_Reason__c", false, r -> {
      FieldValues f = new FieldValues(r.fields());
      reasons.add(new ChurnReasonRow(r.crmId(), f.text("External_Id__c"), shared.of(f.text("Account__c")),
          f.text("Renewal__c"),
          f.text("Primary_Reason__c"), f.text("Secondary_Reason__c"), f.text("Competitor__c"), f.decimal("ARR_Lost__c"),
          f.date("Churn_Date__c"), f.text("Controllable__c") == null ? null : f.flag("Controllable__c")));
    });

    return new CrmBook(accounts, ContractPricing.price(contracts, opportunities), opportunities, cases, engagement,
        champions, renewals, reasons, users);
  }
}
