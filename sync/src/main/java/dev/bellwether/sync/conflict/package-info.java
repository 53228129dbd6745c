/**
 * Conflicts and loops: each field has one owner (the CRM, Bellwether or both). Inbound versions of
 * records Bellwether has edited keep Bellwether's values; for fields owned by both a three-way rule
 * (the CRM's value against the value the edit started from and the edit itself) tells an untouched
 * field and Bellwether's own echo from a real conflict, which the later edit wins and the conflict
 * log records. Nothing here ever writes to the outbox, so the CRM's echoes never cause writes.
 */
package dev.bellwether.sync.conflict;
