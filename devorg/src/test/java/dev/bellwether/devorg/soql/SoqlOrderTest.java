package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlOrderTest {
  private static final String STARK = "Stark_Industries 100%";
  private final SoqlFixture org = new SampleOrg().org;

  private List<Object> names(String orderBy) {
    return org.column("SELECT Name FROM Account ORDER BY " + orderBy, "Name");
  }

  @Test
  void ascendingPutsNullsFirstByDefault() {
    assertEquals(List.of("Initech", "Globex", "acorn", "Acme Corp", STARK), names("NumberOfEmployees"));
  }

  @Test
  void descendingPutsNullsLastByDefault() {
    assertEquals(List.of(STARK, "Acme Corp", "acorn", "Globex", "Initech"), names("NumberOfEmployees DESC"));
  }

  @Test
  void nullsFirstAndLastOverrideTheDefault() {
    assertEquals(List.of("Globex", "acorn", "Acme Corp", STARK, "Initech"), names("NumberOfEmployees ASC NULLS LAST"));
    assertEquals(List.of("Initech", STARK, "Acme Corp", "acorn", "Globex"), names("NumberOfEmployees DESC NULLS FIRST"));
  }

  @Test
  void textSortsWithoutRegardToCase() {
    assertEquals(List.of("Acme Corp", "acorn", "Globex", "Initech", STARK), names("Name"));
  }

  @Test
  void laterKeysBreakTies() {
    assertEquals(List.of("Initech", "Acme Corp", STARK, "Globex", "acorn"), names("Industry NULLS LAST, Name DESC"));
  }

  @Test
  void relationshipFieldsSort() {
    assertEquals(List.of("Globex", "Initech", "Acme Corp", "acorn", STARK), names("Owner.Name DESC, Name"));
  }

  @Test
  void datesAndDateTimesSort() {
    assertEquals(List.of(STARK, "acorn", "Initech", "Globex", "Acme Corp"), names("CreatedDate DESC"));
    assertEquals(List.of("Acme Renewal", "Globex Deal", "Acme Deal"),
        org.column("SELECT Name FROM Opportunity ORDER BY CloseDate", "Name"));
  }

  @Test
  void equalKeysKeepCreationOrder() {
    assertEquals(List.of("Acme Corp", "Initech", "Globex", STARK, "acorn"), names("Industry NULLS LAST"));
  }
}
