package dev.bellwether.devorg.seed;

import java.time.LocalDate;

/** A CS touchpoint (QBR, check-in, renewal call) before it has an Id. */
record PlannedTask(
    String subject,
    String status,
    String priority,
    LocalDate activityDate,
    String type,
    String description) {}
