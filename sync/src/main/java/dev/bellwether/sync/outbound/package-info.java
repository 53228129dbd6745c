/**
 * Outbound sync: drains the store's outbox to the CRM in batches, upserting by external id, and
 * settles each entry by its own result (done, retried with backoff, or parked).
 */
package dev.bellwether.sync.outbound;
