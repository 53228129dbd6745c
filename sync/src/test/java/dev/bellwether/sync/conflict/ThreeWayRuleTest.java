package dev.bellwether.sync.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.edits.LocalField;
import dev.bellwether.store.edits.LocalFieldState;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three-way rule for fields owned by both sides, with hand-picked values and times. */
class ThreeWayRuleTest {

  private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

  /** A pending edit of Rating from Cold (the CRM's value then) to Hot, made at T. */
  private static final LocalField PENDING = LocalField.pending("Rating", "Hot", "Cold", T, 7L);

  @Test
  void crmValueEqualToBellwethersIsItsEchoWhateverTheTimes() {
    assertEquals(Resolution.CONFIRMED, ThreeWayRule.decide(PENDING, "Hot", T.minusSeconds(60), T.minusSeconds(60)));
    assertEquals(Resolution.CONFIRMED, ThreeWayRule.decide(PENDING, "Hot", T.plusSeconds(60), T.plusSeconds(60)));
    assertEquals(Resolution.CONFIRMED, ThreeWayRule.decide(accepted(T.plusSeconds(5)), "Hot", T.plusSeconds(9),
        T.plusSeconds(9)));
  }

  @Test
  void crmValueEqualToTheBaseMeansTheCrmDidNotTouchTheField() {
    // The CRM changed the record later (another field), not this field: no conflict, however late.
    assertEquals(Resolution.KEEP_LOCAL, ThreeWayRule.decide(PENDING, "Cold", T.plusSeconds(3600), T.plusSeconds(3600)));
  }

  @Test
  void bothChangedTheLaterEditWinsByTheSecond() {
    assertEquals(Resolution.CRM_WINS, ThreeWayRule.decide(PENDING, "Warm", T.plusSeconds(1), T.plusSeconds(1)));
    assertEquals(Resolution.BELLWETHER_WINS,
        ThreeWayRule.decide(PENDING, "Warm", T.minusSeconds(1), T.minusSeconds(1)));
    assertTrue(Resolution.CRM_WINS.conflict());
    assertTrue(Resolution.BELLWETHER_WINS.conflict());
  }

  @Test
  void theSameSecondGoesToTheCrmWhoseStampsAreTruncated() {
    LocalField editedLateInTheSecond = LocalField.pending("Rating", "Hot", "Cold", T.plusMillis(900), 7L);
    assertEquals(Resolution.CRM_WINS, ThreeWayRule.decide(editedLateInTheSecond, "Warm", T, T));
    assertEquals(Resolution.BELLWETHER_WINS, ThreeWayRule.decide(
        LocalField.pending("Rating", "Hot", "Cold", T.plusMillis(1000), 7L), "Warm", T.plusMillis(999), T));
  }

  @Test
  void crmRecordTimeNotItsStampDecidesWhenGiven() {
    // LastModifiedDate (a person's edit) before the local edit, SystemModstamp (a system job) after it.
    assertEquals(Resolution.BELLWETHER_WINS, ThreeWayRule.decide(PENDING, "Warm", T.minusSeconds(30),
        T.plusSeconds(30)));
  }

  @Test
  void acceptedEditKeepsItsValueAgainstVersionsOlderThanTheWriteAndYieldsToLaterOnes() {
    LocalField sent = accepted(T.plusSeconds(10));
    assertEquals(Resolution.KEEP_LOCAL, ThreeWayRule.decide(sent, "Cold", T.plusSeconds(5), T.plusSeconds(5)),
        "read before the write landed");
    assertEquals(Resolution.CRM_CHANGED_LATER, ThreeWayRule.decide(sent, "Warm", T.plusSeconds(20), T.plusSeconds(20)));
    assertEquals(Resolution.CRM_CHANGED_LATER, ThreeWayRule.decide(sent, "Cold", T.plusSeconds(20), T.plusSeconds(20)),
        "a person put the old value back after the write");
    assertFalse(Resolution.CRM_CHANGED_LATER.conflict());
  }

  @Test
  void emptyValuesTakePartLikeAnyOther() {
    LocalField clearing = LocalField.pending("Description", null, "old text", T, 7L);
    assertEquals(Resolution.CONFIRMED, ThreeWayRule.decide(clearing, null, T.plusSeconds(9), T.plusSeconds(9)));
    assertEquals(Resolution.KEEP_LOCAL, ThreeWayRule.decide(clearing, "old text", T.plusSeconds(9), T.plusSeconds(9)));
    LocalField fillingEmpty = LocalField.pending("Description", "new", null, T, 7L);
    assertEquals(Resolution.KEEP_LOCAL, ThreeWayRule.decide(fillingEmpty, null, T.plusSeconds(9), T.plusSeconds(9)));
    assertEquals(Resolution.CRM_WINS, ThreeWayRule.decide(fillingEmpty, "other", T.plusSeconds(9), T.plusSeconds(9)));
  }

  @Test
  void numbersCompareByValueWhateverTheirForm() {
    LocalField score = LocalField.pending("ARR__c", 1000L, new BigDecimal("900.00"), T, 7L);
    assertEquals(Resolution.CONFIRMED, ThreeWayRule.decide(score, new BigDecimal("1000.0"), T, T));
    assertEquals(Resolution.KEEP_LOCAL, ThreeWayRule.decide(score, 900L, T.plusSeconds(9), T.plusSeconds(9)));
    assertTrue(FieldValues.same("2026-03-02T08:00:00Z", "2026-03-02T08:00:00.000Z"));
    assertTrue(FieldValues.same(Boolean.TRUE, "true"));
    assertFalse(FieldValues.same("72", "72.0x"));
    assertFalse(FieldValues.same(null, ""));
  }

  @Test
  void ownedFieldsAreNotDecidedByTheRule() {
    LocalField owned = LocalField.owned("CS_Health_Score__c", 72L, T, 7L);
    assertThrows(IllegalArgumentException.class, () -> ThreeWayRule.decide(owned, 50L, T, T));
  }

  @Test
  void crmEditTimeIsLastModifiedDateWhenMappedElseSystemModstamp() {
    ObjectMapping withLastModified = new ObjectMapping("Account", null, List.of(
        new FieldMapping("Rating", Direction.BOTH), new FieldMapping("LastModifiedDate", Direction.INBOUND)));
    ObjectMapping without = new ObjectMapping("Account", null, List.of(new FieldMapping("Rating", Direction.BOTH)));
    StoredRecord version = new StoredRecord("00D000000000001EAA", "Account", "001A",
        Map.of("Rating", "Warm", "LastModifiedDate", "2026-03-02T07:59:00Z"), T, false);

    assertEquals(T.minusSeconds(60), InboundConflictResolver.crmEditedAt(withLastModified, version));
    assertEquals(T, InboundConflictResolver.crmEditedAt(without, version));
  }

  private static LocalField accepted(Instant sentAt) {
    return new LocalField("Rating", LocalFieldState.ACCEPTED, "Hot", "Cold", T, 7L, sentAt);
  }
}
