package dev.bellwether.sync.mapping;

/** Which way a field's values flow, and so who owns it. */
public enum Direction {
  /** CRM to store: the CRM owns the field (names, owners, stages...). */
  INBOUND,
  /** Store to CRM: Bellwether owns the field (computed scores...). */
  OUTBOUND,
  /** Both ways: people edit it on both sides; the later edit wins, the loser goes to the conflict log. */
  BOTH
}
