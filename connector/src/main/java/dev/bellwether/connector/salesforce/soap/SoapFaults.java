package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.SoapFaultException;
import com.sforce.ws.bind.HTMLResponseException;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.call.TransientCallException;
import dev.bellwether.connector.salesforce.call.TransientKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Set;

/**
 * Turns what WSC throws into what the {@link dev.bellwether.connector.salesforce.call.CallGuard}
 * understands: a {@link TransientCallException} for failures worth retrying (outages, timeouts,
 * lost connections, row locks, a spent API limit) and a {@link CrmException} for the rest.
 * Messages name the call and the object; WSC never puts the session id into a fault, and the
 * request URL it quotes carries only the org id.
 */
final class SoapFaults {
  private static final Set<String> SCHEMA = Set.of(
      "INVALID_FIELD", "INVALID_TYPE", "INVALID_SOBJECT", "INVALID_FIELD_FOR_INSERT_UPDATE");
  private static final Set<String> AUTHENTICATION = Set.of(
      "INVALID_SESSION_ID", "INVALID_LOGIN", "LOGIN_MUST_USE_SECURITY_TOKEN", "INVALID_CLIENT",
      "INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "API_DISABLED_FOR_ORG");

  private SoapFaults() {}

  /**
   * The exception to throw from a guarded call for {@code e}. WSC has already renewed the
   * session once when INVALID_SESSION_ID reaches here, so that code is final.
   */
  static Exception translate(ConnectionException e, String what, String object) {
    if (e instanceof WscSessionRenewer.RenewalFailedException renewal) {
      return renewal.crmException();
    }
    if (e instanceof ApiFault fault) {
      String code = fault.getExceptionCode() == null ? null : WscEnums.text(fault.getExceptionCode());
      return byCode(code, describe(what, code, fault.getExceptionMessage()), object, e);
    }
    if (e instanceof SoapFaultException fault) {
      // A fault without a typed detail: the faultcode's local part is the Salesforce code,
      // or the SOAP stack's own Server/Client.
      String code = fault.getFaultCode() == null ? null : fault.getFaultCode().getLocalPart();
      String detail = describe(what, code, fault.getMessage());
      if ("Server".equals(code)) {
        return new TransientCallException(TransientKind.UNAVAILABLE, detail, e);
      }
      return byCode(code, detail, object, e);
    }
    if (e instanceof HTMLResponseException) {
      // An HTML page instead of SOAP: a maintenance page or a proxy's error, not Salesforce's answer.
      return new TransientCallException(TransientKind.UNAVAILABLE,
          what + " failed: the server answered an HTML page instead of SOAP", e);
    }
    IOException io = ioCause(e);
    if (io instanceof SocketTimeoutException || io instanceof InterruptedIOException) {
      return new TransientCallException(TransientKind.TIMEOUT, what + " timed out: " + io.getMessage(), e);
    }
    if (io != null) {
      return new TransientCallException(TransientKind.CONNECTION, what + " lost its connection: " + io, e);
    }
    return new CrmException(Kind.PROTOCOL, null, object, what + " failed: " + e.getMessage(), e);
  }

  private static Exception byCode(String code, String detail, String object, ConnectionException e) {
    if (code == null) {
      return new CrmException(Kind.PROTOCOL, null, object, detail, e);
    }
    switch (code) {
      case "REQUEST_LIMIT_EXCEEDED":
        return new TransientCallException(TransientKind.LIMIT_EXCEEDED, detail, e);
      case "UNABLE_TO_LOCK_ROW":
        return new TransientCallException(TransientKind.ROW_LOCK, detail, e);
      case "SERVER_UNAVAILABLE":
        return new TransientCallException(TransientKind.UNAVAILABLE, detail, e);
      default:
        break;
    }
    if (AUTHENTICATION.contains(code)) {
      return new CrmException(Kind.AUTHENTICATION, code, object, detail, e);
    }
    if (SCHEMA.contains(code)) {
      return new CrmException(Kind.SCHEMA, code, object, detail, e);
    }
    return new CrmException(Kind.INVALID_REQUEST, code, object, detail, e);
  }

  private static String describe(String what, String code, String message) {
    return what + " failed: " + (code == null ? "" : code + ": ") + (message == null ? "" : message);
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }
}
