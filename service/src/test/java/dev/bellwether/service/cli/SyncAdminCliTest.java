package dev.bellwether.service.cli;

import static dev.bellwether.service.admin.AdminFixture.NOW;
import static dev.bellwether.service.admin.AdminFixture.ORG;
import static dev.bellwether.service.admin.AdminFixture.OTHER_ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.admin.AdminFixture.CliResult;
import dev.bellwether.service.admin.AdminToken;
import dev.bellwether.store.Store;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * {@code sync parked | retry-parked | conflicts | status} and {@code admin serve}, run in-process on
 * H2 and PostgreSQL.
 */
class SyncAdminCliTest {
  @TempDir
  Path workDir;

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void parkedRecordsAreListedAndRetriedByIdOrAll(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    long first = AdminFixture.parked(store, ORG, "Account", "acct-1", "DUPLICATE_VALUE", "duplicate value found");
    long second = AdminFixture.parked(store, ORG, "Account", "acct-2", "INVALID_FIELD", "No such column");
    long third = AdminFixture.parked(store, ORG, "CS_Health__c", "h-1", "STRING_TOO_LONG", "Name: data value too"
        + " large");

    CliResult table = cli(db, "sync", "parked");

    assertEquals(0, table.code(), table.toString());
    assertTrue(table.out().startsWith("org " + ORG + ": 3 parked records\n"), table.out());
    assertTrue(table.out().contains("DUPLICATE_VALUE: duplicate value found"), table.out());
    assertTrue(table.out().contains("retry with: bellwether sync retry-parked"), table.out());

    CliResult one = cli(db, "sync", "retry-parked", String.valueOf(first));
    assertEquals(0, one.code(), one.toString());
    assertTrue(one.out().contains("outbox entry " + first + " (Account acct-1): pending again"), one.out());
    CliResult again = cli(db, "sync", "retry-parked", String.valueOf(first), String.valueOf(second));
    assertEquals(2, again.code(), "one of the ids was not parked: " + again);
    assertTrue(again.err().contains("outbox entry " + first + " of org " + ORG + " is not parked"), again.err());
    assertTrue(again.out().contains("outbox entry " + second), "the other id is still released: " + again.out());
    assertEquals(new OutboxCounts(2, 0, 0), store.outbox().counts(ORG, "Account"));

    CliResult all = cli(db, "sync", "retry-parked", "--all");
    assertEquals(0, all.code(), all.toString());
    assertTrue(all.out().contains("outbox entry " + third) && all.out().contains("1 parked record pending again"),
        all.out());
    assertEquals("org " + ORG + ": 0 parked records\n", cli(db, "sync", "parked").out());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void retryParkedNeedsIdsOrAllButNotBoth(TestDatabase db) throws Exception {
    AdminFixture.synced(db.store(), ORG, "Account");

    CliResult neither = cli(db, "sync", "retry-parked");
    CliResult both = cli(db, "sync", "retry-parked", "--all", "7");

    assertEquals(2, neither.code());
    assertTrue(neither.err().contains("give the ids of parked records or --all, not neither"), neither.err());
    assertEquals(2, both.code());
    assertTrue(both.err().contains("not both"), both.err());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void conflictsAreListedNewestFirstWithObjectAndLimit(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    AdminFixture.conflict(store, ORG, "Account", "001000000000001AAA", "Description", NOW.minusSeconds(20),
        "\"older\"", "\"lost older\"");
    AdminFixture.conflict(store, ORG, "Account", "001000000000002AAA", "Description", NOW.minusSeconds(10),
        "\"newer\"", "\"lost newer\"");
    AdminFixture.conflict(store, ORG, "Contact", "003000000000001AAA", "Title", NOW, "\"CEO\"", "\"CTO\"");

    CliResult accounts = cli(db, "sync", "conflicts", "--object", "Account");
    CliResult newest = cli(db, "sync", "conflicts", "--limit", "1", "--json");
    CliResult zero = cli(db, "sync", "conflicts", "--limit", "0");

    assertEquals(0, accounts.code(), accounts.toString());
    List<String> lines = accounts.out().lines().toList();
    assertEquals("org " + ORG + ", Account: 2 conflicts", lines.get(0));
    assertTrue(lines.get(2).contains("001000000000002AAA") && lines.get(2).contains("\"lost newer\""), accounts.out());
    assertTrue(lines.get(3).contains("001000000000001AAA"), accounts.out());
    JsonNode json = new ObjectMapper().readTree(newest.out());
    assertEquals(1, json.get("conflicts").size());
    assertEquals("Title", json.get("conflicts").get(0).get("field").asText());
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("limit must be from 1 to 1000, was 0"), zero.err());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void statusTableShowsPendingParkedAndConflicts(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    AdminFixture.pending(store, ORG, "Account", "acct-1");
    AdminFixture.parked(store, ORG, "Account", "acct-2", "INVALID_FIELD", "no");
    AdminFixture.conflict(store, ORG, "Account", "001000000000001AAA", "Description", NOW, "1", "2");

    CliResult status = cli(db, "sync", "status");

    assertEquals(0, status.code(), status.toString());
    List<String> lines = status.out().lines().toList();
    String header = lines.get(1);
    String account = lines.stream().filter(l -> l.startsWith("Account ")).findFirst().orElseThrow();
    assertEquals("1", column(header, account, "PENDING"));
    assertEquals("1", column(header, account, "PARKED"));
    assertEquals("1", column(header, account, "CONFLICTS"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anUnknownOrgIsAUsageErrorNamingTheKnownOnes(TestDatabase db) throws Exception {
    AdminFixture.synced(db.store(), ORG, "Account");
    AdminFixture.synced(db.store(), OTHER_ORG, "Account");

    CliResult ambiguous = cli(db, "sync", "parked");
    CliResult unknown = cli(db, "sync", "conflicts", "--org", "00D000000000009EAA");

    assertEquals(2, ambiguous.code());
    assertTrue(ambiguous.err().contains("--org ID"), ambiguous.err());
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains(ORG) && unknown.err().contains(OTHER_ORG), unknown.err());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void adminServeAnswersWithTheTokenKeptInTheDataDirectoryUntilStopped(TestDatabase db) throws Exception {
    AdminFixture.synced(db.store(), ORG, "Account");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("admin", "serve", "--port", "0"));
    args.addAll(AdminFixture.storeOptions(db));
    CliEnvironment process = new CliEnvironment(Map.of(), workDir, new PrintWriter(out, true),
        new PrintWriter(err, true), false, AdminFixture.CLOCK);
    AtomicInteger code = new AtomicInteger(-1);
    Thread serve = new Thread(() -> code.set(BellwetherCli.run(process, args.toArray(String[]::new))),
        "admin-serve-test");
    serve.start();
    try {
      URI base = awaitListening(out, err, serve);
      Path tokenFile = dataDirectory(db).resolve(AdminToken.FILE_NAME);
      String token = Files.readString(tokenFile).strip();
      assertTrue(out.toString().contains("bearer token: generated in " + tokenFile), out.toString());
      assertFalse(out.toString().contains(token) || err.toString().contains(token), "the token is never printed");

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> status = http.send(HttpRequest.newBuilder(base.resolve("admin/sync/status"))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, status.statusCode(), status.body());
      assertEquals(ORG, new ObjectMapper().readTree(status.body()).get("orgId").asText());
      assertEquals(401, http.send(HttpRequest.newBuilder(base.resolve("admin/sync/status")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
    } finally {
      serve.interrupt();
      serve.join(Duration.ofSeconds(30).toMillis());
    }
    assertFalse(serve.isAlive(), "admin serve stops when interrupted");
    assertEquals(0, code.get(), err.toString());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void adminServeServesTheCanvasPanelWhenTheConfigurationHasACanvasSection(TestDatabase db) throws Exception {
    Path config = workDir.resolve("bellwether.yaml");
    Files.writeString(config, """
        canvas:
          orgs:
            - orgId: %s
              consumerSecret: env:BW_TEST_CANVAS_SECRET
        """.formatted(dev.bellwether.service.canvas.TestEnvelopes.ORG));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("admin", "serve", "--port", "0", "--config", config.toString()));
    args.addAll(AdminFixture.storeOptions(db));
    CliEnvironment process = new CliEnvironment(Map.of("BW_TEST_CANVAS_SECRET", "canvas-secret-for-tests"), workDir,
        new PrintWriter(out, true), new PrintWriter(err, true), false, java.time.Clock.systemUTC());
    AtomicInteger code = new AtomicInteger(-1);
    Thread serve = new Thread(() -> code.set(BellwetherCli.run(process, args.toArray(String[]::new))),
        "admin-serve-canvas-test");
    serve.start();
    try {
      URI base = awaitListening(out, err, serve);
      assertTrue(out.toString().contains("Canvas panels on " + base + "canvas/account"), out.toString());
      String signed = dev.bellwether.service.canvas.TestEnvelopes.sign(dev.bellwether.service.canvas.TestEnvelopes
          .account(dev.bellwether.service.canvas.TestEnvelopes.ORG, dev.bellwether.service.canvas.TestEnvelopes.ACCOUNT,
              "en_US", "en_US", Instant.now(), "https://acme.my.salesforce.com"), "canvas-secret-for-tests");
      HttpClient http = HttpClient.newHttpClient();
      assertEquals(200, postSigned(http, base, signed).statusCode(), "a request signed with the configured secret");
      assertEquals(401, postSigned(http, base, dev.bellwether.service.canvas.TestEnvelopes.sign(
          dev.bellwether.service.canvas.TestEnvelopes.account(dev.bellwether.service.canvas.TestEnvelopes.ORG,
              dev.bellwether.service.canvas.TestEnvelopes.ACCOUNT, "en_US", "en_US", Instant.now(),
              "https://acme.my.salesforce.com"), "another-secret"))
          .statusCode());
    } finally {
      serve.interrupt();
      serve.join(Duration.ofSeconds(30).toMillis());
    }
    assertEquals(0, code.get(), err.toString());
  }

  private static HttpResponse<String> postSigned(HttpClient http, URI base, String signed) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve("canvas/account"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("signed_request="
            + java.net.URLEncoder.encode(signed, java.nio.charset.StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void adminWithoutASubcommandIsAUsageError() {
    StringWriter err = new StringWriter();
    CliEnvironment process = new CliEnvironment(Map.of(), workDir, new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), false, AdminFixture.CLOCK);

    assertEquals(2, BellwetherCli.run(process, "admin"));
    assertTrue(err.toString().contains("bellwether admin serve"), err.toString());
  }

  private CliResult cli(TestDatabase db, String... args) {
    return AdminFixture.cli(db, workDir, Map.of(), args);
  }

  /** Where admin serve keeps its token: the H2 store's directory, else the default data directory. */
  private Path dataDirectory(TestDatabase db) {
    Path h2 = db.config().dataDirectory();
    return h2 != null ? h2 : workDir.resolve(".bellwether");
  }

  /** The URL admin serve prints once it listens; fails with its output if it ends first. */
  private static URI awaitListening(StringWriter out, StringWriter err, Thread serve) throws InterruptedException {
    Pattern listening = Pattern.compile("admin API on (http://\\S+/)admin/");
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      Matcher m = listening.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      if (!serve.isAlive()) {
        break;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("admin serve did not start: out=" + out + " err=" + err);
  }

  /** The cell under a header column of the status table. */
  private static String column(String header, String row, String name) {
    int end = header.indexOf(name) + name.length();
    int start = end;
    while (start > 0 && row.charAt(start - 1) != ' ') {
      start--;
    }
    return row.substring(start, end).strip();
  }
}
