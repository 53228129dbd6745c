package dev.bellwether.connector.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.ConfigException;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SalesforceConfigLoader;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.auth.ConnectedApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failing and succeeding flow, with distinctive secret values: none of them may show up in
 * an exception message, a cause, a toString() or anything printed while it ran.
 */
class SecretsStayOutOfMessagesTest {
  static final String APP = "leak-check-app";
  static final String CLIENT_SECRET = "G00dClientSecret-a1b2";
  static final String PASSWORD = "G00dPassw0rd-3c9e";
  static final String WRONG_CLIENT_SECRET = "Wr0ngClientSecret-7f3a";
  static final String REFRESH_TOKEN = "5AepRefreshTokenValue-91c2";
  static final String WRONG_PASSWORD = "Wr0ngPassw0rd-e4d1";
  static final String LITERAL_IN_YAML = "PastedSecret-0b77";

  @Test
  void noSecretOrTokenAppearsInMessagesToStringsOrOutput(@TempDir Path dir) throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    String pem = TestKeys.pkcs8Pem(gen.generateKeyPair().getPrivate());
    Path keyFile = dir.resolve("unregistered.key");
    Files.writeString(keyFile, pem);
    List<String> secrets = new ArrayList<>(List.of(CLIENT_SECRET, PASSWORD,
        WRONG_CLIENT_SECRET, REFRESH_TOKEN, WRONG_PASSWORD, LITERAL_IN_YAML));
    pem.lines().filter(l -> !l.startsWith("-----")).forEach(secrets::add);
    Map<String, String> env = Map.of("GOOD_SECRET", CLIENT_SECRET, "WRONG_SECRET", WRONG_CLIENT_SECRET,
        "REFRESH", REFRESH_TOKEN, "WRONG_PASSWORD", WRONG_PASSWORD, "PASSWORD", PASSWORD);

    List<String> seen = new ArrayList<>();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    try (TestDevOrg devorg = TestDevOrg.start()) {
      // Distinctive values, so a leak cannot hide behind a common word like the default password.
      devorg.org().apps().register(new ConnectedApp("Leak check", APP, CLIENT_SECRET, null, null));
      devorg.org().credentials().setPassword(devorg.org().adminUserId(), PASSWORD);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      List<AuthSettings> failing = List.of(
          AuthSettings.clientCredentials(APP, new SecretRef("env", "WRONG_SECRET")),
          AuthSettings.refreshToken(APP, new SecretRef("env", "GOOD_SECRET"),
              new SecretRef("env", "REFRESH")),
          AuthSettings.password(TestDevOrg.USERNAME, new SecretRef("env", "WRONG_PASSWORD")),
          AuthSettings.jwt(APP, TestDevOrg.USERNAME, new SecretRef("file", keyFile.toString())));
      for (AuthSettings auth : failing) {
        SalesforceConfig config = SalesforceConfig.builder().loginUrl(devorg.url()).auth(auth).build();
        TokenSource source = TokenSources.forConfig(config, env);
        seen.add(config.toString());
        seen.add(source.toString());
        CrmException e = assertThrows(CrmException.class, source::fetch);
        assertEquals(CrmException.Kind.AUTHENTICATION, e.kind());
        for (Throwable t = e; t != null; t = t.getCause()) {
          seen.add(t.toString());
        }
      }
      for (AuthSettings auth : List.of(
          AuthSettings.clientCredentials(APP, new SecretRef("env", "GOOD_SECRET")),
          AuthSettings.password(TestDevOrg.USERNAME, new SecretRef("env", "PASSWORD")))) {
        SalesforceConfig config = SalesforceConfig.builder().loginUrl(devorg.url()).auth(auth).build();
        TokenSource source = TokenSources.forConfig(config, env);
        AccessToken token = source.fetch();
        secrets.add(token.value());
        seen.add(token.toString());
        seen.add(source.toString());
        seen.add(new SessionTokens(source).flow());
      }
      ConfigException literal = assertThrows(ConfigException.class, () -> new SalesforceConfigLoader().parse(
          "bellwether.yaml", "salesforce:\n  auth:\n    method: refresh-token\n    clientId: x\n    clientSecret: "
              + LITERAL_IN_YAML + "\n    refreshToken: " + REFRESH_TOKEN + "\n", dir));
      seen.add(literal.getMessage());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    seen.add(printed.toString(StandardCharsets.UTF_8));
    for (String text : seen) {
      for (String secret : secrets) {
        assertFalse(text.contains(secret), () -> "a secret leaked into: " + text);
      }
    }
  }
}
