package dev.bellwether.devorg.metadata.deploy;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.Ids;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The org's deploys: accepted at once with an id (0Af...), then run one at a time on a
 * single worker, as Salesforce queues deploys per org. Both the SOAP and the REST surface
 * share this one queue (bound once per server by {@link MetadataFeature}).
 */
public final class DeployQueue {
  private static final Logger LOG = LoggerFactory.getLogger(DeployQueue.class);
  /** Finished deploys kept for checkDeployStatus; older ones are forgotten first. */
  private static final int KEPT = 500;
  private final Org org;
  private final ZipDeployer deployer;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, DeployJob> jobs = new LinkedHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "devorg-metadata-deploy");
    t.setDaemon(true);
    return t;
  });

  @Inject
  public DeployQueue(Org org) {
    this.org = org;
    this.deployer = new ZipDeployer(org);
  }

  /** Queues a deploy for the session's user; returns its pending result. */
  public DeployResult submit(byte[] zip, DeployOptions options, Session session) {
    String userName = org.user(session.userId()).map(u -> String.valueOf(u.get("Name")))
        .orElse(session.userId());
    DeployJob job = new DeployJob(Ids.of("0Af", sequence.incrementAndGet()), zip, options,
        session.userId(), userName, org.clock().instant());
    synchronized (jobs) {
      jobs.put(job.id(), job);
      if (jobs.size() > KEPT) {
        jobs.entrySet().removeIf(e -> e.getValue().snapshot().done() && jobs.size() > KEPT);
      }
    }
    // Snapshot first: the worker may finish before execute() returns, and a deploy call
    // answers with the queued state (done=false, Queued), as Salesforce does.
    DeployResult queued = job.snapshot();
    worker.execute(() -> run(job));
    return queued;
  }

  /** A deploy by its 15- or 18-character id. */
  public Optional<DeployResult> find(String id) {
    return job(id).map(DeployJob::snapshot);
  }

  /** Cancels a deploy that has not started yet; empty when the id is unknown. */
  public Optional<DeployResult> cancel(String id, Session session) {
    String userName = org.user(session.userId()).map(u -> String.valueOf(u.get("Name")))
        .orElse(session.userId());
    return job(id).map(j -> j.cancel(session.userId(), userName, org.clock().instant()));
  }

  private Optional<DeployJob> job(String id) {
    String full = Ids.normalize(id);
    synchronized (jobs) {
      return Optional.ofNullable(full == null ? null : jobs.get(full));
    }
  }

  private void run(DeployJob job) {
    byte[] zip = job.begin(org.clock().instant());
    if (zip == null) {
      return;
    }
    ZipDeployer.Outcome outcome;
    try {
      outcome = deployer.deploy(zip, job.snapshot().options(), org.clock().instant());
    } catch (RuntimeException e) {
      LOG.error("deploy {} failed inside devorg", job.id(), e);
      outcome = ZipDeployer.broken(e, org.clock().instant());
    }
    job.finish(outcome, org.clock().instant());
    LOG.info("deploy {} {}: {} components passed, {} failed{}", job.id(), outcome.status(),
        job.snapshot().numberComponentsDeployed(), job.snapshot().numberComponentErrors(),
        outcome.installed() ? "" : ", nothing installed (checkOnly or rolled back)");
  }

  @PreDestroy
  public void close() {
    worker.shutdownNow();
  }
}
