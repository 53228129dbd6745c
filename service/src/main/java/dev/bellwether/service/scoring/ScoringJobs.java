package dev.bellwether.service.scoring;

import dev.bellwether.metrics.churn.ChurnReasonTaxonomy;
import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.service.scorecards.ScorecardSource;
import dev.bellwether.service.scorecards.ScorecardsException;
import dev.bellwether.service.scoring.signals.StoreSignalSource;
import dev.bellwether.service.scoring.writeback.ScoringMessages;
import dev.bellwether.store.Store;
import dev.bellwether.sync.local.LocalEdits;
import dev.bellwether.sync.mapping.Mappings;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;

/** Builds an org's {@link ScoringJob} from the store: its scorecards, signals and local edits. */
public final class ScoringJobs {

  private ScoringJobs() {}

  public static ScoringJob create(Store store, String orgId, Mappings mappings, ScoringSettings settings, Locale locale,
      Clock clock, String instanceId) throws SQLException, ScorecardsException {
    ScorecardSet scorecards = new ScorecardSource(store.scorecards()).forOrg(orgId);
    return new ScoringJob(store, orgId, settings, scorecards, new StoreSignalSource(store),
        new LocalEdits(orgId, mappings, store, clock), new ScoringMessages(locale), ChurnReasonTaxonomy.defaults(),
        clock, instanceId);
  }
}
