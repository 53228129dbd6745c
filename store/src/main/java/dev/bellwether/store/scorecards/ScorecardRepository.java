package dev.bellwether.store.scorecards;

import java.sql.SQLException;
import java.util.Optional;

/** Each org's scorecards YAML: one document per org, replaced whole on every save. */
public interface ScorecardRepository {

  /** The org's stored document, or empty when it runs on the shipped defaults. */
  Optional<StoredScorecards> find(String orgId) throws SQLException;

  /**
   * Stores the org's document, replacing any earlier one; the caller has validated it.
   *
   * @return the row as stored, stamped with the store's clock
   */
  StoredScorecards save(String orgId, String yaml, String updatedBy) throws SQLException;
}
