package dev.bellwether.devorg.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks an OAuth 2.0 JWT bearer assertion as Salesforce does: RS256 signed with the key of
 * the certificate registered on the connected app named by iss; sub is the username; exp is
 * in the future.
 */
final class JwtBearerVerifier {
  /** Either the user and client the assertion stands for, or why it was refused. */
  record Result(String userId, String clientId, String error) {}

  private final Org org;

  JwtBearerVerifier(Org org) {
    this.org = org;
  }

  Result verify(String assertion) {
    if (assertion == null) {
      return refused("assertion missing");
    }
    String[] parts = assertion.split("\\.");
    if (parts.length != 3) {
      return refused("invalid assertion");
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      JsonNode header = Json.MAPPER.readTree(b64.decode(parts[0]));
      JsonNode claims = Json.MAPPER.readTree(b64.decode(parts[1]));
      if (!"RS256".equals(header.path("alg").asText())) {
        return refused("unsupported algorithm " + header.path("alg").asText());
      }
      Optional<ConnectedApp> app = org.apps().byClientId(claims.path("iss").asText(null));
      if (app.isEmpty() || app.get().certificatePem() == null) {
        return refused("invalid client: no connected app with a certificate for iss");
      }
      X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(app.get().certificatePem().getBytes(StandardCharsets.US_ASCII)));
      Signature sig = Signature.getInstance("SHA256withRSA");
      sig.initVerify(cert.getPublicKey());
      sig.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!sig.verify(b64.decode(parts[2]))) {
        return refused("invalid signature");
      }
      long exp = claims.path("exp").asLong(0);
      if (exp * 1000 <= org.clock().millis()) {
        return refused("expired assertion");
      }
      Optional<StoredRecord> user = org.userByUsername(claims.path("sub").asText(""));
      if (user.isEmpty()) {
        return refused("user hasn't approved this consumer");
      }
      return new Result(user.get().id(), app.get().clientId(), null);
    } catch (Exception e) {
      return refused("invalid assertion: " + e.getMessage());
    }
  }

  private static Result refused(String why) {
    return new Result(null, null, why);
  }
}
