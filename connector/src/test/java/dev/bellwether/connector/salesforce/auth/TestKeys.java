package dev.bellwether.connector.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * A real RSA key and self-signed certificate made by the JDK's keytool, as an admin would make
 * them for a connected app, plus the key written as PEM in the forms people actually have.
 */
final class TestKeys {
  final PrivateKey key;
  final String certificatePem;
  final Path pkcs8File;

  private TestKeys(PrivateKey key, String certificatePem, Path pkcs8File) {
    this.key = key;
    this.certificatePem = certificatePem;
    this.pkcs8File = pkcs8File;
  }

  static TestKeys generate(Path dir, String alias) throws Exception {
    Path store = dir.resolve(alias + ".p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    run(keytool, "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname",
        "CN=bellwether-" + alias, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
        "-storepass", "changeit");
    Path cert = dir.resolve(alias + ".crt");
    run(keytool, "-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", "changeit",
        "-file", cert.toString());
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    PrivateKey key = (PrivateKey) ks.getKey(alias, "changeit".toCharArray());
    Path pem = dir.resolve(alias + ".key");
    Files.writeString(pem, pkcs8Pem(key));
    return new TestKeys(key, Files.readString(cert), pem);
  }

  /** "BEGIN PRIVATE KEY": what openssl pkcs8 -topk8 -nocrypt writes. */
  static String pkcs8Pem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /** "BEGIN RSA PRIVATE KEY": the older form openssl genrsa wrote, cut out of the PKCS#8 wrapper. */
  static String pkcs1Pem(PrivateKey key) {
    byte[] der = key.getEncoded();
    int[] outer = header(der, 0); // SEQUENCE { version, algorithm, OCTET STRING { RSAPrivateKey } }
    int[] version = header(der, outer[0]);
    int[] algorithm = header(der, version[0] + version[1]);
    int[] octets = header(der, algorithm[0] + algorithm[1]);
    return pem("RSA PRIVATE KEY", Arrays.copyOfRange(der, octets[0], octets[0] + octets[1]));
  }

  /** {content offset, content length} of the DER element starting at {@code at}. */
  private static int[] header(byte[] der, int at) {
    int len = der[at + 1] & 0xff;
    int offset = at + 2;
    if (len > 0x80) {
      int n = len - 0x80;
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (der[offset + i] & 0xff);
      }
      offset += n;
    }
    return new int[] {offset, len};
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }
}
