package dev.bellwether.store;

/**
 * The store cannot start: a bad data directory, JDBC URL, password reference, unreachable server
 * or failed migration. Unchecked because it is found at start-up, where the only answer is to stop
 * with the message; it never carries a password.
 */
public class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
