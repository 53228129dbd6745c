package dev.bellwether.service.reliability;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.sync.inbound.StoredValues;
import dev.bellwether.sync.local.LocalEdits;
import dev.bellwether.sync.mapping.MappingsLoader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bellwether's own edits, made between two sync runs (while no process holds the store) through
 * {@link LocalEdits}: health snapshots upserted by external id, snapshots changed again by external
 * id or by the CRM id the store has read back, Accounts' Bellwether-owned fields updated by CRM id
 * (Account has no external id), and one poison, a snapshot devorg must refuse (a Band outside the
 * restricted picklist). Remembers the values each record must end with in the CRM.
 */
final class LocalEditor {
  static final String OBJECT = "CS_Health__c";
  /** Account fields Bellwether writes, when devorg has them: a score, a band, an NPS and a time. */
  static final List<String> ACCOUNT_FIELDS = List.of("CS_Health_Score__c", "CS_Health_Band__c", "CS_NPS__c",
      "CS_Last_Scored__c");
  private static final List<String> BANDS = List.of("Green", "Yellow", "Red");

  private final String orgId;
  private final List<String> accounts;
  private final Random random;
  private final String prefix;
  private final List<String> accountFields;
  private final Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> expectedAccounts = new LinkedHashMap<>();
  private final List<String> snapshots = new ArrayList<>();
  private String poison;
  private int upserts;
  private int editsByCrmId;
  private int accountEdits;
  private int sequence;

  /**
   * @param accounts Accounts no one deletes, for the snapshots' master-detail Account__c and the
   *     Account edits
   * @param accountFields the Account fields Bellwether owns that devorg has (issue 5 installs them);
   *     empty means no Account edits
   * @param prefix starts every external id this editor makes, so a run's snapshots are told apart
   */
  LocalEditor(String orgId, List<String> accounts, List<String> accountFields, long seed, String prefix) {
    this.orgId = orgId;
    this.accounts = List.copyOf(accounts);
    this.accountFields = List.copyOf(accountFields);
    this.random = new Random(seed);
    this.prefix = prefix;
  }

  /** One to three edits in the store's own transactions. */
  void editSome(Store store) throws SQLException {
    LocalEdits edits = new LocalEdits(orgId, MappingsLoader.defaults(), store, Clock.systemUTC());
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      double roll = random.nextDouble();
      if (roll < 0.2 && editAccount(edits, store)) {
        continue;
      }
      if (snapshots.isEmpty() || roll < 0.45) {
        newSnapshot(edits);
      } else if (roll < 0.7) {
        upsert(edits, pick(snapshots), Map.of("Score__c", score(), "Band__c", pick(BANDS), "Summary__c",
            "restated " + (++sequence)));
      } else if (!editByCrmId(edits, store)) {
        newSnapshot(edits);
      }
    }
  }

  /** Upserts the poison: devorg refuses it for good, so the drain must park it and go on. */
  void poison(Store store) throws SQLException {
    poison = prefix + "-poison";
    new LocalEdits(orgId, MappingsLoader.defaults(), store, Clock.systemUTC()).upsert(OBJECT, poison,
        Map.of("Name", "Poison snapshot", "Account__c", pick(accounts), "Band__c", "Purple"));
  }

  /** The poison's external id, or null before {@link #poison(Store)}. */
  String poisonExternalId() {
    return poison;
  }

  /** The values each snapshot must have in the CRM in the end, by external id (the poison excluded). */
  Map<String, Map<String, Object>> expected() {
    return expected;
  }

  /** The values of Bellwether's fields each edited Account must have in the CRM in the end, by id. */
  Map<String, Map<String, Object>> expectedAccounts() {
    return expectedAccounts;
  }

  @Override
  public String toString() {
    return (upserts + editsByCrmId + accountEdits + (poison == null ? 0 : 1)) + " local edits (" + upserts
        + " upserts by external id of " + snapshots.size() + " snapshots, " + editsByCrmId
        + " snapshot edits by CRM id, " + accountEdits + " updates of " + expectedAccounts.size() + " Accounts"
        + (poison == null ? "" : ", 1 poison") + ")";
  }

  private void newSnapshot(LocalEdits edits) throws SQLException {
    String externalId = prefix + "-" + (++sequence);
    snapshots.add(externalId);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("Name", "Health " + sequence);
    values.put("Account__c", pick(accounts));
    values.put("Score__c", score());
    values.put("Band__c", pick(BANDS));
    values.put("Coverage__c", new BigDecimal(random.nextInt(10_001)).movePointLeft(2));
    values.put("Trend__c", new BigDecimal(random.nextInt(4_001) - 2_000).movePointLeft(2));
    values.put("Summary__c", "snapshot " + sequence + " of the kill -9 suite");
    values.put("Scored_At__c", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    upsert(edits, externalId, values);
  }

  private void upsert(LocalEdits edits, String externalId, Map<String, Object> values) throws SQLException {
    edits.upsert(OBJECT, externalId, values);
    remember(externalId, values);
    upserts++;
  }

  /** Edits a snapshot the store has read back from the CRM by its CRM id; false when there is none yet. */
  private boolean editByCrmId(LocalEdits edits, Store store) throws SQLException {
    List<StoredRecord> readBack = new ArrayList<>();
    for (StoredRecord r : store.records().findAll(orgId, OBJECT).values()) {
      Object externalId = r.fields().get("External_Id__c");
      if (!r.deleted() && externalId != null && expected.containsKey(externalId.toString())) {
        readBack.add(r);
      }
    }
    if (readBack.isEmpty()) {
      return false;
    }
    StoredRecord target = pick(readBack);
    Map<String, Object> values = Map.of("Score__c", score(), "Trend__c",
        new BigDecimal(random.nextInt(2_001) - 1_000).movePointLeft(2));
    edits.edit(OBJECT, target.crmId(), values);
    remember(target.fields().get("External_Id__c").toString(), values);
    editsByCrmId++;
    return true;
  }

  /**
   * Sets Bellwether's fields of an Account the store has read (an update by CRM id, as Account has
   * no external id); false when devorg has none of those fields or the store no such Account yet.
   */
  private boolean editAccount(LocalEdits edits, Store store) throws SQLException {
    if (accountFields.isEmpty()) {
      return false;
    }
    String account = pick(accounts);
    if (store.records().find(orgId, "Account", account).filter(r -> !r.deleted()).isEmpty()) {
      return false;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String field : accountFields) {
      values.put(field, switch (field) {
        case "CS_Health_Score__c" -> score();
        case "CS_Health_Band__c" -> pick(BANDS);
        case "CS_NPS__c" -> (long) (random.nextInt(201) - 100);
        case "CS_Last_Scored__c" -> Instant.now().truncatedTo(ChronoUnit.SECONDS);
        default -> throw new IllegalArgumentException("no value for Account." + field);
      });
    }
    edits.edit("Account", account, values);
    Map<String, Object> fields = expectedAccounts.computeIfAbsent(account, k -> new LinkedHashMap<>());
    values.forEach((field, value) -> fields.put(field, StoredValues.toStored(value)));
    accountEdits++;
    return true;
  }

  /** Keeps the values in store form (instants as ISO text), as they are compared with the CRM's. */
  private void remember(String externalId, Map<String, Object> values) {
    Map<String, Object> fields = expected.computeIfAbsent(externalId, k -> new LinkedHashMap<>());
    values.forEach((field, value) -> fields.put(field, StoredValues.toStored(value)));
  }

  private BigDecimal score() {
    return new BigDecimal(random.nextInt(10_001)).movePointLeft(2);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
