package dev.bellwether.devorg.http;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.org.Org;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A devorg shared by one test class (register it as a static extension), with a {@link RawHttp} client. */
final class RawHttpDevOrg implements BeforeAllCallback, AfterAllCallback {
  private DevOrg devorg;
  private RawHttp http;

  @Override
  public void beforeAll(ExtensionContext context) {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    http = new RawHttp(devorg);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    devorg.close();
  }

  Org org() {
    return devorg.org();
  }

  RawHttp http() {
    return http;
  }
}
