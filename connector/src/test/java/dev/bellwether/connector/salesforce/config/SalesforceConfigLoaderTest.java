package dev.bellwether.connector.salesforce.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading the salesforce: section of Bellwether's YAML file: every value, every kind of mistake. */
class SalesforceConfigLoaderTest {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(\\d+):\\s(.*)");
  private final SalesforceConfigLoader loader = new SalesforceConfigLoader();

  private static Path resource(String name) throws Exception {
    return Path.of(SalesforceConfigLoaderTest.class.getResource("/config/" + name).toURI());
  }

  @Test
  void aCompleteFileLoadsEveryValue() throws Exception {
    Path file = resource("good.yaml");
    SalesforceConfig c = loader.load(file);
    assertEquals(URI.create("https://acme.my.salesforce.com"), c.loginUrl(), "trailing slash dropped");
    assertEquals(URI.create("https://acme.my.salesforce.com"), c.instanceUrl());
    assertEquals("63.0", c.apiVersion());
    assertEquals("bw", c.namespace());
    assertEquals(AuthMethod.JWT, c.auth().method());
    assertEquals("3MVG9bellwether", c.auth().clientId());
    assertEquals("integration@acme.com", c.auth().username());
    assertEquals(new SecretRef("file", file.getParent().resolve("keys/jwt.key").toString()), c.auth().privateKey(),
        "a relative file: path is taken from the config file's folder");
    assertNull(c.auth().clientSecret());
    assertEquals(new BudgetSettings(0.5, 8), c.budget());
    assertEquals(new RetrySettings(5, Duration.ofMillis(250), Duration.ofSeconds(30), 0.1, Duration.ofMinutes(10)),
        c.retry());
    assertEquals(Duration.ofSeconds(5), c.connectTimeout());
    assertEquals(Duration.ofSeconds(90), c.readTimeout());
    assertEquals(5000, c.bulkThreshold());
    assertEquals(Duration.ofHours(2), c.describeTtl());
  }

  @Test
  void aMinimalFileTakesTheDefaultsForEverythingElse() throws Exception {
    SalesforceConfig c = loader.parse("min.yaml", """
        salesforce:
          auth:
            method: refresh-token
            clientId: 3MVG9
            clientSecret: env:SF_CLIENT_SECRET
            refreshToken: file:/run/secrets/sf-refresh
        """, Path.of("/etc/bellwether"));
    SalesforceConfig expected = SalesforceConfig.defaults(AuthSettings.refreshToken("3MVG9",
        new SecretRef("env", "SF_CLIENT_SECRET"), new SecretRef("file", "/run/secrets/sf-refresh")));
    assertEquals(expected, c);
  }

  @Test
  void theCodeDefaultsAreTheDocumentedOnes() {
    SalesforceConfig c = SalesforceConfig.builder().build();
    assertEquals(URI.create("https://login.salesforce.com"), c.loginUrl());
    assertNull(c.instanceUrl());
    assertEquals("64.0", c.apiVersion());
    assertEquals("", c.namespace());
    assertEquals(BudgetSettings.DEFAULT, c.budget());
    assertEquals(RetrySettings.DEFAULT, c.retry());
    assertEquals(Duration.ofSeconds(10), c.connectTimeout());
    assertEquals(Duration.ofSeconds(120), c.readTimeout());
    assertEquals(2000, c.bulkThreshold());
    assertEquals(Duration.ofHours(1), c.describeTtl());
    assertEquals("65.0", c.toBuilder().apiVersion("65.0").build().apiVersion());
  }

  @Test
  void anUnquotedVersionAndSpellingOfTheMethodNamesWork() throws Exception {
    for (String method : List.of("jwt", "refresh-token", "client-credentials", "password")) {
      String auth = switch (method) {
        case "jwt" -> "clientId: c, username: u, privateKey: env:K";
        case "refresh-token" -> "clientId: c, clientSecret: env:S, refreshToken: env:R";
        case "client-credentials" -> "clientId: c, clientSecret: env:S";
        default -> "username: u, password: env:P, clientId: c";
      };
      SalesforceConfig c = loader.parse("m.yaml", "salesforce:\n  loginUrl: http://127.0.0.1:7443\n"
          + "  apiVersion: 64.0\n  auth: { method: " + method + ", " + auth + " }\n", Path.of("/"));
      assertEquals(method, c.auth().method().configName());
      assertEquals("64.0", c.apiVersion());
      assertEquals(URI.create("http://127.0.0.1:7443"), c.loginUrl());
    }
  }

  static Stream<Path> badFiles() throws Exception {
    try (Stream<Path> files = Files.list(resource("bad"))) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertTrue(list.size() >= 10, "the corpus of bad files is there");
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void eachBadFileReportsExactlyItsExpectedProblemsWithFileLineAndKey(Path file) throws Exception {
    List<String[]> expects = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      Matcher m = EXPECT.matcher(line.trim());
      if (m.matches()) {
        expects.add(new String[] {m.group(1), m.group(2)});
      }
    }
    assertFalse(expects.isEmpty(), file + " says what it expects");
    expects.sort(Comparator.comparingInt(e -> Integer.parseInt(e[0])));
    List<String> expected = expects.stream().map(e -> file + ":" + e[0] + ": " + e[1]).toList();
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    assertEquals(String.join("\n", expected), String.join("\n", e.problems()));
    assertEquals(String.join("\n", expected), e.getMessage());
  }

  @Test
  void aLiteralSecretIsNeverEchoed() throws Exception {
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(resource("bad/literal-secret.yaml")));
    assertFalse(e.getMessage().contains("Sup3rS3cretV4lue"), e.getMessage());
    ConfigException yaml = assertThrows(ConfigException.class, () -> loader.parse("x.yaml",
        "salesforce:\n  auth:\n    clientSecret: Sup3rS3cret: V4lue: x\n", Path.of("/")));
    assertFalse(yaml.getMessage().contains("Sup3rS3cret"), yaml.getMessage());
  }

  @Test
  void aMissingFileIsReportedByName(@TempDir Path dir) {
    Path file = dir.resolve("nope.yaml");
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    assertTrue(e.getMessage().startsWith(file + ": cannot read the configuration file"), e.getMessage());
  }

  @Test
  void anEnvironmentReferenceIsKeptAsWritten() throws Exception {
    SalesforceConfig c = loader.parse("e.yaml", """
        salesforce:
          auth: { method: jwt, clientId: c, username: u, privateKey: env:SF_JWT_KEY }
        """, Path.of("/"));
    assertEquals(new SecretRef("env", "SF_JWT_KEY"), c.auth().privateKey());
    assertEquals("env:SF_JWT_KEY", c.auth().privateKey().toString());
  }
}
