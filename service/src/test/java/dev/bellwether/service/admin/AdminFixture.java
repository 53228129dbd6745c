package dev.bellwether.service.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.service.cli.BellwetherCli;
import dev.bellwether.service.cli.CliEnvironment;
import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.conflicts.ConflictEntry;
import dev.bellwether.store.conflicts.ConflictEntry.Side;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.sync.mapping.MappingsLoader;
import dev.bellwether.sync.mapping.ObjectMapping;
import dev.bellwether.sync.status.SyncedOrgs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the store contents the admin views read (a synced org, parked and pending outbox rows,
 * conflicts) and runs the CLI over the same database, for the admin API and CLI tests.
 */
public final class AdminFixture {
  public static final String ORG = "00D000000000001EAA";
  public static final String OTHER_ORG = "00D000000000002EAA";
  public static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  /** One fixed clock for the server and the CLI, so their reports are identical to the byte. */
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private AdminFixture() {
  }

  /** The objects the CLI's status lists with the default mappings, in their order. */
  public static List<String> mappedObjects() {
    return MappingsLoader.defaults().objects().stream().filter(o -> !o.inboundFields().isEmpty())
        .map(ObjectMapping::object).toList();
  }

  /** An admin context over a store as the CLI builds it: orgs with a status, the default objects. */
  public static AdminContext context(Store store) {
    return new AdminContext(store, new SyncedOrgs(store.dataSource())::list,
        mappedObjects(), CLOCK);
  }

  /** Records that an object of an org was synced a minute ago, so the org is known to the store. */
  public static void synced(Store store, String org, String object) throws Exception {
    store.transactions().inTransaction(tx -> {
      store.objectStatus().save(tx, new ObjectStatus(org, object, NOW.minusSeconds(60), NOW.minusSeconds(59), 3,
          4, 0, null, List.of(), 60L));
      return null;
    });
  }

  /** Enqueues a change and leaves it pending; returns its id. */
  public static long pending(Store store, String org, String object, String externalId) throws Exception {
    return store.transactions().inTransaction(tx -> store.outbox().enqueue(tx,
        OutboxEntry.change(org, object, externalId, Map.of("Name", "Value of " + externalId), NOW.minusSeconds(30))));
  }

  /** Enqueues a change and parks it as the drainer does when the CRM refuses it; returns its id. */
  public static long parked(Store store, String org, String object, String externalId, String code, String message)
      throws Exception {
    long id = pending(store, org, object, externalId);
    OutboxEntry claimed = store.outbox().claimDue(org, object, 1000, NOW).stream().filter(e -> e.id() == id)
        .findFirst().orElseThrow();
    assertTrue(store.outbox().park(claimed, code, message), "parked " + id);
    return id;
  }

  /** Logs a conflict the CRM won, decided at a time. */
  public static void conflict(Store store, String org, String object, String crmId, String field, Instant decidedAt,
      String kept, String lost) throws Exception {
    store.transactions().inTransaction(tx -> {
      store.conflicts().record(tx, new ConflictEntry(0, org, object, crmId, field, Side.CRM, kept, lost, decidedAt));
      return null;
    });
  }

  /** The CLI options that open a test database: --data for H2, --db for PostgreSQL. */
  public static List<String> storeOptions(TestDatabase db) {
    StoreConfig config = db.config();
    return config.jdbcUrl() == null ? List.of("--data", config.dataDirectory().toString())
        : List.of("--db", config.jdbcUrl());
  }

  /** Runs the CLI in-process with the fixed clock, the store options appended. */
  public static CliResult cli(TestDatabase db, Path workingDirectory, Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(storeOptions(db));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment process = new CliEnvironment(env, workingDirectory, new PrintWriter(out, true),
        new PrintWriter(err, true), false, CLOCK);
    int code = BellwetherCli.run(process, all.toArray(String[]::new));
    return new CliResult(code, out.toString(), err.toString());
  }

  /** What a CLI run printed and returned. */
  public record CliResult(int code, String out, String err) {
  }
}
