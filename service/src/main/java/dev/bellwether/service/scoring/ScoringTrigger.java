package dev.bellwether.service.scoring;

import dev.bellwether.store.Store;
import dev.bellwether.store.scoring.ScoringRunRow;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides when the scheduler scores an org: after a sync took in CRM changes the last scoring run
 * had not read (a newer SystemModstamp than the run's CRM version; Bellwether's own edits do not
 * move it, and the echo of its writes triggers one run that finds nothing to change), and at least
 * every {@code maxAge} anyway (windows and trends move with the days, and ingested signals do not
 * touch CRM records).
 */
public final class ScoringTrigger {

  /** Builds the org's scoring job when one is due. */
  @FunctionalInterface
  public interface JobFactory {
    ScoringJob create() throws Exception;
  }

  private final Store store;
  private final String orgId;
  private final JobFactory jobs;
  private final Duration maxAge;
  private final Clock clock;

  public ScoringTrigger(Store store, String orgId, JobFactory jobs, Duration maxAge, Clock clock) {
    this.store = store;
    this.orgId = orgId;
    this.jobs = jobs;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** Whether a run is due now, and why (for the job line). */
  public Optional<String> due() throws SQLException {
    Optional<ScoringRunRow> last = store.scoring().runs().latest(orgId);
    Optional<Instant> version = store.records().crmVersion(orgId);
    if (last.isEmpty()) {
      return version.isPresent() ? Optional.of("never scored") : Optional.empty();
    }
    Instant lastStart = last.get().startedAt();
    Instant read = last.get().crmVersion();
    if (version.isPresent() && (read == null || version.get().isAfter(read))) {
      return Optional.of("CRM changes since the run of " + lastStart);
    }
    if (!lastStart.isAfter(clock.instant().minus(maxAge))) {
      return Optional.of("last scored " + lastStart);
    }
    return Optional.empty();
  }

  /** Runs the scoring job when one is due; empty when nothing called for it. */
  public Optional<ScoringReport> runIfDue() throws Exception {
    if (due().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(jobs.create().run());
  }
}
