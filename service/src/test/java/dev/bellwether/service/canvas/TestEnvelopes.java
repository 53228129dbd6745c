package dev.bellwether.service.canvas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.devorg.canvas.SignedRequestSigner;
import java.time.Instant;

/**
 * Canvas envelopes in devorg's shape (wire notes §3.1), signed by devorg's own signer, for tests
 * that need a signed request without a record page.
 */
public final class TestEnvelopes {
  public static final String ORG = "00D000000000001EAA";
  public static final String USER = "005000000000001AAA";
  public static final String ACCOUNT = "001000000000001AAA";
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestEnvelopes() {}

  /** An envelope for a user in a language and locale looking at an Account, issued at a time. */
  public static ObjectNode account(String org, String account, String language, String locale, Instant issuedAt,
      String crmUrl) {
    ObjectNode env = JSON.createObjectNode();
    env.put("algorithm", "HMACSHA256").put("issuedAt", issuedAt.getEpochSecond()).put("userId", USER);
    env.putObject("client").put("instanceId", ":Bellwether_Panel:").put("oauthToken", "00Dx!token")
        .putNull("refreshToken").put("instanceUrl", crmUrl).put("targetOrigin", crmUrl);
    ObjectNode context = env.putObject("context");
    context.putObject("user").put("userId", USER).put("userName", "kim@acme.example").put("fullName", "Kim Minji")
        .put("language", language).put("locale", locale).put("timeZone", "Asia/Seoul").put("currencyISOCode", "KRW");
    context.putObject("organization").put("organizationId", org).put("name", "Acme").put("currencyIsoCode", "KRW");
    ObjectNode environment = context.putObject("environment");
    environment.put("locationUrl", crmUrl + "/lightning/r/Account/" + account + "/view")
        .put("displayLocation", "PageLayout");
    ObjectNode record = environment.putObject("record");
    record.putObject("attributes").put("type", "Account").put("url", "/services/data/v64.0/sobjects/Account/"
        + account);
    record.put("Id", account);
    return env;
  }

  /** Signs as devorg (and Salesforce) sign: standard base64, HMAC over the base64 envelope text. */
  public static String sign(ObjectNode envelope, String secret) {
    return SignedRequestSigner.sign(envelope.toString(), secret);
  }
}
