package dev.bellwether.service.reports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbered reasons for the cells of a table that have no value: each distinct reason gets one
 * number, in the order first met, and the cell shows a dash with it.
 */
final class Footnotes {
  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  /** The cell text for a value that is not defined: {@code – (2)}. */
  String mark(String reason) {
    int number = numbers.computeIfAbsent(reason, r -> numbers.size() + 1);
    return Figures.DASH + " (" + number + ")";
  }

  boolean isEmpty() {
    return numbers.isEmpty();
  }

  /** One line per reason: {@code (2) no NPS answer}. */
  String render() {
    StringBuilder out = new StringBuilder();
    numbers.forEach((reason, number) -> out.append('(').append(number).append(") ").append(reason).append('\n'));
    return out.toString();
  }
}
