package dev.bellwether.sync.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which way a field's values flow, and so who owns it. */
public enum Direction {
  /** CRM to store: the CRM owns the field (names, owners, stages...). */
  INBOUND,
  /** Store to CRM: Bellwether owns the field (computed scores...). */
  OUTBOUND,
  /** Both ways: people edit it on both sides; the later edit wins, the loser goes to the conflict log. */
  BOTH;

  /** The word a mappings file uses for this direction: inbound, outbound or both. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The direction a mappings file's word names, ignoring case. */
  public static Optional<Direction> ofKeyword(String word) {
    return Arrays.stream(values()).filter(d -> d.keyword().equalsIgnoreCase(word.trim())).findFirst();
  }
}
