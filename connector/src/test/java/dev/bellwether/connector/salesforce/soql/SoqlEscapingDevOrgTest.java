package dev.bellwether.connector.salesforce.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.salesforce.soql.Condition.Like;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values through the builder against devorg over real HTTP: each one, used as a literal,
 * matches exactly the record that carries it and nothing else.
 */
class SoqlEscapingDevOrgTest {
  @RegisterExtension
  static final DevOrgAccounts accounts = new DevOrgAccounts();

  static Stream<String> hostileNames() {
    return Stream.of(
        "O'Brien & Sons", "''", "Say \"hello\"", "\"", "back\\slash", "trailing backslash\\", "\\", "\\\\",
        "\\'", "\\\\'", "'\\", "line1\nline2", "cr\rreturn", "\r\n", "tab\there", "' OR Name != '",
        "' OR '1'='1", "x' AND Name LIKE '%", "%", "_", "\\%", "\\_", "100%_done", "null", "Name = null",
        "/* comment */ --", "); DELETE", "고객 성공", "🚀", "launch 🚀🚀 now", "zero\u200bwidth",
        "\u202Eright-to-left override", "\u200Fmark", "مرحبا بالعالم", "line\u2028separator", "é vs e\u0301",
        "A".repeat(255), "'\\\"%_\n".repeat(42) + "end");
  }

  @ParameterizedTest
  @MethodSource("hostileNames")
  void aHostileNameIsMatchedExactlyByAnEqualityLiteral(String name) throws Exception {
    String id = accounts.insert(name);
    String soql = SoqlBuilder.select("Id", "Name").from("Account").where(Condition.eq("Name", name)).build();

    JsonNode records = accounts.query(soql);

    assertEquals(1, records.size(), () -> soql + " -> " + records);
    assertEquals(id, records.get(0).get("Id").asText());
    assertEquals(name, records.get(0).get("Name").asText());
  }

  @Test
  void everyHostileNameInOneInListMatchesOnlyThoseRecords() throws Exception {
    List<String> names = hostileNames().filter(n -> n.length() < 200).map(n -> "in-list " + n).toList();
    List<String> ids = accounts.insertAll(names);
    String soql = SoqlBuilder.select("Id", "Name").from("Account").where(new Condition.In("Name", names))
        .orderBy("Id", true).build();

    JsonNode records = accounts.query(soql);

    Set<String> found = new TreeSet<>();
    records.forEach(r -> found.add(r.get("Id").asText()));
    assertEquals(new TreeSet<>(ids), found);
  }

  @Test
  void aLikeContainingLiteralWildcardsMatchesOnlyTheIntendedRecord() throws Exception {
    String percent = accounts.insert("Promo 50% off");
    accounts.insert("Promo 50X off");
    String underscore = accounts.insert("like snake_case");
    accounts.insert("like snakeXcase");
    String backslash = accounts.insert("like C:\\dir\\");
    accounts.insert("like C:dir");

    assertEquals(List.of(percent), ids(Like.contains("Name", "50% off")));
    assertEquals(List.of(underscore), ids(Like.contains("Name", "snake_case")));
    assertEquals(List.of(backslash), ids(Like.contains("Name", "C:\\dir\\")));
    assertEquals(List.of(percent), ids(Like.startsWith("Name", "Promo 50%")));
  }

  @Test
  void unescapedWildcardsInALikePatternStillMatchAnything() throws Exception {
    accounts.insert("wild a_b");
    accounts.insert("wild aXb");

    assertEquals(2, ids(new Like("Name", "wild a_b")).size());
    assertEquals(2, ids(new Like("Name", "wild a%")).size());
  }

  private static List<String> ids(Condition where) throws Exception {
    String soql = SoqlBuilder.select("Id").from("Account").where(where).orderBy("Id", true).build();
    List<String> ids = new ArrayList<>();
    accounts.query(soql).forEach(r -> ids.add(r.get("Id").asText()));
    return ids;
  }
}
