package dev.bellwether.store.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Days from {@code from} (included) to {@code to} (excluded). A scoring day's window ends before the
 * day itself: what is known when scoring runs that morning.
 */
public record DateWindow(LocalDate from, LocalDate to) {

  public DateWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a date window needs from before to, was [" + from + ", " + to + ")");
    }
  }

  /** The {@code days} days before {@code asOf}: [asOf - days, asOf). */
  public static DateWindow before(LocalDate asOf, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a window is at least 1 day, was " + days);
    }
    return new DateWindow(asOf.minusDays(days), asOf);
  }

  /** How many days the window holds. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** Whether a day falls in the window. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && day.isBefore(to);
  }

  /** Whether the two windows share a day. */
  public boolean overlaps(DateWindow other) {
    return from.isBefore(other.to) && other.from.isBefore(to);
  }

  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
