package dev.bellwether.connector.salesforce.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the JWT signing key from PEM text. Only unencrypted PKCS#8 RSA ("BEGIN PRIVATE KEY") is
 * accepted; other common forms get a message saying how to convert them. Messages never quote the key.
 */
public final class PrivateKeyPem {
  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";
  private static final String CONVERT = "openssl pkcs8 -topk8 -nocrypt -in old.key -out new.key";

  private PrivateKeyPem() {
  }

  /** The RSA key in {@code pem}; IllegalArgumentException says what is wrong with it and how to fix it. */
  public static PrivateKey parse(String pem) {
    if (pem.contains("-----BEGIN RSA PRIVATE KEY-----")) {
      throw new IllegalArgumentException("the key is in PKCS#1 form (BEGIN RSA PRIVATE KEY); the JWT flow needs"
          + " PKCS#8 (BEGIN PRIVATE KEY): convert it with '" + CONVERT + "'");
    }
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
      throw new IllegalArgumentException("the key is encrypted (BEGIN ENCRYPTED PRIVATE KEY); store it"
          + " unencrypted and protect the file instead: '" + CONVERT + "'");
    }
    if (pem.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
      throw new IllegalArgumentException("the key is in OpenSSH form; the JWT flow needs PKCS#8 (BEGIN PRIVATE KEY):"
          + " convert it with 'ssh-keygen -p -N \"\" -m PKCS8 -f KEYFILE'");
    }
    int begin = pem.indexOf(BEGIN);
    int end = pem.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("not a PEM private key: expected a block from " + BEGIN + " to " + END);
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the PRIVATE KEY block is not valid base64");
    }
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the PRIVATE KEY block is not an RSA key in PKCS#8 form");
    }
  }
}
