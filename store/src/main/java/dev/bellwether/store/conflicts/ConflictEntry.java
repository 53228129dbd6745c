package dev.bellwether.store.conflicts;

import java.time.Instant;
import java.util.Objects;

/**
 * One decided conflict on a field owned by both sides: which side's value was kept and the value
 * that lost, so an admin can see what was overwritten and restore it by hand.
 *
 * @param id the row id (0 before it is written)
 * @param orgId the org
 * @param object the object
 * @param crmId the record's CRM id
 * @param field the field
 * @param winner the side whose value was kept
 * @param winnerValue the value kept, as JSON text (null for an empty field)
 * @param loserValue the value dropped, as JSON text (null for an empty field)
 * @param decidedAt when the conflict was decided
 */
public record ConflictEntry(long id, String orgId, String object, String crmId, String field, Side winner,
    String winnerValue, String loserValue, Instant decidedAt) {

  /** Where an edit came from. */
  public enum Side {
    CRM, BELLWETHER;

    /** The other side. */
    public Side other() {
      return this == CRM ? BELLWETHER : CRM;
    }

    /** The stored spelling: {@code crm} or {@code bellwether}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Side fromCode(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public ConflictEntry {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(crmId, "crmId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(winner, "winner");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** The side whose value was dropped. */
  public Side loser() {
    return winner.other();
  }
}
