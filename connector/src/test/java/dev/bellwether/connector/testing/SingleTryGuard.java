package dev.bellwether.connector.testing;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.call.ApiCall;
import dev.bellwether.connector.salesforce.call.CallGuard;
import dev.bellwether.connector.salesforce.call.TransientCallException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A guard for transport tests: one try, no budget, transient failures surface as UNAVAILABLE so a
 * test can see them. Counts calls. The adapter itself uses the retrying guard.
 */
public final class SingleTryGuard implements CallGuard {
  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public <T> T call(String what, String object, ApiCall<T> call) throws CrmException {
    calls.incrementAndGet();
    try {
      return call.run();
    } catch (CrmException e) {
      throw e;
    } catch (TransientCallException e) {
      throw new CrmException(CrmException.Kind.UNAVAILABLE, e.kind().name(), object, e.getMessage(), e);
    } catch (Exception e) {
      throw new CrmException(CrmException.Kind.PROTOCOL, null, object, what + ": " + e, e);
    }
  }

  public int calls() {
    return calls.get();
  }
}
