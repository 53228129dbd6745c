package dev.bellwether.service.canvas;

import static dev.bellwether.service.canvas.TestEnvelopes.ACCOUNT;
import static dev.bellwether.service.canvas.TestEnvelopes.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.service.canvas.SignedRequestException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedRequestVerifierTest {
  private static final String SECRET = "canvas-consumer-secret-1";
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private static final String CRM = "https://acme.my.salesforce.com";
  private final SignedRequestVerifier verifier = new SignedRequestVerifier(new ConsumerSecrets(Map.of(ORG, SECRET)),
      Duration.ofMinutes(15), Duration.ofMinutes(1), Clock.fixed(NOW, ZoneOffset.UTC));

  private static ObjectNode envelope(Instant issuedAt) {
    return TestEnvelopes.account(ORG, ACCOUNT, "ko", "ko_KR", issuedAt, CRM);
  }

  private Reason refusal(String signedRequest) {
    return assertThrows(SignedRequestException.class, () -> verifier.verify(signedRequest)).reason();
  }

  @Test
  void genuineRequestYieldsTheUserRecordAndLocale() throws Exception {
    CanvasContext c = verifier.verify(TestEnvelopes.sign(envelope(NOW.minusSeconds(5)), SECRET));
    assertEquals(ORG, c.orgId());
    assertEquals(TestEnvelopes.USER, c.userId());
    assertEquals("kim@acme.example", c.userName());
    assertEquals("Kim Minji", c.fullName());
    assertEquals("ko", c.language());
    assertEquals("ko_KR", c.locale());
    assertEquals("Asia/Seoul", c.timeZone());
    assertEquals("KRW", c.currency());
    assertEquals(ACCOUNT, c.recordId());
    assertEquals("Account", c.recordType());
    assertEquals("PageLayout", c.displayLocation());
    assertEquals(CRM, c.instanceUrl());
    assertEquals(CRM, c.targetOrigin());
    assertEquals(NOW.minusSeconds(5), c.issuedAt());
    assertEquals(List.of(CRM), c.crmOrigins());
  }

  @Test
  void alteredSignatureIsRefused() {
    String good = TestEnvelopes.sign(envelope(NOW), SECRET);
    byte[] sig = Base64.getDecoder().decode(good.substring(0, good.indexOf('.')));
    sig[0] ^= 1;
    String bad = Base64.getEncoder().encodeToString(sig) + good.substring(good.indexOf('.'));
    assertEquals(Reason.BAD_SIGNATURE, refusal(bad));
  }

  @Test
  void alteredEnvelopeWithTheOriginalSignatureIsRefused() {
    String good = TestEnvelopes.sign(envelope(NOW), SECRET);
    String signature = good.substring(0, good.indexOf('.'));
    ObjectNode other = envelope(NOW);
    ((ObjectNode) other.at("/context/environment/record")).put("Id", "001000000000999AAA");
    String envelope = Base64.getEncoder().encodeToString(other.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(Reason.BAD_SIGNATURE, refusal(signature + "." + envelope));
  }

  @Test
  void requestSignedWithAnotherSecretIsRefused() {
    assertEquals(Reason.BAD_SIGNATURE, refusal(TestEnvelopes.sign(envelope(NOW), "another-secret")));
  }

  @Test
  void requestOlderThanTheMaxAgeIsRefusedAndOneJustInsideIsAccepted() throws Exception {
    assertEquals(Reason.EXPIRED, refusal(TestEnvelopes.sign(envelope(NOW.minusSeconds(15 * 60 + 1)), SECRET)));
    verifier.verify(TestEnvelopes.sign(envelope(NOW.minusSeconds(15 * 60)), SECRET));
  }

  @Test
  void requestFromTheFutureBeyondTheSkewIsRefusedWithinItAccepted() throws Exception {
    assertEquals(Reason.ISSUED_IN_FUTURE, refusal(TestEnvelopes.sign(envelope(NOW.plusSeconds(61)), SECRET)));
    verifier.verify(TestEnvelopes.sign(envelope(NOW.plusSeconds(60)), SECRET));
  }

  @Test
  void unknownOrgIsRefusedEvenWhenSignedWithAKnownSecret() {
    ObjectNode env = TestEnvelopes.account("00D000000000002EAA", ACCOUNT, "en_US", "en_US", NOW, CRM);
    SignedRequestException e = assertThrows(SignedRequestException.class,
        () -> verifier.verify(TestEnvelopes.sign(env, SECRET)));
    assertEquals(Reason.UNKNOWN_ORG, e.reason());
    assertTrue(e.getMessage().contains("00D000000000002EAA"), e.getMessage());
  }

  @Test
  void fifteenCharacterOrgIdInTheRegistryMatchesTheEighteenSent() throws Exception {
    SignedRequestVerifier v = new SignedRequestVerifier(new ConsumerSecrets(Map.of(ORG.substring(0, 15), SECRET)),
        Duration.ofMinutes(15), Duration.ofMinutes(1), Clock.fixed(NOW, ZoneOffset.UTC));
    assertEquals(ORG, v.verify(TestEnvelopes.sign(envelope(NOW), SECRET)).orgId());
  }

  @Test
  void otherAlgorithmsAndAMissingOneAreRefused() {
    ObjectNode sha1 = envelope(NOW).put("algorithm", "HMACSHA1");
    assertEquals(Reason.WRONG_ALGORITHM, refusal(TestEnvelopes.sign(sha1, SECRET)));
    ObjectNode none = envelope(NOW);
    none.remove("algorithm");
    assertEquals(Reason.WRONG_ALGORITHM, refusal(TestEnvelopes.sign(none, SECRET)));
  }

  @Test
  void urlSafeBase64WithoutPaddingVerifiesLikeStandard() throws Exception {
    // A user name that makes both parts contain '+' or '/' in standard base64 and so differ in url-safe.
    ObjectNode env = envelope(NOW);
    ((ObjectNode) env.at("/context/user")).put("fullName", "Kim ??>>~~ Minji ÿÿ");
    String json = env.toString();
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String encoded = url.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    String signed = url.encodeToString(hmac(encoded)) + "." + encoded;
    assertTrue(signed.contains("-") || signed.contains("_"), "exercises the url-safe alphabet: " + signed);
    assertEquals("Kim ??>>~~ Minji ÿÿ", verifier.verify(signed).fullName());
    String standard = TestEnvelopes.sign(env, SECRET);
    assertTrue(standard.contains("+") || standard.contains("/") || standard.contains("="), standard);
    assertEquals(ACCOUNT, verifier.verify(standard).recordId());
  }

  @Test
  void garbageIsRefusedWithAReasonNotAnError() {
    assertEquals(Reason.MALFORMED, refusal(null));
    assertEquals(Reason.MALFORMED, refusal(""));
    assertEquals(Reason.MALFORMED, refusal("no-dot-at-all"));
    assertEquals(Reason.MALFORMED, refusal(".onlyenvelope"));
    assertEquals(Reason.MALFORMED, refusal("onlysignature."));
    assertEquals(Reason.MALFORMED, refusal("a".repeat(SignedRequestVerifier.MAX_LENGTH + 1) + ".x"));
    assertEquals(Reason.UNDECODABLE, refusal("!!!.eyJ9"));
    assertEquals(Reason.UNDECODABLE, refusal("abcd.%%%%"));
    assertEquals(Reason.UNDECODABLE, refusal("ab+d.ab-d"), "mixed alphabets in one part are not guessed");
    String notJson = Base64.getEncoder().encodeToString("not json".getBytes(StandardCharsets.UTF_8));
    assertEquals(Reason.UNDECODABLE, refusal("abcd." + notJson));
    String array = Base64.getEncoder().encodeToString("[1,2]".getBytes(StandardCharsets.UTF_8));
    assertEquals(Reason.UNDECODABLE, refusal("abcd." + array));
    String noOrg = Base64.getEncoder().encodeToString("{\"algorithm\":\"HMACSHA256\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(Reason.MISSING_FIELD, refusal("abcd." + noOrg));
  }

  @Test
  void signedEnvelopeWithoutIssuedAtOrUserIsRefused() {
    ObjectNode noTime = envelope(NOW);
    noTime.remove("issuedAt");
    assertEquals(Reason.MISSING_FIELD, refusal(TestEnvelopes.sign(noTime, SECRET)));
    ObjectNode textTime = envelope(NOW).put("issuedAt", "yesterday");
    assertEquals(Reason.MISSING_FIELD, refusal(TestEnvelopes.sign(textTime, SECRET)));
    ObjectNode noUser = envelope(NOW);
    ((ObjectNode) noUser.at("/context/user")).remove("userId");
    assertEquals(Reason.MISSING_FIELD, refusal(TestEnvelopes.sign(noUser, SECRET)));
  }

  @Test
  void messagesNeverHoldTheSecretNorTheEnvelope() {
    String signed = TestEnvelopes.sign(envelope(NOW.minusSeconds(3600)), SECRET);
    String envelopePart = signed.substring(signed.indexOf('.') + 1);
    for (String request : List.of(signed, TestEnvelopes.sign(envelope(NOW), "wrong-secret"))) {
      String message = assertThrows(SignedRequestException.class, () -> verifier.verify(request)).getMessage();
      assertFalse(message.contains(SECRET), message);
      assertFalse(message.contains(envelopePart.substring(0, 20)), message);
      assertFalse(message.contains("Kim Minji"), message);
    }
  }

  private static byte[] hmac(String data) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
  }
}
