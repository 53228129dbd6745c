package dev.bellwether.sync.inbound;

/**
 * An object whose inbound run failed; the others still ran.
 *
 * @param object the CRM object
 * @param error why, with the CRM's or the database's own code in its message
 */
public record ObjectFailure(String object, Exception error) {
}
