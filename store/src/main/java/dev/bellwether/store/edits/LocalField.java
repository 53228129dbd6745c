package dev.bellwether.store.edits;

import java.time.Instant;
import java.util.Objects;

/**
 * One field Bellwether set on a record. Values are in store form (text, booleans, Long, BigDecimal,
 * ISO text for dates and times; null for an empty field).
 *
 * @param field the CRM field's API name, as the mapping spells it
 * @param state where it stands
 * @param value Bellwether's value
 * @param baseValue for a field owned by both: the CRM value the edit overrides (null when the CRM
 *     had none, e.g. a record it does not have yet); unused for owned fields
 * @param editedAt when Bellwether last edited the field (the local side of "the later edit wins")
 * @param outboxId the outbox row the value rides on, or null
 * @param sentAt for an accepted edit: when the write the CRM accepted was sent, else null
 */
public record LocalField(String field, LocalFieldState state, Object value, Object baseValue, Instant editedAt,
    Long outboxId, Instant sentAt) {

  public LocalField {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(editedAt, "editedAt");
  }

  /** An outbound field's value, Bellwether's for good. */
  public static LocalField owned(String field, Object value, Instant editedAt, Long outboxId) {
    return new LocalField(field, LocalFieldState.OWNED, value, null, editedAt, outboxId, null);
  }

  /** An edit of a field owned by both, waiting for the CRM. */
  public static LocalField pending(String field, Object value, Object baseValue, Instant editedAt, Long outboxId) {
    return new LocalField(field, LocalFieldState.PENDING, value, baseValue, editedAt, outboxId, null);
  }

  /** The same edit, now overriding another CRM value (Bellwether won a conflict against it). */
  public LocalField rebased(Object newBase) {
    return new LocalField(field, state, value, newBase, editedAt, outboxId, sentAt);
  }
}
