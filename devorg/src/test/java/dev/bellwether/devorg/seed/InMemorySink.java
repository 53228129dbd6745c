package dev.bellwether.devorg.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SeedSink} that keeps records in memory, hands out Salesforce-shaped 18-char Ids, and
 * rejects anything the devorg schema would: unknown objects or fields, missing required fields,
 * wrong value types.
 */
final class InMemorySink implements SeedSink {

  /** One inserted record. */
  record Row(String type, String id, Map<String, Object> fields) {
    Object get(String field) {
      return fields.get(field);
    }

    String string(String field) {
      return (String) fields.get(field);
    }
  }

  static final Map<String, String> KEY_PREFIX = Map.of(
      "User", "005", "Account", "001", "Contact", "003", "Opportunity", "006",
      "Contract", "800", "Case", "500", "Task", "00T");
  static final Map<String, Set<String>> FIELDS = Map.of(
      "User", Set.of("Username", "FirstName", "LastName", "Email", "Alias", "Title",
          "Department", "IsActive", "ManagerId", "TimeZoneSidKey", "LocaleSidKey",
          "LanguageLocaleKey"),
      "Account", Set.of("Name", "Type", "Industry", "AnnualRevenue", "NumberOfEmployees",
          "BillingCity", "BillingState", "BillingCountry", "Phone", "Website", "OwnerId", "Rating",
          "Description", "AccountNumber"),
      "Contact", Set.of("FirstName", "LastName", "Email", "Phone", "Title", "AccountId",
          "OwnerId"),
      "Contract", Set.of("AccountId", "Status", "StartDate", "ContractTerm", "OwnerId",
          "Description"),
      "Opportunity", Set.of("Name", "AccountId", "ContractId", "StageName", "CloseDate",
          "Amount", "Type", "OwnerId", "Description"),
      "Case", Set.of("Subject", "Description", "Status", "Priority", "Origin", "Type",
          "AccountId", "ContactId", "OwnerId", "ClosedDate", "CreatedDate"),
      "Task", Set.of("Subject", "Status", "Priority", "ActivityDate", "WhatId", "OwnerId", "Type",
          "Description"));
  static final Map<String, Set<String>> REQUIRED = Map.of(
      "User", Set.of("Username", "LastName", "Email", "Alias", "TimeZoneSidKey", "LocaleSidKey",
          "LanguageLocaleKey"),
      "Account", Set.of("Name"),
      "Contact", Set.of("LastName"),
      "Contract", Set.of("AccountId", "Status", "StartDate", "ContractTerm"),
      "Opportunity", Set.of("Name", "StageName", "CloseDate"),
      "Case", Set.of("Status", "CreatedDate"),
      "Task", Set.of("Subject", "Status", "Priority"));
  private static final Map<String, Class<?>> FIELD_TYPES = Map.ofEntries(
      Map.entry("IsActive", Boolean.class),
      Map.entry("AnnualRevenue", BigDecimal.class),
      Map.entry("NumberOfEmployees", Integer.class),
      Map.entry("Amount", BigDecimal.class),
      Map.entry("ContractTerm", Integer.class),
      Map.entry("StartDate", LocalDate.class),
      Map.entry("CloseDate", LocalDate.class),
      Map.entry("ActivityDate", LocalDate.class),
      Map.entry("ClosedDate", Instant.class),
      Map.entry("CreatedDate", Instant.class));
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Row> byId = new HashMap<>();
  private final Map<String, Integer> sequence = new HashMap<>();

  @Override
  public String insert(String sobjectType, Map<String, Object> fields) {
    Set<String> allowed = FIELDS.get(sobjectType);
    if (allowed == null) {
      throw new IllegalArgumentException("devorg has no sObject " + sobjectType);
    }
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      String name = field.getKey();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(sobjectType + " has no field " + name);
      }
      Class<?> expected = FIELD_TYPES.getOrDefault(name, String.class);
      if (!expected.isInstance(field.getValue())) {
        throw new IllegalArgumentException(sobjectType + "." + name + " must be a "
            + expected.getSimpleName() + ", was " + field.getValue());
      }
    }
    for (String required : REQUIRED.get(sobjectType)) {
      if (fields.get(required) == null) {
        throw new IllegalArgumentException(sobjectType + "." + required + " is required");
      }
    }
    String id = id(KEY_PREFIX.get(sobjectType), sequence.merge(sobjectType, 1, Integer::sum));
    Row row = new Row(sobjectType, id, Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    rows.add(row);
    byId.put(id, row);
    return id;
  }

  List<Row> rows() {
    return rows;
  }

  List<Row> rows(String type) {
    return rows.stream().filter(r -> r.type().equals(type)).toList();
  }

  Row byId(String id) {
    return byId.get(id);
  }

  /** Prefix, a fake pod and a base-62 counter make 15 chars; Salesforce's checksum makes 18. */
  static String id(String prefix, int n) {
    StringBuilder digits = new StringBuilder();
    for (int v = n; v > 0; v /= 62) {
      digits.insert(0, BASE62.charAt(v % 62));
    }
    String id15 = prefix + "Dv" + "0".repeat(10 - digits.length()) + digits;
    StringBuilder suffix = new StringBuilder(3);
    for (int chunk = 0; chunk < 3; chunk++) {
      int flags = 0;
      for (int j = 0; j < 5; j++) {
        char c = id15.charAt(chunk * 5 + j);
        if (c >= 'A' && c <= 'Z') {
          flags |= 1 << j;
        }
      }
      suffix.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345".charAt(flags));
    }
    return id15 + suffix;
  }
}
