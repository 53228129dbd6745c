package dev.bellwether.service.scoring.book;

import java.time.Instant;

/**
 * A contact who is a champion or sponsor of an account; {@code leftAt} is when the CRM last saw it
 * change if it was deleted or moved to another account, null while it is still there.
 */
public record ContactRow(String id, String accountId, String title, Instant leftAt) {}
