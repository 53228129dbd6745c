package dev.bellwether.service.scoring.bench;

import dev.bellwether.service.scoring.book.Segmenter;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a deterministic CRM book straight into the store's {@code crm_record}, as a first sync
 * would have left it: users, accounts over three segments, contracts priced by their opportunities
 * (each term renewed or churned by the account's risk, renewals ahead open or not yet started),
 * contacts (some champions, a few of whom left), tasks and support cases.
 */
final class BenchBook {
  static final long SEED = 20_260_301L;
  private static final int BATCH = 2_000;
  private static final String[] CHAMPION_TITLES = {"VP Customer Success", "Director of Operations",
      "Head of Analytics", "Salesforce Administrator", "Chief Revenue Officer"};
  private static final String[] OTHER_TITLES = {"Analyst", "Account Executive", "Software Engineer",
      "Marketing Specialist", "Support Agent"};
  private static final String[] PRIORITIES = {"Low", "Medium", "Medium", "High", "Critical"};
  private static final double[] PRIORITY_SHARES = {0.30, 0.55, 0.75, 0.95, 1.0};
  /** Cases are spread over the two years the churn model looks back on. */
  private static final int CASE_HISTORY_DAYS = 730;
  /** Accounts started up to this many days ago, so most have had one or two renewals. */
  private static final int CUSTOMER_START_DAYS = 900;

  private final Store store;
  private final String orgId;
  private final Instant now;
  private final LocalDate today;
  private final BenchSizes sizes;
  private final Instant stamp;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<StoredRecord> pending = new ArrayList<>(BATCH);
  private long contractSeq;
  private long opportunitySeq;
  private long contactSeq;
  private long taskSeq;
  private long caseSeq;

  BenchBook(Store store, String orgId, Instant now, BenchSizes sizes) {
    this.store = store;
    this.orgId = orgId;
    this.now = now;
    this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    this.sizes = sizes;
    // The sync stored every record as last changed a day ago; only departed contacts differ.
    this.stamp = now.minus(Duration.ofDays(1));
  }

  /** Writes the book and returns its accounts in id order. */
  List<BenchAccount> write() throws SQLException {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int u = 0; u < sizes.owners(); u++) {
      put("User", id("005", u), Map.of("Name", String.format(Locale.ROOT, "CSM %02d", u + 1), "IsActive", true));
    }
    List<BenchAccount> accounts = new ArrayList<>(sizes.accounts());
    for (int i = 0; i < sizes.accounts(); i++) {
      accounts.add(account(random, i));
    }
    cases(random, accounts, sizes.cases());
    flush();
    return accounts;
  }

  /**
   * The change between the two scoring runs: {@code count} current customers each open a new
   * high-priority case at {@code at}.
   */
  void openCases(List<BenchAccount> accounts, int count, Instant at) throws SQLException {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<BenchAccount> customers = accounts.stream().filter(a -> a.customerOn(today)).toList();
    for (int n = 0; n < count && !customers.isEmpty(); n++) {
      BenchAccount a = customers.get(random.nextInt(customers.size()));
      long number = caseSeq++;
      put("Case", id("500", number), caseFields(number, a.id(), at, null, "High"), at);
    }
    flush();
  }

  /** Records written, by object. */
  Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  private BenchAccount account(SplittableRandom random, int index) throws SQLException {
    String id = id("001", index);
    double roll = random.nextDouble();
    long employees = roll < 0.15 ? 1_000 + random.nextInt(19_000) : roll < 0.50 ? 100 + random.nextInt(900)
        : 5 + random.nextInt(95);
    String segment = Segmenter.defaults().segmentOf((int) employees);
    String owner = id("005", random.nextInt(sizes.owners()));
    double risk = random.nextDouble();
    boolean prospect = random.nextDouble() < 0.08;
    put("Account", id, Map.of("Name", String.format(Locale.ROOT, "Bench Account %06d", index), "OwnerId", owner,
        "NumberOfEmployees", employees, "Type", prospect ? "Prospect" : "Customer", "Industry", "Software"));
    List<String> contacts = contacts(random, id, risk);
    if (prospect) {
      return new BenchAccount(index, id, segment, risk, null, null);
    }
    LocalDate from = today.minusDays(15 + random.nextInt(CUSTOMER_START_DAYS));
    LocalDate until = contracts(random, id, owner, segment, risk, from);
    tasks(random, id, owner, contacts, risk, until);
    return new BenchAccount(index, id, segment, risk, from, until);
  }

  /** The contract chain from {@code start}; returns the last term's end when the account churned, else null. */
  private LocalDate contracts(SplittableRandom random, String account, String owner, String segment, double risk,
      LocalDate start) throws SQLException {
    int term = switch (segment) {
      case Segmenter.ENTERPRISE -> random.nextDouble() < 0.5 ? 12 : random.nextDouble() < 0.6 ? 24 : 36;
      case Segmenter.MID_MARKET -> random.nextDouble() < 0.8 ? 12 : 24;
      default -> 12;
    };
    long acv = switch (segment) {
      case Segmenter.ENTERPRISE -> 50_000 + random.nextInt(450_000);
      case Segmenter.MID_MARKET -> 10_000 + random.nextInt(70_000);
      default -> 1_000 + random.nextInt(14_000);
    };
    acv = acv / 100 * 100;
    boolean first = true;
    while (true) {
      String contract = id("800", contractSeq++);
      LocalDate end = start.plusMonths(term).minusDays(1);
      BigDecimal value = BigDecimal.valueOf(acv * term / 12);
      put("Contract", contract, contractFields(account, owner, start, term, end));
      if (first) {
        opportunity(account, owner, contract, "New Business", start.minusDays(1 + random.nextInt(20)), value, true,
            true);
        first = false;
      }
      if (!end.isBefore(today)) {
        current(random, account, owner, contract, start, end, acv, value);
        return null;
      }
      double churn = (0.04 + 0.30 * risk) * (Segmenter.ENTERPRISE.equals(segment) ? 0.6 : 1.0);
      if (random.nextDouble() < churn) {
        if (random.nextDouble() < 0.6) {
          opportunity(account, owner, contract, "Renewal", end.minusDays(random.nextInt(20)), value, true, false);
        }
        return end;
      }
      double change = random.nextDouble();
      acv = change < 0.7 ? acv : change < 0.9 ? Math.round(acv * (1.05 + 0.25 * random.nextDouble()) / 100) * 100
          : Math.round(acv * (0.70 + 0.25 * random.nextDouble()) / 100) * 100;
      // The won renewal names the contract it renews and prices the next term.
      opportunity(account, owner, contract, "Renewal", end.minusDays(random.nextInt(30)),
          BigDecimal.valueOf(acv * term / 12), true, true);
      start = end.plusDays(1);
    }
  }

  /** The term in force: maybe a co-termed add-on, and an open renewal deal when the end is near. */
  private void current(SplittableRandom random, String account, String owner, String contract, LocalDate start,
      LocalDate end, long acv, BigDecimal value) throws SQLException {
    LocalDate addOnStart = today.minusDays(random.nextInt(180));
    if (addOnStart.isBefore(start)) {
      addOnStart = start;
    }
    int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(addOnStart, end.plusDays(1));
    if (months >= 3 && random.nextDouble() < 0.25) {
      String addOn = id("800", contractSeq++);
      put("Contract", addOn, contractFields(account, owner, addOnStart, months, end));
      opportunity(account, owner, addOn, "Existing Business", addOnStart.minusDays(3),
          BigDecimal.valueOf(acv / 5 * months / 12), true, true);
    }
    if (end.isBefore(today.plusDays(120)) && random.nextDouble() < 0.5) {
      opportunity(account, owner, contract, "Renewal", end, value, false, false);
    }
  }

  private static Map<String, Object> contractFields(String account, String owner, LocalDate start, int term,
      LocalDate end) {
    return Map.of("AccountId", account, "OwnerId", owner, "Status", "Activated", "StartDate", start.toString(),
        "ContractTerm", (long) term, "EndDate", end.toString());
  }

  private void opportunity(String account, String owner, String contract, String type, LocalDate close,
      BigDecimal amount, boolean closed, boolean won) throws SQLException {
    String stage = !closed ? "Negotiation/Review" : won ? "Closed Won" : "Closed Lost";
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", type + " " + close);
    f.put("AccountId", account);
    f.put("ContractId", contract);
    f.put("OwnerId", owner);
    f.put("Type", type);
    f.put("StageName", stage);
    f.put("CloseDate", close.toString());
    f.put("Amount", amount);
    f.put("IsClosed", closed);
    f.put("IsWon", won);
    put("Opportunity", id("006", opportunitySeq++), f);
  }

  /** One to three contacts; a third are champions, and riskier accounts lost more of theirs lately. */
  private List<String> contacts(SplittableRandom random, String account, double risk) throws SQLException {
    List<String> live = new ArrayList<>(3);
    int n = 1 + random.nextInt(3);
    for (int c = 0; c < n; c++) {
      String id = id("003", contactSeq++);
      boolean champion = random.nextDouble() < 0.35;
      String title = champion ? CHAMPION_TITLES[random.nextInt(CHAMPION_TITLES.length)]
          : OTHER_TITLES[random.nextInt(OTHER_TITLES.length)];
      Map<String, Object> f = Map.of("LastName", "Contact " + id.substring(5), "AccountId", account, "Title", title);
      if (champion && random.nextDouble() < 0.02 + 0.10 * risk) {
        put(new StoredRecord(orgId, "Contact", id, f, now.minus(Duration.ofDays(1 + random.nextInt(80))), true));
      } else {
        put("Contact", id, f);
        live.add(id);
      }
    }
    return live;
  }

  /** A few tasks: healthy accounts were touched recently and often, risky ones less and longer ago. */
  private void tasks(SplittableRandom random, String account, String owner, List<String> contacts, double risk,
      LocalDate until) throws SQLException {
    int n = random.nextInt(1 + (int) Math.round(6 * (1 - risk)));
    LocalDate last = until == null ? today : until;
    for (int t = 0; t < n; t++) {
      LocalDate day = last.minusDays(random.nextInt(20 + (int) (160 * risk)));
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Subject", "Check-in");
      if (!contacts.isEmpty() && random.nextDouble() < 0.3) {
        f.put("WhoId", contacts.get(random.nextInt(contacts.size())));
      } else {
        f.put("WhatId", account);
      }
      f.put("OwnerId", owner);
      f.put("Status", "Completed");
      f.put("ActivityDate", day.toString());
      f.put("IsClosed", true);
      put("Task", id("00T", taskSeq++), f);
    }
  }

  /** Cases over the last two years of each account's customer days, more of them at big and risky accounts. */
  private void cases(SplittableRandom random, List<BenchAccount> accounts, int count) throws SQLException {
    LocalDate historyStart = today.minusDays(CASE_HISTORY_DAYS);
    List<BenchAccount> customers = accounts.stream().filter(a -> a.customerDuring(historyStart, today)).toList();
    if (customers.isEmpty()) {
      return;
    }
    WeightedPick<BenchAccount> pick = new WeightedPick<>(customers, a -> a.sizeFactor() * (0.5 + 1.5 * a.risk()));
    for (int n = 0; n < count; n++) {
      BenchAccount a = pick.next(random);
      Instant from = (a.customerFrom().isAfter(historyStart) ? a.customerFrom() : historyStart)
          .atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant to = a.customerUntil() == null ? now : a.customerUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC)
          .toInstant();
      long span = Math.max(1, Duration.between(from, to).toSeconds());
      Instant created = from.plusSeconds(random.nextLong(span));
      long ageDays = Duration.between(created, now).toDays();
      double factor = 0.5 + a.risk();
      boolean open = ageDays < 30 ? random.nextDouble() < 0.25 * factor
          : a.customerUntil() == null && random.nextDouble() < 0.015 * factor;
      Instant closed = null;
      if (!open) {
        closed = created.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * 40 * 3600 * factor) + 60);
        if (closed.isAfter(now)) {
          closed = null;
        }
      }
      double p = random.nextDouble();
      int priority = 0;
      while (p > PRIORITY_SHARES[priority]) {
        priority++;
      }
      long number = caseSeq++;
      put("Case", id("500", number), caseFields(number, a.id(), created, closed, PRIORITIES[priority]));
    }
  }

  private static Map<String, Object> caseFields(long number, String account, Instant created, Instant closed,
      String priority) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("CaseNumber", String.format(Locale.ROOT, "%08d", number));
    f.put("Subject", "Question about the product");
    f.put("AccountId", account);
    f.put("Status", closed == null ? "New" : "Closed");
    f.put("Priority", priority);
    f.put("IsClosed", closed != null);
    f.put("CreatedDate", created.toString());
    if (closed != null) {
      f.put("ClosedDate", closed.toString());
    }
    return f;
  }

  private void put(String object, String crmId, Map<String, Object> fields) throws SQLException {
    put(new StoredRecord(orgId, object, crmId, fields, stamp, false));
  }

  private void put(String object, String crmId, Map<String, Object> fields, Instant modstamp) throws SQLException {
    put(new StoredRecord(orgId, object, crmId, fields, modstamp, false));
  }

  private void put(StoredRecord record) throws SQLException {
    pending.add(record);
    counts.merge(record.object(), 1L, Long::sum);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    List<StoredRecord> batch = List.copyOf(pending);
    pending.clear();
    store.transactions().inTransaction(tx -> store.records().upsert(tx, batch));
  }

  /** An 18-character CRM id: the object's key prefix, "BW", and a number. */
  static String id(String prefix, long n) {
    return String.format(Locale.ROOT, "%sBW%013d", prefix, n);
  }
}
