package dev.bellwether.devorg.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.devorg.auth.ConnectedApp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedRequestSignerTest {
  private static final String ENVELOPE = "{\"algorithm\":\"HMACSHA256\",\"userId\":\"005000000000001AAA\"}";

  @Test
  void signsTheBase64EnvelopeTextWithStandardPaddedBase64() {
    // Expected value computed outside Java:
    //   E=$(printf '%s' "$ENVELOPE" | base64 -w0)
    //   printf '%s' "$E" | openssl dgst -sha256 -hmac canvas-secret -binary | base64 -w0
    String expected = "QgEMPcGbXsu2tBWTKlUFt/my1efa/R4L2Jpf1Lv6gGo="
        + ".eyJhbGdvcml0aG0iOiJITUFDU0hBMjU2IiwidXNlcklkIjoiMDA1MDAwMDAwMDAwMDAxQUFBIn0=";
    assertEquals(expected, SignedRequestSigner.sign(ENVELOPE, "canvas-secret"));
  }

  @Test
  void independentVerifierAcceptsTheSignatureAndDecodesTheEnvelope() {
    String signed = SignedRequestSigner.sign(ENVELOPE, "canvas-secret");
    assertEquals("005000000000001AAA",
        SignedRequestVerifier.verifyAndDecode(signed, "canvas-secret").path("userId").asText());
  }

  @Test
  void verifierRejectsAnotherSecretAndATamperedEnvelope() {
    String signed = SignedRequestSigner.sign(ENVELOPE, "canvas-secret");
    assertThrows(SecurityException.class, () -> SignedRequestVerifier.verifyAndDecode(signed, "other-secret"));
    String sig = signed.substring(0, signed.indexOf('.'));
    String forged = Base64.getEncoder().encodeToString(
        ENVELOPE.replace("005000000000001AAA", "005000000000002AAA").getBytes(StandardCharsets.UTF_8));
    assertThrows(SecurityException.class,
        () -> SignedRequestVerifier.verifyAndDecode(sig + "." + forged, "canvas-secret"));
  }

  @Test
  void developerNameKeepsLettersDigitsAndUnderscores() {
    assertEquals("Bellwether_Panel_EU", CanvasAppProfile.developerName("Bellwether Panel (EU)"));
    assertEquals("App_42_Panel", CanvasAppProfile.developerName("42 Panel"));
    assertEquals("App", CanvasAppProfile.developerName("---"));
  }

  @Test
  void canvasUrlLosesItsFragmentAndIdsCarryCanvasKeyPrefixes() {
    CanvasAppProfile p = CanvasAppProfile.of(new ConnectedApp("Panel", "cid", "sec",
        "https://panel.example/canvas#top", null));
    assertEquals("https://panel.example/canvas", p.canvasUrl());
    assertEquals("06P", p.applicationId().substring(0, 3));
    assertEquals("09H", p.referenceId().substring(0, 3));
    assertEquals(p.applicationId(), CanvasAppProfile.of(p.app()).applicationId());
  }
}
