package dev.bellwether.devorg.store;

import dev.bellwether.devorg.schema.ObjectDef;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Fields the org computes (names, closed flags, contract end dates, auto-numbers), so reads
 * look like a real org's without formula support.
 */
final class DerivedFields {
  private DerivedFields() {}

  static void apply(ObjectDef type, String id, Object[] v, Instant now) {
    switch (type.name()) {
      case "User", "Contact" -> set(type, v, "Name", fullName(type, v));
      case "Opportunity" -> {
        String stage = (String) get(type, v, "StageName");
        set(type, v, "IsClosed", stage != null && stage.startsWith("Closed"));
        set(type, v, "IsWon", "Closed Won".equals(stage));
      }
      case "Case" -> {
        boolean closed = "Closed".equals(get(type, v, "Status"));
        set(type, v, "IsClosed", closed);
        if (closed && get(type, v, "ClosedDate") == null) {
          set(type, v, "ClosedDate", now);
        }
        if (!closed) {
          set(type, v, "ClosedDate", null);
        }
        set(type, v, "CaseNumber", String.format("%08d", Ids.sequenceOf(id)));
      }
      case "Contract" -> {
        LocalDate start = (LocalDate) get(type, v, "StartDate");
        Integer term = (Integer) get(type, v, "ContractTerm");
        set(type, v, "EndDate", start == null || term == null ? null : start.plusMonths(term).minusDays(1));
        set(type, v, "ContractNumber", String.format("%08d", Ids.sequenceOf(id) + 99));
      }
      case "Task" -> set(type, v, "IsClosed", "Completed".equals(get(type, v, "Status")));
      default -> { }
    }
  }

  private static String fullName(ObjectDef type, Object[] v) {
    Object first = get(type, v, "FirstName");
    Object last = get(type, v, "LastName");
    if (first == null) {
      return last == null ? null : last.toString();
    }
    return last == null ? first.toString() : first + " " + last;
  }

  private static Object get(ObjectDef type, Object[] v, String field) {
    int i = type.indexOf(field);
    return i < 0 ? null : v[i];
  }

  private static void set(ObjectDef type, Object[] v, String field, Object value) {
    int i = type.indexOf(field);
    if (i >= 0) {
      v[i] = value;
    }
  }
}
