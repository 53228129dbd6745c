package dev.bellwether.service.scorecards;

import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.store.scorecards.ScorecardRepository;
import dev.bellwether.store.scorecards.StoredScorecards;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an org's scorecards come from: the document its admin saved, else the shipped defaults
 * ({@value #DEFAULTS_RESOURCE}). The scoring job asks it for every run; the admin API saves
 * through it, so only a document that validates is ever stored.
 */
public final class ScorecardSource {
  /** The shipped defaults, on the classpath. */
  public static final String DEFAULTS_RESOURCE = "scorecards/default.yaml";
  /** How a document sent to the admin API is named in its problems. */
  public static final String DOCUMENT_NAME = "scorecards.yaml";

  private final ScorecardRepository repository;
  private final String defaultYaml;
  private final ScorecardSet defaults;

  /**
   * A source over the store's scorecards.
   *
   * @throws IllegalStateException when the shipped defaults are missing or invalid (a build bug)
   */
  public ScorecardSource(ScorecardRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.defaultYaml = defaultYaml();
    try {
      this.defaults = ScorecardsLoader.parse("classpath:" + DEFAULTS_RESOURCE, defaultYaml);
    } catch (ScorecardsException e) {
      throw new IllegalStateException("the shipped scorecards are invalid:\n" + e.getMessage(), e);
    }
  }

  /** The text of the shipped defaults. */
  public static String defaultYaml() {
    try (InputStream in = ScorecardSource.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath:" + DEFAULTS_RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read classpath:" + DEFAULTS_RESOURCE, e);
    }
  }

  /** The shipped default scorecards. */
  public ScorecardSet defaults() {
    return defaults;
  }

  /**
   * The scorecards the org is scored with: its own document, else the defaults.
   *
   * @throws ScorecardsException when the org's stored document no longer validates (say, after an
   *     upgrade renamed a measure); the problems name the org, and nothing is silently defaulted
   */
  public ScorecardSet forOrg(String orgId) throws SQLException, ScorecardsException {
    Optional<StoredScorecards> stored = repository.find(orgId);
    if (stored.isEmpty()) {
      return defaults;
    }
    return ScorecardsLoader.parse("org " + orgId + " scorecards", stored.get().yaml());
  }

  /** The YAML the org runs on, and whether it is its own. */
  public ScorecardDocument document(String orgId) throws SQLException {
    Optional<StoredScorecards> stored = orgId == null ? Optional.empty() : repository.find(orgId);
    return new ScorecardDocument(stored.map(StoredScorecards::yaml).orElse(defaultYaml), stored);
  }

  /**
   * Validates a document and, when it is valid, stores it as the org's.
   *
   * @return the scorecards it holds and the stored row
   * @throws ScorecardsException listing every problem as {@code scorecards.yaml:LINE: path: message};
   *     nothing is stored then
   */
  public Saved save(String orgId, String yaml, String updatedBy) throws SQLException, ScorecardsException {
    ScorecardSet scorecards = ScorecardsLoader.parse(DOCUMENT_NAME, yaml);
    return new Saved(scorecards, repository.save(orgId, yaml, updatedBy));
  }

  /**
   * A document that was stored.
   *
   * @param scorecards what it holds
   * @param stored the row as stored
   */
  public record Saved(ScorecardSet scorecards, StoredScorecards stored) {}
}
