package dev.bellwether.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.sync.mapping.MappingsLoader;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process against a devorg over real HTTP, on H2 in a temporary data directory. */
class SyncCliTest {
  private static TestDevOrg devorg;

  @TempDir
  Path data;

  @BeforeAll
  static void startDevorg() {
    devorg = TestDevOrg.start(DevOrgOptions.builder().seed("demo").accounts(300));
  }

  @AfterAll
  static void stopDevorg() {
    devorg.close();
  }

  @Test
  void syncOnceThenStatusJsonListsEveryMappedObjectWithDevorgsCounts() throws Exception {
    Result sync = cli("sync", "--once", "--data", data.toString(), "--login-url", devorg.url().toString());
    assertEquals(0, sync.code, sync.toString());
    assertTrue(sync.out.contains("Account"), sync.out);

    Result status = cli("sync", "status", "--json", "--data", data.toString());

    assertEquals(0, status.code, status.toString());
    JsonNode json = new ObjectMapper().readTree(status.out);
    assertEquals(devorg.org().id(), json.get("orgId").asText());
    Set<String> listed = new HashSet<>();
    json.get("objects").forEach(o -> listed.add(o.get("object").asText()));
    List<String> mapped = MappingsLoader.defaults().objects().stream()
        .filter(o -> !o.inboundFields().isEmpty()).map(ObjectMapping::object).toList();
    assertEquals(new HashSet<>(mapped), listed);
    for (String object : List.of("Account", "Contact")) {
      JsonNode line = find(json, object);
      long inDevorg = devorg.org().store().count(devorg.org().schema().object(object).orElseThrow());
      assertTrue(inDevorg > 0, object + " seeded");
      assertEquals(inDevorg, line.get("records").asLong(), object + " records");
      assertEquals(0, line.get("errors").asLong(), object + " errors");
      assertTrue(line.get("apiCalls").asLong() > 0, object + " apiCalls");
      assertTrue(!line.get("watermark").isNull(), object + " watermark");
    }
  }

  @Test
  void statusTableNamesEachObjectAfterASync() throws Exception {
    assertEquals(0, cli("sync", "--once", "--data", data.toString(), "--login-url", devorg.url().toString()).code);

    Result table = cli("sync", "status", "--data", data.toString());

    assertEquals(0, table.code, table.toString());
    assertTrue(table.out.contains("RECORDS") && table.out.contains("Contact"), table.out);
  }

  @Test
  void badMappingsFileExitsTwoNamingTheKey() throws Exception {
    Path config = data.resolve("bellwether.yaml");
    Files.writeString(config, "mappings:\n  Account:\n    fields:\n      Name: sideways\n");

    Result r = cli("sync", "--once", "--data", data.toString(), "--config", config.toString());

    assertEquals(2, r.code, r.toString());
    assertTrue(r.err.contains("mappings.Account.fields.Name"), r.err);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, cli("sync", "--twice").code);
  }

  @Test
  void unreachableCrmIsASyncErrorNamingTheUrl() {
    Result r = cli("sync", "--once", "--data", data.toString(), "--login-url", "http://127.0.0.1:1");

    assertEquals(1, r.code, r.toString());
    assertTrue(r.err.contains("http://127.0.0.1:1"), r.err);
  }

  private static JsonNode find(JsonNode json, String object) {
    for (JsonNode o : json.get("objects")) {
      if (o.get("object").asText().equals(object)) {
        return o;
      }
    }
    throw new AssertionError(object + " not in " + json);
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
