package dev.bellwether.sync.bench;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The benchmark's book of business, written into devorg through the connector (Bulk API 2.0
 * ingest jobs): accounts; contacts, opportunities and cases spread over them, each case on one of
 * its account's contacts. Values fill the fields the shipped mappings read. Keeps the ids, so that
 * a share of the records can be changed and deleted afterwards.
 */
final class BenchDataset {
  /** Records per write call, so the driver never holds one whole object's batch. */
  private static final int CHUNK = 50_000;
  private static final String[] INDUSTRIES = {"Banking", "Retail", "Technology", "Healthcare", "Energy"};
  private static final String[] STAGES = {"Prospecting", "Qualification", "Negotiation/Review", "Closed Won",
      "Closed Lost"};
  private static final String[] PRIORITIES = {"Critical", "High", "Medium", "Low"};
  private static final String[] STATUSES = {"New", "Working", "Escalated", "Closed"};

  /** How many of each object. */
  record Sizes(int accounts, int contacts, int opportunities, int cases) {
    static Sizes scaled(double scale) {
      return new Sizes((int) Math.round(100_000 * scale), (int) Math.round(300_000 * scale),
          (int) Math.round(200_000 * scale), (int) Math.round(300_000 * scale));
    }

    int total() {
      return accounts + contacts + opportunities + cases;
    }
  }

  /** What a change round did, by kind. */
  record Changes(int updated, int created, int deleted) {
    int total() {
      return updated + created + deleted;
    }
  }

  private final SalesforceConnector crm;
  private final Sizes sizes;
  private final List<String> accounts = new ArrayList<>();
  private final List<String> contacts = new ArrayList<>();
  private final List<String> opportunities = new ArrayList<>();
  private final List<String> cases = new ArrayList<>();
  private final Map<String, Integer> deleted = new HashMap<>();

  BenchDataset(SalesforceConnector crm, Sizes sizes) {
    this.crm = crm;
    this.sizes = sizes;
  }

  void load() throws CrmException {
    insert("Account", sizes.accounts(), this::account, accounts);
    insert("Contact", sizes.contacts(), this::contact, contacts);
    insert("Opportunity", sizes.opportunities(), this::opportunity, opportunities);
    insert("Case", sizes.cases(), this::caseRecord, cases);
  }

  /**
   * Changes about {@code share} of every object: 80% of those updates, 10% new records and 10%
   * deletions (accounts are updated only, so no child is left pointing at a deleted parent).
   */
  Changes change(double share) throws CrmException {
    int updated = 0;
    int created = 0;
    int deleted = 0;
    int accountChanges = (int) Math.round(accounts.size() * share);
    updated += update("Account", accounts, accountChanges, stepFor(accounts, accountChanges),
        i -> Map.of("Rating", "Hot", "NumberOfEmployees", (long) (i % 5000) + 1));
    for (String object : List.of("Contact", "Opportunity", "Case")) {
      List<String> ids = object.equals("Contact") ? contacts : object.equals("Opportunity") ? opportunities : cases;
      int n = (int) Math.round(ids.size() * share);
      int news = n / 10;
      int gone = n / 10;
      int step = stepFor(ids, n);
      updated += update(object, ids, n - news - gone, step, i -> changedValues(object, i));
      deleted += delete(object, ids, gone, step);
      created += insertMore(object, news, ids);
    }
    return new Changes(updated, created, deleted);
  }

  /** The live records of a loaded object in devorg, as this dataset wrote them. */
  Optional<Integer> live(String object) {
    List<String> ids = switch (object) {
      case "Account" -> accounts;
      case "Contact" -> contacts;
      case "Opportunity" -> opportunities;
      case "Case" -> cases;
      default -> null;
    };
    return ids == null ? Optional.empty() : Optional.of(ids.size() - deleted.getOrDefault(object, 0));
  }

  private Map<String, Object> changedValues(String object, int i) {
    return switch (object) {
      case "Contact" -> Map.of("Title", "Director " + i, "Department", "Success");
      case "Opportunity" -> Map.of("StageName", "Closed Won", "Amount", BigDecimal.valueOf(5_000 + i));
      default -> Map.of("Status", "Closed", "Priority", "Low");
    };
  }

  private int insertMore(String object, int n, List<String> ids) throws CrmException {
    IntFunction<Map<String, Object>> values = switch (object) {
      case "Contact" -> this::contact;
      case "Opportunity" -> this::opportunity;
      default -> this::caseRecord;
    };
    int base = ids.size();
    List<String> made = new ArrayList<>();
    insert(object, n, i -> values.apply(base + i), made);
    ids.addAll(made);
    return made.size();
  }

