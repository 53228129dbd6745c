package dev.bellwether.connector.salesforce.call;

/** A call failed in a way worth retrying; thrown by the transports, consumed by {@link CallGuard}. */
public final class TransientCallException extends Exception {
  private static final long serialVersionUID = 1L;
  private final TransientKind kind;

  public TransientCallException(TransientKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public TransientKind kind() {
    return kind;
  }
}
