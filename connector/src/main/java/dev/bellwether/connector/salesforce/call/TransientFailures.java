package dev.bellwether.connector.salesforce.call;

import com.sforce.ws.ConnectionException;
import dev.bellwether.connector.CrmException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Optional;

/** Sorts a failed attempt's exception into "worth trying again" (with its kind) or not. */
final class TransientFailures {
  private TransientFailures() {}

  /**
   * The exception as a {@link TransientCallException}, or empty when trying again cannot help.
   * Raw I/O failures (from WSC, which wraps them in ConnectionException, or from a transport that
   * did not classify them) become TIMEOUT or CONNECTION.
   */
  static Optional<TransientCallException> classify(String what, Exception e) {
    if (e instanceof TransientCallException t) {
      return Optional.of(t);
    }
    IOException io = e instanceof IOException direct ? direct
        : e instanceof ConnectionException && e.getCause() instanceof IOException wrapped ? wrapped
        : null;
    if (io == null) {
      return Optional.empty();
    }
    boolean timeout = io instanceof SocketTimeoutException || io instanceof InterruptedIOException;
    return Optional.of(timeout
        ? new TransientCallException(TransientKind.TIMEOUT, what + " timed out: " + io.getMessage(), e)
        : new TransientCallException(TransientKind.CONNECTION, what + " lost its connection: " + io, e));
  }

  /**
   * A permanent verdict hidden in the cause chain: OkHttp lets only IOExceptions out of its
   * interceptors and authenticator, so a refused session renewal arrives as an I/O failure that
   * carries the {@link CrmException}. Retrying that would only ask the token endpoint again.
   */
  static Optional<CrmException> permanentCause(Throwable e) {
    Throwable t = e.getCause();
    for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
      if (t instanceof CrmException crm && crm.kind() != CrmException.Kind.UNAVAILABLE) {
        return Optional.of(crm);
      }
    }
    return Optional.empty();
  }
}
