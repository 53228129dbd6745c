package dev.bellwether.connector.testing;

import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.org.Org;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestDevOrg} for a whole test class, registered as a static extension: started before
 * the class's own {@code @BeforeAll} methods, closed after its {@code @AfterAll} ones. After each
 * test its faults are cleared and its API limit is put back, so no test leaks into the next.
 */
public final class SharedDevOrg implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final DevOrgOptions.Builder options;
  private TestDevOrg devorg;
  private int apiLimit;

  public SharedDevOrg() {
    this(DevOrgOptions.builder());
  }

  public SharedDevOrg(DevOrgOptions.Builder options) {
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    devorg = TestDevOrg.start(options);
    apiLimit = devorg.org().apiUsage().limit();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    devorg.faults("");
    devorg.org().apiUsage().setLimit(apiLimit);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    devorg.close();
  }

  /** The running devorg, for fixtures that take a {@link TestDevOrg}. */
  public TestDevOrg get() {
    return devorg;
  }

  public Org org() {
    return devorg.org();
  }

  public URI url() {
    return devorg.url();
  }

  /** Sets the fault spec, e.g. "transient=0.2,lock=0.1"; "" clears it. */
  public void faults(String spec) {
    devorg.faults(spec);
  }
}
