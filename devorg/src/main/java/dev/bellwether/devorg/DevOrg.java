package dev.bellwether.devorg;

import dev.bellwether.devorg.faults.FaultSpec;
import dev.bellwether.devorg.http.DevOrgServer;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.org.OrgFactory;
import dev.bellwether.devorg.persist.OrgJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running devorg: one org served over HTTP. Tests start one per class; the CLI one per process. */
public final class DevOrg implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DevOrg.class);
  private final Org org;
  private final DevOrgServer server;
  private final OrgJournal journal;

  private DevOrg(Org org, DevOrgServer server, OrgJournal journal) {
    this.org = org;
    this.server = server;
    this.journal = journal;
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
    OrgJournal journal = options.dataDir() == null ? null : OrgJournal.openCompacted(options.dataDir(), org);
    DevOrgServer server = DevOrgServer.start(org, options.host(), options.port());
    LOG.info("devorg serving org {} at {}", org.id(), org.baseUrl());
    return new DevOrg(org, server, journal);
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
