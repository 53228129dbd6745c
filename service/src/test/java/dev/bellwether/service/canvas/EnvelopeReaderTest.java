package dev.bellwether.service.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The envelope fields a panel reads, with Salesforce's Aura-wrapper shape (parameters, no record). */
class EnvelopeReaderTest {
  private static final Instant NOW = Instant.parse("2026-03-15T03:00:00Z");

  @Test
  void recordPageEnvelopeOpensTheAccountView() throws Exception {
    CanvasContext c = EnvelopeReader.context(TestEnvelopes.account(TestEnvelopes.ORG, TestEnvelopes.ACCOUNT, "en_US",
        "en_US", NOW, "https://acme.my.salesforce.com"));
    assertEquals(TestEnvelopes.ACCOUNT, c.recordId());
    assertEquals("Account", c.recordType());
    assertEquals("account", c.view());
  }

  @Test
  void auraWrapperSendsTheRecordInParametersOnly() throws Exception {
    ObjectNode env = withoutRecord();
    ((ObjectNode) env.path("context").path("environment")).putObject("parameters").put("view", "account")
        .put("recordId", "001000000000042AAA").put("sObjectName", "Account");
    CanvasContext c = EnvelopeReader.context(env);
    assertEquals("001000000000042AAA", c.recordId());
    assertEquals("Account", c.recordType());
    assertTrue(c.onRecord());
    assertEquals("account", c.view());
  }

  @Test
  void managerTabNamesTheManagerViewAndNoRecord() throws Exception {
    ObjectNode env = withoutRecord();
    ((ObjectNode) env.path("context").path("environment")).putObject("parameters").put("view", "manager");
    CanvasContext c = EnvelopeReader.context(env);
    assertEquals("manager", c.view());
    assertTrue(!c.onRecord());
  }

  @Test
  void anUnknownViewIsRefusedByName() {
    ObjectNode env = withoutRecord();
    ((ObjectNode) env.path("context").path("environment")).putObject("parameters").put("view", "admin<x>");
    SignedRequestException e = assertThrows(SignedRequestException.class, () -> EnvelopeReader.context(env));
    assertTrue(e.getMessage().contains("parameters.view is 'admin?x?'"), e.getMessage());
  }

  private static ObjectNode withoutRecord() {
    ObjectNode env = TestEnvelopes.account(TestEnvelopes.ORG, TestEnvelopes.ACCOUNT, "en_US", "en_US", NOW,
        "https://acme.my.salesforce.com");
    ((ObjectNode) env.path("context").path("environment")).remove("record");
    return env;
  }
}
