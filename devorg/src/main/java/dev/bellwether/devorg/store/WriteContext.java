package dev.bellwether.devorg.store;

import java.time.Instant;

/**
 * Who writes and when. {@code seeding} lets the demo seed set audit dates (CreatedDate) that
 * API clients may not set.
 */
public record WriteContext(String userId, Instant now, boolean seeding) {}
