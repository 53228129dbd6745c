package dev.bellwether.service.scoring.book;

import java.util.HashMap;
import java.util.Map;

/** One instance per distinct string value while a book loads (a per-load intern pool). */
final class SharedStrings {

  private final Map<String, String> values = new HashMap<>();

  /** The first equal string seen, or this one; null stays null. */
  String of(String value) {
    if (value == null) {
      return null;
    }
    String known = values.putIfAbsent(value, value);
    return known == null ? value : known;
  }
}
