package dev.bellwether.sync.conflict;

import dev.bellwether.store.edits.LocalField;
import dev.bellwether.store.edits.LocalFieldState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The conflict rule for a field owned by both sides. Salesforce keeps one timestamp per record, not
 * per field, so the record's timestamp alone cannot say whether the CRM changed this field; the
 * value the local edit started from (its base) can:
 *
 * <ul>
 *   <li>the CRM's value equals Bellwether's: the CRM has the edit (its echo) → confirmed;
 *   <li>an edit the CRM already accepted: a version stamped before the accepted write was sent is
 *       older than the write → keep; a later one changed the field after it → the CRM's value;
 *   <li>the CRM's value equals the base: the CRM did not touch the field → keep Bellwether's;
 *   <li>otherwise both changed it → the later edit wins: the CRM's record timestamp (LastModifiedDate,
 *       else SystemModstamp) against the local edit's time.
 * </ul>
 *
 * <p>Times are compared by whole seconds, as Salesforce stamps them, and an equal second goes to the
 * CRM: its edit may have come later within that second, and it is the system of record.
 */
public final class ThreeWayRule {

  private ThreeWayRule() {
  }

  /**
   * @param edit the local edit of the field (pending or accepted)
   * @param crmValue the field's value in the inbound version, store form
   * @param crmEditedAt when the CRM last changed the record (LastModifiedDate, else SystemModstamp)
   * @param crmModstamp the version's SystemModstamp
   */
  public static Resolution decide(LocalField edit, Object crmValue, Instant crmEditedAt, Instant crmModstamp) {
    if (edit.state() == LocalFieldState.OWNED) {
      throw new IllegalArgumentException(edit.field() + " is owned by Bellwether; the rule decides fields owned "
          + "by both");
    }
    if (FieldValues.same(crmValue, edit.value())) {
      return Resolution.CONFIRMED;
    }
    if (edit.state() == LocalFieldState.ACCEPTED) {
      boolean olderThanWrite = seconds(crmModstamp).isBefore(seconds(edit.sentAt()));
      return olderThanWrite ? Resolution.KEEP_LOCAL : Resolution.CRM_CHANGED_LATER;
    }
    if (FieldValues.same(crmValue, edit.baseValue())) {
      return Resolution.KEEP_LOCAL;
    }
    return seconds(edit.editedAt()).isAfter(seconds(crmEditedAt)) ? Resolution.BELLWETHER_WINS : Resolution.CRM_WINS;
  }

  private static Instant seconds(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS);
  }
}
