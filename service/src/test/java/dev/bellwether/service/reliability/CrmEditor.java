package dev.bellwether.service.reliability;

import dev.bellwether.service.reliability.CrmLedger.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * People working in the CRM while Bellwether syncs and gets killed: a thread that updates, inserts
 * and deletes Accounts, Contacts, Opportunities, Cases and Tasks through devorg's REST API, with
 * devorg's faults on, and records what devorg confirmed in a {@link CrmLedger}. It only deletes
 * records nothing else points at (its own childless inserts, Cases, Tasks), so every deletion is one
 * the sync must see.
 */
final class CrmEditor implements AutoCloseable {
  private static final List<String> RATINGS = List.of("Hot", "Warm", "Cold");
  private static final List<String> STAGES = List.of("Prospecting", "Qualification", "Negotiation/Review",
      "Closed Won", "Closed Lost");
  private static final List<String> CASE_STATUSES = List.of("New", "Working", "Escalated", "Closed");
  private static final List<String> PRIORITIES = List.of("Critical", "High", "Medium", "Low");

  private final DevorgRest rest;
  private final Random random;
  private final CrmLedger ledger = new CrmLedger();
  private final Map<String, List<String>> editable = new LinkedHashMap<>();
  private final Map<String, List<String>> deletable = new LinkedHashMap<>();
  private final List<String> parentAccounts;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private volatile boolean running;
  private Thread thread;
  private int sequence;

  CrmEditor(ChaosOrg org, DevorgRest rest, long seed) {
    this.rest = rest;
    this.random = new Random(seed);
    this.parentAccounts = List.copyOf(org.liveIds("Account"));
    for (String object : List.of("Account", "Contact", "Opportunity", "Case")) {
      editable.put(object, new ArrayList<>(org.liveIds(object)));
    }
    // Seeded Cases and Tasks have no children; the editor's own Accounts and Contacts join as it makes them.
    deletable.put("Case", new ArrayList<>(org.liveIds("Case")));
    deletable.put("Task", new ArrayList<>(org.liveIds("Task")));
    deletable.put("Account", new ArrayList<>());
    deletable.put("Contact", new ArrayList<>());
  }

  CrmLedger ledger() {
    return ledger;
  }

  DevorgRest.FaultsMet faultsMet() {
    return rest.faultsMet();
  }

  void start() {
    running = true;
    thread = new Thread(this::loop, "crm-editor");
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops after the edit in flight; throws what made the editor fail, if anything did. */
  void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.join();
      thread = null;
    }
    if (failure.get() != null) {
      throw new IllegalStateException("the CRM editor failed: " + failure.get().getMessage(), failure.get());
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private void loop() {
    try {
      while (running) {
        editOnce();
        // About four edits a second: every poll finds changes and deletions, without the CRM's
        // churn (re-read whole by each poll's overlap window) dominating the suite's time.
        Thread.sleep(120 + random.nextInt(180));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure.set(e);
    }
  }

  private void editOnce() {
    double roll = random.nextDouble();
    if (roll < 0.55) {
      update();
    } else if (roll < 0.8) {
      insert();
    } else {
      delete();
    }
  }

  private void update() {
    String object = pick(List.copyOf(editable.keySet()));
    List<String> ids = editable.get(object);
    String id = ids.get(random.nextInt(ids.size()));
    Map<String, Object> fields = changes(object);
    rest.update(object, id, fields);
    ledger.updated(new Ref(object, id), fields);
  }

  /** New values for fields the default mappings read, per object. */
  private Map<String, Object> changes(String object) {
    int n = ++sequence;
    return switch (object) {
      case "Account" -> Map.of("Rating", pick(RATINGS), "BillingCity", "Chaos City " + n,
          "Website", "https://chaos-" + n + ".example.com");
      case "Contact" -> Map.of("Title", "Chaos Title " + n, "Department", "Dept " + n);
      case "Opportunity" -> Map.of("StageName", pick(STAGES), "Amount", 1000L + random.nextInt(500_000));
      case "Case" -> Map.of("Status", pick(CASE_STATUSES), "Priority", pick(PRIORITIES), "Subject",
          "Chaos subject " + n);
      default -> throw new IllegalArgumentException("the editor does not edit " + object);
    };
  }

  private void insert() {
    int n = ++sequence;
    String object = pick(List.of("Account", "Contact", "Case"));
    Map<String, Object> fields = switch (object) {
      case "Account" -> Map.of("Name", "Chaos Account " + n, "Rating", pick(RATINGS), "BillingCity", "Insert City " + n);
      case "Contact" -> Map.of("LastName", "Chaos " + n, "FirstName", "Kim", "AccountId", pick(parentAccounts),
          "Title", "New Title " + n);
      default -> Map.of("Subject", "Chaos case " + n, "AccountId", pick(parentAccounts), "Status",
          pick(CASE_STATUSES), "Priority", pick(PRIORITIES));
    };
    String id = rest.create(object, fields);
    ledger.created(new Ref(object, id), fields);
    editable.get(object).add(id);
    deletable.get(object).add(id);
  }

  private void delete() {
    List<String> candidates = deletable.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(Map.Entry::getKey).toList();
    String object = pick(candidates);
    List<String> ids = deletable.get(object);
    String id = ids.remove(random.nextInt(ids.size()));
    rest.delete(object, id);
    ledger.deleted(new Ref(object, id));
    List<String> stillEditable = editable.get(object);
    if (stillEditable != null) {
      stillEditable.remove(id);
    }
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
