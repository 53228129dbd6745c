package dev.bellwether.devorg.faults;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.org.Org;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A devorg shared by one fault test class (register it as a static extension), with a
 * {@link FaultClient}; the fault spec is cleared after each test so no fault leaks into the next.
 */
final class FaultDevOrg implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private DevOrg devorg;
  private FaultClient client;

  @Override
  public void beforeAll(ExtensionContext context) {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    client = new FaultClient(devorg);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    faults("");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    devorg.close();
  }

  Org org() {
    return devorg.org();
  }

  FaultClient client() {
    return client;
  }

  /** Sets the fault spec, e.g. "reset=1"; "" clears it. */
  void faults(String spec) {
    devorg.org().faults().setSpec(FaultSpec.parse(spec));
  }
}
