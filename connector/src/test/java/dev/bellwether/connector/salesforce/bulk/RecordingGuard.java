package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.call.ApiCall;
import dev.bellwether.connector.salesforce.call.CallGuard;
import dev.bellwether.connector.testing.SingleTryGuard;
import java.util.ArrayList;
import java.util.List;

/** A single-try guard that remembers what each call was, so tests can count requests by kind. */
final class RecordingGuard implements CallGuard {
  private final SingleTryGuard inner = new SingleTryGuard();
  private final List<String> calls = new ArrayList<>();

  @Override
  public <T> T call(String what, String object, ApiCall<T> call) throws CrmException {
    synchronized (calls) {
      calls.add(what);
    }
    return inner.call(what, object, call);
  }

  /** Calls whose description starts with the prefix, e.g. "bulk query results". */
  long count(String prefix) {
    synchronized (calls) {
      return calls.stream().filter(w -> w.startsWith(prefix)).count();
    }
  }

  void reset() {
    synchronized (calls) {
      calls.clear();
    }
  }
}
