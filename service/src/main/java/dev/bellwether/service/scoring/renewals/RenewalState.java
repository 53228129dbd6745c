package dev.bellwether.service.scoring.renewals;

import dev.bellwether.metrics.renewal.RenewalForecast;
import dev.bellwether.metrics.renewal.RenewalStatus;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A renewal after a run: its status from the CRM's facts, the ARR it renewed for when it closed
 * renewed, and the system's forecast while it is open.
 */
public record RenewalState(ScheduledRenewal renewal, RenewalStatus status, BigDecimal renewedArr,
    Optional<RenewalForecast> forecast) {}
