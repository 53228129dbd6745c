package dev.bellwether.connector.salesforce.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeded random names from a nasty alphabet survive insert and an equality query built by
 * {@link SoqlBuilder}: the query finds exactly the record, with the exact name.
 */
class SoqlRoundTripPropertyTest {
  private static final long SEED = 0x5eed_50a1L;
  private static final int COUNT = 300;
  private static final int MAX_LENGTH = 60;
  /** Units a name is built from; SOQL-significant characters are over-represented on purpose. */
  private static final String[] ALPHABET = {
      "'", "'", "\"", "\\", "\\", "%", "_", "\n", "\r", "\t", " ", " ", "(", ")", ",", "=", "!", "<", ">",
      "-", "/", "*", ":", ";", "a", "Z", "0", "9", "é", "e\u0301", "ß", "고", "객", "🚀", "😀", "\u200b",
      "\u202e", "\u200f", "ا", "\u2028", "\u00a0", "\ufeff", "\u007f", "{", "}", "$", "@", "#", "?", "^"};

  @RegisterExtension
  static final DevOrgAccounts accounts = new DevOrgAccounts();

  @Test
  void randomNastyNamesRoundTripThroughInsertAndEqualityQuery() throws Exception {
    List<String> names = distinctRandomNames(new Random(SEED));
    List<String> ids = accounts.insertAll(names);

    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String soql = SoqlBuilder.select("Id", "Name").from("Account").where(Condition.eq("Name", name)).build();
      JsonNode records = accounts.query(soql);
      String context = "seed " + SEED + ", name #" + i + " " + SoqlLiteral.quote(name);
      assertEquals(1, records.size(), () -> context + " -> " + records);
      assertEquals(ids.get(i), records.get(0).get("Id").asText(), context);
      assertEquals(name, records.get(0).get("Name").asText(), context);
    }
  }

  /** Names compare without regard to case in SOQL, so case-twins are dropped to keep one match each. */
  private static List<String> distinctRandomNames(Random random) {
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    List<String> names = new ArrayList<>();
    while (names.size() < COUNT) {
      StringBuilder name = new StringBuilder();
      int units = 1 + random.nextInt(MAX_LENGTH);
      for (int i = 0; i < units; i++) {
        name.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String candidate = name.toString();
      if (!candidate.isBlank() && seen.add(candidate)) {
        names.add(candidate);
      }
    }
    return names;
  }
}
