package dev.bellwether.devorg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.io.FileInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth JWT bearer flow with a certificate registered on a connected app. */
class JwtBearerFlowTest {
  @TempDir
  static Path dir;
  static PrivateKey key;
  static String certificatePem;

  @BeforeAll
  static void makeKeyAndCertificate() throws Exception {
    // The JDK's own keytool makes a real RSA key and self-signed X.509 certificate.
    Path store = dir.resolve("jwt.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    run(keytool, "-genkeypair", "-alias", "jwt", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=bellwether-jwt",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit");
    Path pem = dir.resolve("jwt.pem");
    run(keytool, "-exportcert", "-rfc", "-alias", "jwt", "-keystore", store.toString(), "-storepass", "changeit",
        "-file", pem.toString());
    certificatePem = Files.readString(pem);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(store.toFile())) {
      ks.load(in, "changeit".toCharArray());
    }
    key = (PrivateKey) ks.getKey("jwt", "changeit".toCharArray());
  }

  private static void run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }

  private static String jwt(String iss, String sub, long exp, PrivateKey signingKey) throws Exception {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String head = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
    String claims = b64.encodeToString(("{\"iss\":\"" + iss + "\",\"sub\":\"" + sub
        + "\",\"aud\":\"https://login.salesforce.com\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(signingKey);
    s.update((head + "." + claims).getBytes(StandardCharsets.US_ASCII));
    return head + "." + claims + "." + b64.encodeToString(s.sign());
  }

  private static HttpResponse<String> token(DevOrg devorg, String assertion) throws Exception {
    String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
        + "&assertion=" + assertion;
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create(devorg.url() + "/services/oauth2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signedAssertionForAKnownUserGetsATokenThatWorks() throws Exception {
    try (DevOrg devorg = DevOrg.start(DevOrgOptions.builder().build())) {
      devorg.org().apps().register(new ConnectedApp("Sync", "sync-app", "s3cret", null, certificatePem));
      long exp = devorg.org().clock().instant().getEpochSecond() + 180;
      HttpResponse<String> r = token(devorg, jwt("sync-app", "admin@bellwether.devorg", exp, key));
      assertEquals(200, r.statusCode(), r.body());
      String access = r.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
      assertTrue(devorg.org().sessions().find(access).isPresent());
    }
  }

  @Test
  void expiredWrongSignerOrUnknownUserIsInvalidGrant() throws Exception {
    try (DevOrg devorg = DevOrg.start(DevOrgOptions.builder().build())) {
      devorg.org().apps().register(new ConnectedApp("Sync", "sync-app", "s3cret", null, certificatePem));
      long now = devorg.org().clock().instant().getEpochSecond();
      PrivateKey other = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
      for (String assertion : new String[] {
          jwt("sync-app", "admin@bellwether.devorg", now - 10, key),
          jwt("sync-app", "admin@bellwether.devorg", now + 180, other),
          jwt("sync-app", "nobody@bellwether.devorg", now + 180, key),
          jwt("bellwether-cli", "admin@bellwether.devorg", now + 180, key)}) {
        HttpResponse<String> r = token(devorg, assertion);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"error\":\"invalid_grant\""), r.body());
      }
    }
  }
}
