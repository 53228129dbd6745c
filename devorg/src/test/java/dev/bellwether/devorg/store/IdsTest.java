package dev.bellwether.devorg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void caseSafeSuffixEncodesUppercasePositionsPerFiveCharacterChunk() {
    // "00D00": only position 2 is uppercase → bit 2 → 4 → 'E'; the other chunks have none → 'A'.
    assertEquals("00D000000000001EAA", Ids.caseSafe("00D000000000001"));
    // "001Ab": A at position 3 → 8 → 'I'; "C0000": C at 0 → 1 → 'B'; "0000z": none → 'A'.
    assertEquals("001AbC00000000zIBA", Ids.caseSafe("001AbC00000000z"));
  }

  @Test
  void normalizeAcceptsFifteenCharactersAndRejectsWrongSuffixOrCharacters() {
    assertEquals("001000000000001AAA", Ids.normalize("001000000000001"));
    assertEquals("001000000000001AAA", Ids.normalize("001000000000001aaa"));
    assertNull(Ids.normalize("001000000000001ABC"));
    assertNull(Ids.normalize("001-00000000001"));
    assertNull(Ids.normalize("001"));
    assertNull(Ids.normalize(null));
  }

  @Test
  void sequenceRoundTripsThroughBase62() {
    for (long n : new long[] {1, 61, 62, 3843, 1_000_000, 56_800_235_583L}) {
      assertEquals(n, Ids.sequenceOf(Ids.of("001", n)));
    }
    // 61 is the last one-digit base-62 number: "z"; no uppercase letters, so suffix AAA.
    assertEquals("00100000000000zAAA", Ids.of("001", 61));
    assertEquals("001000000000010AAA", Ids.of("001", 62));
  }
}
