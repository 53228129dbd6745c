package dev.bellwether.devorg;

import dev.bellwether.devorg.faults.FaultSpec;
import dev.bellwether.devorg.http.DevOrgServer;
import dev.bellwether.devorg.metadata.ManifestLoader;
import dev.bellwether.devorg.metadata.MetadataException;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.org.OrgFactory;
import dev.bellwether.devorg.org.SeedLoader;
import dev.bellwether.devorg.persist.OrgJournal;
import dev.bellwether.devorg.seed.SeedSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running devorg: one org served over HTTP. Tests start one per class; the CLI one per process. */
public final class DevOrg implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DevOrg.class);
  private final Org org;
  private final DevOrgServer server;
  private final OrgJournal journal;
  private final Path signals;

  private DevOrg(Org org, DevOrgServer server, OrgJournal journal, Path signals) {
    this.org = org;
    this.server = server;
    this.journal = journal;
    this.signals = signals;
  }

  /** Builds the org (restoring --data, loading manifests, seeding) and starts serving it. */
  public static DevOrg start(DevOrgOptions options) {
    FaultSpec faults = FaultSpec.parse(options.faults());
    Org org = OrgFactory.create(options.clock(),
        faults.sessionTtl() != null ? faults.sessionTtl() : options.sessionTtl(),
        faults.apiLimit() != null ? faults.apiLimit() : options.apiLimit(), options.seedNumber());
    org.faults().setSpec(faults);
    boolean restored = options.dataDir() != null && OrgJournal.exists(options.dataDir());
    if (restored) {
      OrgJournal.replay(options.dataDir(), org);
      OrgFactory.adopt(org);
      LOG.info("devorg restored org {} from {}", org.id(), options.dataDir());
    } else {
      OrgFactory.addFoundationRecords(org);
    }
    loadManifests(org, options);
    Path signals = null;
    if (options.seed().equals("demo") && !restored) {
      signals = signalsDir(options);
      try {
        SeedSummary summary = SeedLoader.load(org, options.seedNumber(), options.accounts(), signals);
        LOG.info("demo seed {}: {} records, signals in {}", options.seedNumber(),
            summary.recordsByObject(), signals);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write demo signals to " + signals, e);
      }
    }
    OrgJournal journal = options.dataDir() == null ? null : OrgJournal.openCompacted(options.dataDir(), org);
    DevOrgServer server = DevOrgServer.start(org, options.host(), options.port());
    LOG.info("devorg serving org {} at {}", org.id(), org.baseUrl());
    return new DevOrg(org, server, journal, signals);
  }

  /** Installs the custom objects of --manifests, or of ./manifests when that exists. */
  private static void loadManifests(Org org, DevOrgOptions options) {
    Path dir = options.manifestsDir();
    if (dir == null) {
      Path here = Path.of("manifests");
      if (!Files.isRegularFile(here.resolve("sfdx-project.json"))) {
        return;
      }
      dir = here;
    }
    try {
      ManifestLoader.Loaded loaded = ManifestLoader.loadInto(org, dir);
      LOG.info("manifests {}: {} objects created, {} fields, {} apps, {} canvas tabs",
          dir.toAbsolutePath(), loaded.objectsCreated(), loaded.fieldsInstalled(), loaded.apps(),
          loaded.canvasTabs());
    } catch (MetadataException e) {
      throw new IllegalStateException("cannot load manifests from " + dir.toAbsolutePath() + ":\n" + e.getMessage(), e);
    }
  }

  private static Path signalsDir(DevOrgOptions options) {
    try {
      Path base = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("devorg-");
      return base.resolve("signals");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for demo signals", e);
    }
  }

  /** Where the demo seed wrote usage, survey and invoice files; null when not seeded now. */
  public Path signalsDir() {
    return signals;
  }

  /**
   * A one-click URL to a customer Account's record page, logged in as the admin through
   * frontdoor.jsp as Salesforce does it; empty when the org has no customer accounts.
   */
  public java.util.Optional<String> demoAccountPage() {
    var account = org.schema().object("Account").orElseThrow();
    return org.store().scan(account, r -> !r.deleted() && String.valueOf(r.get("Type")).startsWith("Customer"))
        .stream().findFirst().map(r -> {
          String token = org.sessions().open(org.id(), org.adminUserId(), "bellwether-cli").token();
          return url() + "/secur/frontdoor.jsp?sid=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)
              + "&retURL=" + java.net.URLEncoder.encode("/lightning/r/Account/" + r.id() + "/view", java.nio.charset.StandardCharsets.UTF_8);
        });
  }

  public Org org() {
    return org;
  }

  /** e.g. http://127.0.0.1:7443 */
  public String url() {
    return org.baseUrl();
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
    if (journal != null) {
      journal.close();
    }
  }
}
