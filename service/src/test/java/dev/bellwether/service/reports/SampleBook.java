package dev.bellwether.service.reports;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small book with every movement of 2025-Q3, as synced CRM records, and the figures worked out
 * by hand from it (UTC, USD, as of 2025-10-15).
 *
 * <pre>
 * A1 Acme Corp    Enterprise  Dana Lee   C1 2024-10-01..2025-09-30 120k, renewed by C1b 2025-10..2026-09 150k
 *                                        Q3: upsell +30k, renewal Upsold
 * A2 Birch Ltd    SMB         Park, Sam  C2 2025 24k; add-on C2x 2025-08..12 "Expansion: Analytics" (5,000 for
 *                                        5 months = 12k ACV). Q3: cross-sell +12k
 * A3 Cedar Inc    SMB         Park, Sam  C3 2024-09-01..2025-08-31 36k, renewal lost. Q3: churned −36k
 * A4 Delta GmbH   Mid-Market  Dana Lee   C4 2024-07..2026-06 (96k, 48k ACV); add-on C4b 2024-10..2025-08
 *                                        (22k, 24k ACV) renewed by C4c 2025-09..2026-06 (10k, 12k ACV).
 *                                        Q3: contraction −12k, renewal Downsold
 * A5 Elm Co       Enterprise  Dana Lee   C5 2025-08-15..2026-08-14 60k. Q3: new +60k
 * A6 Fir LLC      SMB         Park, Sam  C6 2024-06-16..2025-06-15 12k, lapsed (Q2 churn, no reason recorded)
 * A7 Gorse Group  SMB         Dana Lee   C7 2024-04-01..2025-03-31 24k, renewal lost (Q1 churn, acquired)
 * </pre>
 *
 * Q3: ARR_S = 252k (A1–A4), churned 36k, contraction 12k, expansion 42k (upsell 30k, cross-sell
 * 12k): GRR = 204/252, NRR = 246/252, logo churn 1/4. Renewals due: A1 (120k up, 150k renewed),
 * A3 (36k, churned), A4 (24k, 12k renewed): 2 of 3 by count, 162/180 by ARR, size change
 * (162 − 144)/144. ARR at end 306k over 4 accounts. LTV: ARPA 76.5k × 0.8 ÷ trailing-year
 * revenue churn (36 + 12 + 12 + 24)/(240 + 24).
 */
final class SampleBook {
  static final String ORG = "00D000000000001EAA";
  static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
  static final String DANA = "005000000000001AAA";
  static final String SAM = "005000000000002AAA";
  static final String A1 = "001000000000001AAA";
  static final String A2 = "001000000000002AAA";
  static final String A3 = "001000000000003AAA";
  static final String A4 = "001000000000004AAA";
  static final String A5 = "001000000000005AAA";
  static final String A6 = "001000000000006AAA";
  static final String A7 = "001000000000007AAA";
  static final String DANA_NAME = "Dana Lee";
  static final String SAM_NAME = "Park, Sam";

  private static final Instant MODSTAMP = Instant.parse("2025-10-01T00:00:00Z");

  private final String org;
  private final List<StoredRecord> records = new ArrayList<>();
  private int opportunities;

  private SampleBook(String org) {
    this.org = org;
  }

