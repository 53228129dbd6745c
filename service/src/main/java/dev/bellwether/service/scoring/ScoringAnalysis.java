package dev.bellwether.service.scoring;

import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.churn.ChurnModelOutcome;
import dev.bellwether.service.scoring.health.HealthStage;
import dev.bellwether.service.scoring.renewals.RenewalState;
import dev.bellwether.service.scoring.writeback.AccountFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a scoring run computed before writing anything: the CRM version it read (newest
 * SystemModstamp, null for an empty store), the book, health with the
 * snapshots to keep, renewals with forecasts, the churn model and each account's CS_* values.
 */
public record ScoringAnalysis(LocalDate asOf, Instant computedAt, Instant crmVersion, CrmBook book, HealthStage.Outcome health,
    List<RenewalState> renewals, ChurnModelOutcome churn, Map<String, AccountFields> accountFields,
    StageTimings timings) {}
