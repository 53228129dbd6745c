/**
 * Outbound sync: drains the store's outbox to the CRM in batches, upserting by external id (or
 * updating by CRM id records without one), and settles each entry by its own result (done, with
 * the local edits it carried confirmed; retried with backoff; or parked).
 */
package dev.bellwether.sync.outbound;
