/**
 * The transactional outbox: record changes bound for the CRM, enqueued in the transaction that
 * makes them and drained later by the sync's outbound side.
 */
package dev.bellwether.store.outbox;