  /** Every step-th record is changed: updates one after a multiple of it, deletions two after, never the same. */
  private static int stepFor(List<String> ids, int changes) {
    return Math.max(3, ids.size() / Math.max(1, changes));
  }

  /** Updates records spread evenly over the object. */
  private int update(String object, List<String> ids, int n, int step, IntFunction<Map<String, Object>> values)
      throws CrmException {
    if (n <= 0) {
      return 0;
    }
    List<CrmRecord> batch = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int i = (k * step + 1) % ids.size();
      batch.add(new CrmRecord(object, ids.get(i), values.apply(i)));
    }
    check(object, "update", crm.write(WriteBatch.update(object, batch)));
    return n;
  }

  /** Deletes records spread evenly over the object, next to (never among) the updated ones. */
  private int delete(String object, List<String> ids, int n, int step) throws CrmException {
    if (n <= 0) {
      return 0;
    }
    List<CrmRecord> batch = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      batch.add(new CrmRecord(object, ids.get((k * step + 2) % ids.size()), Map.of()));
    }
    check(object, "delete", crm.write(WriteBatch.delete(object, batch)));
    deleted.merge(object, n, Integer::sum);
    return n;
  }

  private void insert(String object, int n, IntFunction<Map<String, Object>> values, List<String> ids)
      throws CrmException {
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      List<CrmRecord> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        batch.add(CrmRecord.of(object, values.apply(i)));
      }
      for (WriteResult r : check(object, "insert", crm.write(WriteBatch.insert(object, batch)))) {
        ids.add(r.id());
      }
    }
  }

  private static List<WriteResult> check(String object, String what, List<WriteResult> results) {
    long failed = results.stream().filter(r -> !r.success()).count();
    if (failed > 0) {
      throw new IllegalStateException(what + " of " + object + ": " + failed + " of " + results.size()
          + " records failed, e.g. " + results.stream().filter(r -> !r.success()).findFirst().orElseThrow());
    }
    return results;
  }

  private Map<String, Object> account(int i) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", "Bench Account " + i);
    f.put("Type", "Customer - Direct");
    f.put("Industry", INDUSTRIES[i % INDUSTRIES.length]);
    f.put("Rating", i % 3 == 0 ? "Warm" : "Cold");
    f.put("AnnualRevenue", BigDecimal.valueOf(100_000L + 37L * i));
    f.put("NumberOfEmployees", (long) (10 + i % 5000));
    f.put("Website", "https://account" + i + ".example.com");
    f.put("BillingCity", "City " + i % 500);
    f.put("BillingState", "State " + i % 50);
    f.put("BillingCountry", i % 4 == 0 ? "Germany" : "United States");
    return f;
  }

  private Map<String, Object> contact(int i) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("FirstName", "First" + i);
    f.put("LastName", "Contact " + i);
    f.put("AccountId", accounts.get(i % accounts.size()));
    f.put("Email", "contact" + i + "@example.com");
    f.put("Title", i % 7 == 0 ? "VP Operations" : "Analyst");
    f.put("Department", "Operations");
    return f;
  }

  private Map<String, Object> opportunity(int i) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", "Bench Deal " + i);
    f.put("AccountId", accounts.get(i % accounts.size()));
    f.put("Type", i % 3 == 0 ? "Renewal" : "New Business");
    f.put("StageName", STAGES[i % STAGES.length]);
    f.put("CloseDate", LocalDate.of(2026, 1, 1).plusDays(i % 700));
    f.put("Amount", BigDecimal.valueOf(1_000L + 13L * i));
    f.put("Probability", BigDecimal.valueOf(10L * (i % 10)));
    return f;
  }

  /** A case on contact {@code i mod contacts}, filed for that contact's account. */
  private Map<String, Object> caseRecord(int i) {
    int contact = i % contacts.size();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Subject", "Bench case " + i);
    f.put("AccountId", accounts.get(contact % accounts.size()));
    f.put("ContactId", contacts.get(contact));
    f.put("Status", STATUSES[i % STATUSES.length]);
    f.put("Priority", PRIORITIES[i % PRIORITIES.length]);
    f.put("Origin", i % 2 == 0 ? "Email" : "Web");
    f.put("Type", "Problem");
    f.put("Reason", "Performance");
    return f;
  }
}
