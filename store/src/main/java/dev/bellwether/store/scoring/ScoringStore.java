package dev.bellwether.store.scoring;

import dev.bellwether.store.SqlDialect;
import javax.sql.DataSource;

/** The scoring tables' repositories, reached from {@code Store#scoring()}. */
public record ScoringStore(
    HealthSnapshotRepository snapshots,
    HealthOverrideRepository overrides,
    ChurnRiskRepository churnRisks,
    ChurnModelRepository churnModels,
    ScoringRunRepository runs) {

  /** The repositories over one database. */
  public static ScoringStore over(DataSource dataSource, SqlDialect dialect) {
    return new ScoringStore(new HealthSnapshotRepository(dataSource, dialect),
        new HealthOverrideRepository(dataSource, dialect), new ChurnRiskRepository(dataSource, dialect),
        new ChurnModelRepository(dataSource, dialect), new ScoringRunRepository(dataSource));
  }
}
