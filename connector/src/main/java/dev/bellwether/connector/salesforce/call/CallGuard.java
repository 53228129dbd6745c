package dev.bellwether.connector.salesforce.call;

import dev.bellwether.connector.CrmException;

/**
 * The door every Salesforce request passes: it waits for budget and a concurrency slot, runs the
 * call, retries transient failures with backoff, and turns what is left into {@link CrmException}.
 */
public interface CallGuard {

  /**
   * Runs the call. {@code what} names it for logs and errors (e.g. "query Account"). Transient
   * failures ({@link TransientCallException}, timeouts, resets) are retried; a
   * {@link CrmException} thrown by the call is permanent and passes through unchanged.
   */
  <T> T call(String what, String object, ApiCall<T> call) throws CrmException;
}
