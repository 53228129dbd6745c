/**
 * Local edits: Bellwether's own changes to CRM records (computed scores, panel forms), validated
 * against the mappings, written to the store's view of the record and to the transactional outbox
 * in one transaction, and remembered per field until the CRM confirms them.
 */
package dev.bellwether.sync.local;