  /** The book's records in {@code org}. */
  static List<StoredRecord> records(String org) {
    SampleBook b = new SampleBook(org);
    b.user(DANA, DANA_NAME).user(SAM, SAM_NAME);
    b.account(A1, "Acme Corp", DANA, 2500).account(A2, "Birch Ltd", SAM, 40).account(A3, "Cedar Inc", SAM, 60)
        .account(A4, "Delta GmbH", DANA, 300).account(A5, "Elm Co", DANA, 1200).account(A6, "Fir LLC", SAM, 20)
        .account(A7, "Gorse Group", DANA, 15);

    b.contract("800000000000001AAA", A1, "2024-10-01", "2025-09-30");
    b.sold(A1, "800000000000001AAA", "Acme Corp - New Business", "New Business", "2024-09-20", "120000");
    b.contract("800000000000011AAA", A1, "2025-10-01", "2026-09-30");
    b.renewal(A1, "800000000000001AAA", "Acme Corp - Renewal 2025-09", "2025-09-15", "150000", true);

    b.contract("800000000000002AAA", A2, "2025-01-01", "2025-12-31");
    b.sold(A2, "800000000000002AAA", "Birch Ltd - New Business", "New Business", "2024-12-15", "24000");
    b.contract("800000000000012AAA", A2, "2025-08-01", "2025-12-31");
    b.sold(A2, "800000000000012AAA", "Birch Ltd - Expansion: Analytics", "Existing Business", "2025-07-25", "5000");

    b.contract("800000000000003AAA", A3, "2024-09-01", "2025-08-31");
    b.sold(A3, "800000000000003AAA", "Cedar Inc - New Business", "New Business", "2024-08-20", "36000");
    b.renewal(A3, "800000000000003AAA", "Cedar Inc - Renewal 2025-08", "2025-08-20", "36000", false);

    b.contract("800000000000004AAA", A4, "2024-07-01", "2026-06-30");
    b.sold(A4, "800000000000004AAA", "Delta GmbH - New Business", "New Business", "2024-06-20", "96000");
    b.contract("800000000000014AAA", A4, "2024-10-01", "2025-08-31");
    b.sold(A4, "800000000000014AAA", "Delta GmbH - Expansion: Support Plus", "Existing Business", "2024-09-20",
        "22000");
    b.contract("800000000000024AAA", A4, "2025-09-01", "2026-06-30");
    b.renewal(A4, "800000000000014AAA", "Delta GmbH - Renewal 2025-08", "2025-08-25", "10000", true);

    b.contract("800000000000005AAA", A5, "2025-08-15", "2026-08-14");
    b.sold(A5, "800000000000005AAA", "Elm Co - New Business", "New Business", "2025-08-01", "60000");

    b.contract("800000000000006AAA", A6, "2024-06-16", "2025-06-15");
    b.sold(A6, "800000000000006AAA", "Fir LLC - New Business", "New Business", "2024-06-01", "12000");

    b.contract("800000000000007AAA", A7, "2024-04-01", "2025-03-31");
    b.sold(A7, "800000000000007AAA", "Gorse Group - New Business", "New Business", "2024-03-20", "24000");
    b.renewal(A7, "800000000000007AAA", "Gorse Group - Renewal 2025-03", "2025-03-20", "24000", false);

    b.churnReason("a0C000000000001AAA", A3, "Moved to a competitor", "Rivalsoft", "36000", "2025-08-31", true);
    b.churnReason("a0C000000000002AAA", A7, "Acquired, merged or went out of business", null, "24000",
        "2025-03-31", false);
    b.churnReason("a0C000000000003AAA", A3, "Price or budget", null, "5000", "2024-11-30", true);
    b.churnReason("a0C000000000004AAA", A2, "Price or budget", null, "1000", null, true);
    return b.records;
  }

  /** Writes the book into {@code store} for {@code org} and marks the org synced. */
  static void write(Store store, String org) throws Exception {
    List<StoredRecord> records = records(org);
    store.transactions().inTransaction(tx -> store.records().upsert(tx, records));
    dev.bellwether.service.admin.AdminFixture.synced(store, org, "Account");
  }

  private SampleBook user(String id, String name) {
    return add("User", id, Map.of("Name", name));
  }

  private SampleBook account(String id, String name, String owner, int employees) {
    return add("Account", id, Map.of("Name", name, "OwnerId", owner, "NumberOfEmployees", (long) employees));
  }

  private SampleBook contract(String id, String account, String start, String end) {
    return add("Contract", id, Map.of("AccountId", account, "Status", "Activated", "StartDate", start,
        "EndDate", end));
  }

  private void sold(String account, String contract, String name, String type, String close, String amount) {
    opportunity(account, contract, name, type, close, amount, true, true);
  }

  private void renewal(String account, String contract, String name, String close, String amount, boolean won) {
    opportunity(account, contract, name, "Renewal", close, amount, true, won);
  }

  private void opportunity(String account, String contract, String name, String type, String close, String amount,
      boolean closed, boolean won) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("AccountId", account);
    f.put("ContractId", contract);
    f.put("Name", name);
    f.put("Type", type);
    f.put("StageName", won ? "Closed Won" : "Closed Lost");
    f.put("CloseDate", close);
    f.put("Amount", new BigDecimal(amount));
    f.put("IsClosed", closed);
    f.put("IsWon", won);
    opportunities++;
    add("Opportunity", String.format("006%012dAAA", opportunities), f);
  }

  private void churnReason(String id, String account, String primary, String competitor, String arrLost,
      String churnDate, boolean controllable) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("External_Id__c", "CR-" + id);
    f.put("Account__c", account);
    f.put("Primary_Reason__c", primary);
    if (competitor != null) {
      f.put("Competitor__c", competitor);
    }
    f.put("ARR_Lost__c", new BigDecimal(arrLost));
    if (churnDate != null) {
      f.put("Churn_Date__c", churnDate);
    }
    f.put("Controllable__c", controllable);
    add("CS_Churn_Reason__c", id, f);
  }

  private SampleBook add(String object, String id, Map<String, Object> fields) {
    records.add(new StoredRecord(org, object, id, fields, MODSTAMP, false));
    return this;
  }
}
