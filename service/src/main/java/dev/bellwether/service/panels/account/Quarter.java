package dev.bellwether.service.panels.account;

import java.time.LocalDate;

/**
 * A calendar quarter: the period a QBR reviews.
 *
 * @param year e.g. 2026
 * @param number 1–4
 */
record Quarter(int year, int number) {

  Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a quarter is numbered 1-4, was " + number);
    }
  }

  /** The last quarter that has ended by {@code today}: a QBR reviews a whole quarter. */
  static Quarter lastEnded(LocalDate today) {
    int current = (today.getMonthValue() - 1) / 3 + 1;
    return current == 1 ? new Quarter(today.getYear() - 1, 4) : new Quarter(today.getYear(), current - 1);
  }

  LocalDate start() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }
}
