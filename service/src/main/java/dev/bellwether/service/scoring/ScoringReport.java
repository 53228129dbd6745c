package dev.bellwether.service.scoring;

import dev.bellwether.service.scoring.churn.ChurnModelOutcome;
import dev.bellwether.service.scoring.writeback.WriteCounts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one scoring run did: accounts scored and with a score, renewals tracked and open, the
 * churn model's outcome, what went to the outbox, and each stage's time.
 */
public record ScoringReport(String orgId, LocalDate asOf, int accounts, int scored, int renewals, int openRenewals,
    ChurnModelOutcome churn, WriteCounts writes, Map<String, Duration> stages, Duration total) {}
