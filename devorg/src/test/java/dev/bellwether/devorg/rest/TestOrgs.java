package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Orgs the REST tests start. */
final class TestOrgs {
  private TestOrgs() {}

  /** A fresh org whose Account has the text external id Ext_Id__c, for upserts by external id. */
  static DevOrg withAccountExternalId() {
    DevOrg devorg = DevOrg.start(DevOrgOptions.builder().build());
    devorg.org().schema().object("Account").orElseThrow().putField(
        FieldDef.builder("Ext_Id__c", FieldType.STRING).externalId(true).custom(true).build());
    return devorg;
  }

  /** A fresh org with the repository's manifests/ installed, as `devorg` starts in the repository. */
  static DevOrg withManifests() {
    for (Path dir : new Path[] {Path.of("..", "manifests"), Path.of("manifests")}) {
      if (Files.isRegularFile(dir.resolve("sfdx-project.json"))) {
        return DevOrg.start(DevOrgOptions.builder().manifestsDir(dir).build());
      }
    }
    throw new IllegalStateException("no manifests/ near " + Path.of("").toAbsolutePath());
  }
}
