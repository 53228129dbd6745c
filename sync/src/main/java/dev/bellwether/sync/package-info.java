/**
 * The sync engine: mappings, inbound (first load, incremental polls, deletions), outbound
 * (outbox), conflict rules. Knows neither HTTP nor scoring; talks to the CRM only through the
 * connector port.
 */
package dev.bellwether.sync;
