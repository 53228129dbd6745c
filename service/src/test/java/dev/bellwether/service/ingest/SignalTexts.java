package dev.bellwether.service.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Signal inputs for tests: the same records as NDJSON, a JSON array or CSV. */
final class SignalTexts {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SignalTexts() {
  }

  /** A record from name, value pairs, in order. */
  static Map<String, Object> rec(Object... namesAndValues) {
    Map<String, Object> r = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      r.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return r;
  }

  static String ndjson(List<Map<String, Object>> records) {
    return records.stream().map(SignalTexts::json).collect(Collectors.joining("\n", "", "\n"));
  }

  /** A JSON array, one element a line: element i is on line i + 2. */
  static String jsonArray(List<Map<String, Object>> records) {
    return records.stream().map(SignalTexts::json).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  /** CSV with a header of every field seen, empty cells where a record lacks one. */
  static String csv(List<Map<String, Object>> records) {
    List<String> header = new ArrayList<>();
    records.forEach(r -> r.keySet().stream().filter(k -> !header.contains(k)).forEach(header::add));
    StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
    for (Map<String, Object> r : records) {
      out.append(header.stream().map(h -> cell(r.get(h))).collect(Collectors.joining(","))).append('\n');
    }
    return out.toString();
  }

  static String in(InputFormat format, List<Map<String, Object>> records) {
    return switch (format) {
      case JSON -> jsonArray(records);
      case NDJSON -> ndjson(records);
      case CSV -> csv(records);
    };
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static String json(Map<String, Object> record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Three usage lines of each type. */
  static List<Map<String, Object>> usage() {
    return List.of(
        rec("event_id", "ev-1", "account_id", "A", "user_id", "u1", "feature", "reports",
            "occurred_at", "2024-03-05T10:00:00Z"),
        rec("type", "weekly", "account_id", "A", "week_start", "2024-03-04", "feature", "dashboards",
            "active_users", 7, "events", 40, "licensed_seats", 10),
        rec("type", "milestone", "account_id", "A", "event", "first_login", "occurred_at", "2024-01-02T09:00:00Z"));
  }

  static List<Map<String, Object>> surveys() {
    return List.of(
        rec("account_id", "A", "contact_id", "003A", "survey", "NPS", "score", 9,
            "answered_at", "2024-03-01T10:00:00Z", "comment", "Great, \"really\""),
        rec("account_id", "A", "contact_id", "003B", "survey", "NPS", "score", 3,
            "answered_at", "2024-03-02T10:00:00Z", "comment", ""),
        rec("account_id", "B", "contact_id", "003C", "survey", "CSAT", "score", 5,
            "answered_at", "2024-03-03T10:00:00Z", "comment", "Fixed on the first reply."));
  }

  static List<Map<String, Object>> invoices() {
    return List.of(
        rec("account_id", "A", "invoice_number", "INV-0000001", "issued_on", "2024-01-01", "due_on", "2024-01-31",
            "amount", "1000.00", "currency", "USD", "paid_on", "2024-01-20"),
        rec("account_id", "A", "invoice_number", "INV-0000002", "issued_on", "2024-02-01", "due_on", "2024-03-02",
            "amount", "1000.00", "currency", "USD", "paid_on", ""),
        rec("account_id", "B", "invoice_number", "INV-0000003", "issued_on", "2024-02-01", "due_on", "2024-03-02",
            "amount", "250.5", "currency", "EUR", "paid_on", null));
  }
}
