package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.SoapFaultException;
import com.sforce.ws.bind.HTMLResponseException;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.call.TransientCallException;
import dev.bellwether.connector.salesforce.call.TransientKind;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * The translation of shapes devorg does not produce on purpose (HTML pages, faults without a
 * detail, transport failures); the faults devorg does send are covered over HTTP elsewhere.
 */
class SoapFaultsTest {
  private static final String FAULT_NS = "urn:fault.partner.soap.sforce.com";

  @Test
  void anHtmlPageInsteadOfSoapIsATransientOutage() {
    TransientCallException e = transientOf(new HTMLResponseException("Encountered HTML Content"));

    assertEquals(TransientKind.UNAVAILABLE, e.kind());
  }

  @Test
  void aReadTimeoutIsTimeoutAndARefusedConnectionIsConnection() {
    assertEquals(TransientKind.TIMEOUT, transientOf(new ConnectionException("Request to x timed out",
        new SocketTimeoutException("Read timed out"))).kind());
    assertEquals(TransientKind.CONNECTION, transientOf(new ConnectionException("Failed to send request to x",
        new ConnectException("Connection refused"))).kind());
  }

  @Test
  void aFaultWithoutDetailIsMappedByItsFaultCode() {
    assertEquals(TransientKind.LIMIT_EXCEEDED, transientOf(new SoapFaultException(
        new QName(FAULT_NS, "REQUEST_LIMIT_EXCEEDED"), "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.")).kind());
    assertEquals(TransientKind.UNAVAILABLE, transientOf(new SoapFaultException(
        new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server"), "try later")).kind());
  }

  @Test
  void typedFaultsAreMappedByExceptionCode() {
    assertEquals(TransientKind.ROW_LOCK, transientOf(fault(new UnexpectedErrorFault(),
        ExceptionCode.UNABLE_TO_LOCK_ROW)).kind());
    CrmException session = crmOf(fault(new UnexpectedErrorFault(), ExceptionCode.INVALID_SESSION_ID));
    CrmException field = crmOf(fault(new InvalidFieldFault(), ExceptionCode.INVALID_FIELD));
    CrmException replication = crmOf(fault(new UnexpectedErrorFault(), ExceptionCode.INVALID_REPLICATION_DATE));

    assertEquals(CrmException.Kind.AUTHENTICATION, session.kind());
    assertEquals(CrmException.Kind.SCHEMA, field.kind());
    assertEquals("INVALID_FIELD", field.code());
    assertEquals("Account", field.object());
    assertEquals("query Account failed: INVALID_FIELD: No such column", field.getMessage());
    assertEquals(CrmException.Kind.INVALID_REQUEST, replication.kind());
  }

  @Test
  void aFailedRenewalSurfacesTheTokenSourcesOwnFailure() {
    CrmException refused = new CrmException(CrmException.Kind.AUTHENTICATION, "invalid_grant", null, "refused");

    assertSame(refused, SoapFaults.translate(new WscSessionRenewer.RenewalFailedException(refused), "q", null));
  }

  @Test
  void anythingElseIsAProtocolError() {
    assertEquals(CrmException.Kind.PROTOCOL, crmOf(new ConnectionException("unable to find end tag")).kind());
  }

  private static <T extends com.sforce.soap.partner.fault.ApiFault> T fault(T f, ExceptionCode code) {
    f.setExceptionCode(code);
    f.setExceptionMessage("No such column");
    return f;
  }

  private static TransientCallException transientOf(ConnectionException e) {
    return assertInstanceOf(TransientCallException.class, SoapFaults.translate(e, "query Account", "Account"));
  }

  private static CrmException crmOf(ConnectionException e) {
    return assertInstanceOf(CrmException.class, SoapFaults.translate(e, "query Account", "Account"));
  }
}
