package dev.bellwether.metrics.retention;

/** How an account's ARR moved over a period (domain.md, "Movements in a period"). */
public enum MovementKind {
  /** No ARR at the start, ARR at the end: excluded from every retention ratio. */
  NEW,
  /** ARR at the start, none at the end. */
  CHURNED,
  /** Less ARR at the end than at the start, but some (downsell). */
  CONTRACTED,
  /** More ARR at the end than at the start, which was above zero (upsell, cross-sell). */
  EXPANDED,
  /** The same ARR at both ends. */
  UNCHANGED,
  /** No ARR at either end (a contract that began and ended inside the period). */
  ABSENT
}
