package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields a page shows where: the compact layout (highlights panel), the detail fields,
 * and related list columns, with Salesforce's defaults for the standard objects and a
 * reasonable choice for any other object.
 */
public final class Layouts {
  /** Audit fields shown under "System Information" rather than among the details. */
  static final Set<String> SYSTEM = Set.of("Id", "IsDeleted", "CreatedDate", "CreatedById",
      "LastModifiedDate", "LastModifiedById", "SystemModstamp");
  private static final Map<String, List<String>> HIGHLIGHTS = Map.of(
      "Account", List.of("Type", "Industry", "Phone", "Website", "AnnualRevenue", "OwnerId"),
      "Contact", List.of("Title", "AccountId", "Phone", "Email", "OwnerId"),
      "Opportunity", List.of("AccountId", "CloseDate", "Amount", "StageName", "OwnerId"),
      "Case", List.of("Subject", "Status", "Priority", "AccountId", "ContactId"),
      "Contract", List.of("AccountId", "Status", "StartDate", "EndDate"),
      "Task", List.of("Status", "Priority", "ActivityDate", "WhatId"),
      "User", List.of("Title", "Email", "Username"));
  private static final Map<String, List<String>> COLUMNS = Map.of(
      "Account", List.of("Name", "Type", "Industry", "Phone"),
      "Contact", List.of("Name", "Title", "Email", "Phone"),
      "Opportunity", List.of("Name", "StageName", "Amount", "CloseDate"),
      "Case", List.of("CaseNumber", "Subject", "Status", "Priority"),
      "Contract", List.of("ContractNumber", "Status", "StartDate", "EndDate"),
      "Task", List.of("Subject", "Status", "Priority", "ActivityDate"),
      "User", List.of("Name", "Title", "Email"));
  /** Related lists Lightning puts first on an Account page; others follow by label. */
  static final List<String> RELATED_FIRST = List.of("Contact", "Opportunity", "Case");

  private Layouts() {}

  /** The highlights panel fields. */
  public static List<FieldDef> highlights(ObjectDef type) {
    List<String> names = HIGHLIGHTS.get(type.name());
    return names != null ? existing(type, names) : firstPlain(type, 4, true);
  }

  /** Related list (and list view) columns: the name field first. */
  public static List<FieldDef> columns(ObjectDef type) {
    List<String> names = COLUMNS.get(type.name());
    if (names != null) {
      return existing(type, names);
    }
    List<FieldDef> out = new ArrayList<>(existing(type, List.of(RecordNames.nameField(type))));
    for (FieldDef f : firstPlain(type, 4, false)) {
      if (out.size() < 4 && !out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The fields of the Details section, in schema order, without audit fields. */
  public static List<FieldDef> details(ObjectDef type) {
    // Contact and User show the compound Name, not its parts.
    boolean compoundName = type.field("Name").map(FieldDef::derived).orElse(false)
        && type.indexOf("LastName") >= 0;
    List<FieldDef> out = new ArrayList<>();
    for (FieldDef f : type.fields()) {
      if (SYSTEM.contains(f.name())) {
        continue;
      }
      if (compoundName && (f.name().equals("FirstName") || f.name().equals("LastName"))) {
        continue;
      }
      out.add(f);
    }
    return out;
  }

  /** A field's label as a page shows it: lookups without " ID", "Account Owner" for OwnerId. */
  public static String label(ObjectDef type, FieldDef f) {
    if (f.name().equals("OwnerId")) {
      return type.label() + " Owner";
    }
    String label = f.label();
    if (f.type() == FieldType.REFERENCE && label.endsWith(" ID")) {
      return label.substring(0, label.length() - 3);
    }
    return label;
  }

  private static List<FieldDef> existing(ObjectDef type, List<String> names) {
    List<FieldDef> out = new ArrayList<>();
    for (String n : names) {
      type.field(n).ifPresent(out::add);
    }
    return out;
  }

  private static List<FieldDef> firstPlain(ObjectDef type, int max, boolean skipName) {
    String nameField = RecordNames.nameField(type);
    List<FieldDef> out = new ArrayList<>();
    for (FieldDef f : type.fields()) {
      if (out.size() == max) {
        break;
      }
      if (SYSTEM.contains(f.name()) || f.type() == FieldType.TEXTAREA
          || (skipName && f.name().equals(nameField))) {
        continue;
      }
      out.add(f);
    }
    return out;
  }
}
