package dev.bellwether.connector.testing;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.faults.FaultSpec;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A devorg for connector tests: Bellwether's manifests installed, and Account given the text
 * external id Ext_Id__c so upserts by external id can be tried on a standard object.
 */
public final class TestDevOrg implements AutoCloseable {
  public static final String USERNAME = "admin@bellwether.devorg";
  public static final String PASSWORD = "bellwether";
  public static final String CLIENT_ID = "bellwether-cli";
  public static final String CLIENT_SECRET = "bellwether-secret";
  private final DevOrg devorg;

  private TestDevOrg(DevOrg devorg) {
    this.devorg = devorg;
  }

  public static TestDevOrg start() {
    return start(DevOrgOptions.builder());
  }

  /** Starts with the given options plus the repository's manifests. */
  public static TestDevOrg start(DevOrgOptions.Builder options) {
    DevOrg devorg = DevOrg.start(options.manifestsDir(manifests()).build());
    devorg.org().schema().object("Account").orElseThrow().putField(
        FieldDef.builder("Ext_Id__c", FieldType.STRING).externalId(true).unique(true).custom(true)
            .label("Ext Id").length(80).build());
    return new TestDevOrg(devorg);
  }

  /** The repository's manifests/ folder, found from the module directory tests run in. */
  public static Path manifests() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("manifests/sfdx-project.json"))) {
        return dir.resolve("manifests");
      }
    }
    throw new IllegalStateException("manifests/ not found above " + Path.of("").toAbsolutePath());
  }

  public URI url() {
    return URI.create(devorg.url());
  }

  public Org org() {
    return devorg.org();
  }

  public DevOrg devorg() {
    return devorg;
  }

  /** Sets the fault spec, e.g. "transient=0.2,lock=0.1"; "" clears it. */
  public void faults(String spec) {
    devorg.org().faults().setSpec(FaultSpec.parse(spec));
  }

  @Override
  public void close() {
    devorg.close();
  }
}
