package dev.bellwether.connector;

import java.time.Instant;

/**
 * A record the CRM reports deleted.
 *
 * @param id the deleted record's id
 * @param deletedAt when it was deleted
 */
public record DeletedRecord(String id, Instant deletedAt) {
}
