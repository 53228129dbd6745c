package dev.bellwether.service.reports;

import dev.bellwether.store.scorecards.ScorecardRepository;
import dev.bellwether.store.scorecards.StoredScorecards;
import java.util.Optional;

/** An org that has saved no scorecards, so it runs on the shipped defaults. */
final class NoStoredScorecards implements ScorecardRepository {
  @Override
  public Optional<StoredScorecards> find(String orgId) {
    return Optional.empty();
  }

  @Override
  public StoredScorecards save(String orgId, String yaml, String updatedBy) {
    throw new UnsupportedOperationException("the reports never save scorecards");
  }
}
