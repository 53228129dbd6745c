/**
 * Local edits: the values Bellwether itself set on CRM records (fields it owns, and fields owned by
 * both sides until the CRM confirms them), kept apart from {@code crm_record} because each inbound
 * upsert replaces a record's fields whole; and the store's view of records rewritten with them.
 */
package dev.bellwether.store.edits;
