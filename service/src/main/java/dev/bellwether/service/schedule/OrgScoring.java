package dev.bellwether.service.schedule;

import java.util.Optional;

/** An org's scoring as the scheduler runs it: scores when due and says what it did. */
@FunctionalInterface
public interface OrgScoring {

  /** Scores the org if new data calls for it; a one-line summary of the run, empty when none was due. */
  Optional<String> scoreIfDue() throws Exception;
}
