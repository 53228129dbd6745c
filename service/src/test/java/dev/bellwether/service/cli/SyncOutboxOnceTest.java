package dev.bellwether.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.outbox.OutboxEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync --once} drains the outbox after the inbound pass; the continuous options are checked. */
class SyncOutboxOnceTest {

  @RegisterExtension
  static final SharedDevOrg DEVORG = new SharedDevOrg();

  private static final String ORG = "00D000000000001EAA";
  private static String accountId;

  @TempDir
  Path data;

  @BeforeAll
  static void account() throws Exception {
    try (SalesforceConnector crm = ConnectorFixture.connect(DEVORG.get())) {
      accountId = crm.write(WriteBatch.insert("Account", List.of(
          CrmRecord.of("Account", Map.of("Name", "Outbox once"))))).get(0).id();
    }
  }

  @Test
  void onceDrainsTheOutboxAfterTheInboundPassAndReportsEachObject() throws Exception {
    enqueue("once-a", "Green", "once-b", "Yellow", "once-c", "Red");

    Result r = cli("sync", "--once", "--data", data.toString(), "--config", config().toString(), "--login-url",
        DEVORG.url().toString());

    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.matches("(?s).*CS_Health__c\\s+outbound\\s+3 sent, 3 done, 0 retried, 0 parked.*"), r.out);
    assertTrue(r.out.contains("outbox drained: 1 objects, 3 sent, 3 done, 0 to retry, 0 parked"), r.out);
    assertEquals(Set.of("once-a", "once-b", "once-c"), healthInCrm("once-"));
  }

  @Test
  void aRecordParkedByTheDrainMakesTheExitCodeOne() throws Exception {
    enqueue("park-a", "Green", "park-b", "Purple");

    Result r = cli("sync", "--once", "--data", data.toString(), "--config", config().toString(), "--login-url",
        DEVORG.url().toString());

    assertEquals(1, r.code, r.toString());
    assertTrue(r.out.contains("2 sent, 1 done, 0 to retry, 1 parked"), r.out);
    assertEquals(Set.of("park-a"), healthInCrm("park-"));
  }

  @Test
  void continuousOptionsWithOnceAreAUsageError() {
    Result r = cli("sync", "--once", "--poll-interval", "5s", "--data", data.toString());

    assertEquals(2, r.code, r.toString());
    assertTrue(r.err.contains("--poll-interval"), r.err);
  }

  @Test
  void aDurationWithoutUnitIsAUsageErrorNamingTheOption() {
    Result r = cli("sync", "--drain-interval", "5", "--data", data.toString());

    assertEquals(2, r.code, r.toString());
    assertTrue(r.err.contains("--drain-interval") && r.err.contains("5s"), r.err);
  }

  @Test
  void zeroThreadsIsAUsageError() {
    Result r = cli("sync", "--threads", "0", "--data", data.toString());

    assertEquals(2, r.code, r.toString());
    assertTrue(r.err.contains("threads"), r.err);
  }

  /** Account read in, health snapshots written out: the smallest mapping with an outbox. */
  private Path config() throws Exception {
    Path file = data.resolve("bellwether.yaml");
    Files.writeString(file, """
        mappings:
          Account:
            externalId: null
            fields:
              Name: inbound
          CS_Health__c:
            externalId: External_Id__c
            fields:
              External_Id__c: both
              Name: outbound
              Account__c: outbound
              Score__c: outbound
              Band__c: outbound
        """);
    return file;
  }

  /** Enqueues snapshots as (external id, band) pairs into the store in the data directory. */
  private void enqueue(String... idsAndBands) throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(data), Map.of())) {
      store.transactions().inTransaction(tx -> {
        for (int i = 0; i < idsAndBands.length; i += 2) {
          store.outbox().enqueue(tx, OutboxEntry.change(ORG, "CS_Health__c", idsAndBands[i], Map.of("Name",
              "Health " + idsAndBands[i], "Account__c", accountId, "Score__c", new BigDecimal(70),
              "Band__c", idsAndBands[i + 1]), Instant.now()));
        }
        return null;
      });
    }
  }

  private static Set<String> healthInCrm(String prefix) {
    Org org = DEVORG.org();
    return org.store().scan(org.schema().object("CS_Health__c").orElseThrow(), false).stream()
        .map(r -> r.get("External_Id__c")).filter(e -> e != null && e.toString().startsWith(prefix))
        .map(Object::toString).collect(Collectors.toSet());
  }

  private Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment process = new CliEnvironment(Map.of(), data, new PrintWriter(out, true),
        new PrintWriter(err, true), false, Clock.systemUTC());
    int code = BellwetherCli.run(process, args);
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {
  }
}
