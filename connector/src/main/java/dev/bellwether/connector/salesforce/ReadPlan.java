package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.connector.salesforce.soql.Condition;
import dev.bellwether.connector.salesforce.soql.Operator;
import dev.bellwether.connector.salesforce.soql.SoqlBuilder;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one read selects: the requested fields the object really has (in the CRM's spelling), plus
 * Id and SystemModstamp (and IsDeleted when deleted records are read too), and the requested ones
 * it lacks (schema drift, reported, not fatal).
 *
 * @param object the object, unqualified
 * @param schema its describe
 * @param fields the fields to select
 * @param missing requested fields the object does not have
 * @param namespace the package namespace applied to names
 * @param includeDeleted whether the read is a queryAll, returning deleted records too
 */
record ReadPlan(String object, ObjectSchema schema, List<String> fields, List<String> missing,
    Namespace namespace, boolean includeDeleted) {
  private static final String MODSTAMP = "SystemModstamp";

  static ReadPlan of(ReadRequest request, ObjectSchema schema, Namespace namespace) {
    Set<String> fields = new LinkedHashSet<>();
    fields.add("Id");
    List<String> missing = new ArrayList<>();
    for (String f : request.fields()) {
      if (f.contains(".")) {
        fields.add(f); // a relationship path: Salesforce checks it; INVALID_FIELD triggers a refresh
        continue;
      }
      FieldSchema known = schema.field(f).orElse(null);
      if (known == null) {
        missing.add(f);
      } else {
        fields.add(known.name());
      }
    }
    if (schema.field(MODSTAMP).isPresent()) {
      fields.add(MODSTAMP);
    }
    if (request.includeDeleted()) {
      // Without the flag a deleted record would read as a live one; objects lacking it have no recycle bin.
      schema.field(CrmRecord.IS_DELETED).ifPresent(f -> fields.add(f.name()));
    }
    return new ReadPlan(request.object(), schema, List.copyOf(fields), List.copyOf(missing), namespace,
        request.includeDeleted());
  }

  /** SELECT the fields, within the window by SystemModstamp when one is given. */
  String selectSoql(TimeWindow window) {
    SoqlBuilder b = SoqlBuilder.select(fields).namespace(namespace).from(object);
    return window == null ? b.build() : b.where(within(window)).build();
  }

  /** SELECT COUNT() over the same rows. */
  String countSoql(TimeWindow window) {
    SoqlBuilder b = SoqlBuilder.select("Id").namespace(namespace).from(object);
    String idSoql = window == null ? b.build() : b.where(within(window)).build();
    // The builder validates identifiers and so has no COUNT(); swap the select list of its own output.
    String prefix = "SELECT Id FROM ";
    if (!idSoql.startsWith(prefix)) {
      throw new IllegalStateException("unexpected SOQL shape: " + idSoql);
    }
    return "SELECT COUNT() FROM " + idSoql.substring(prefix.length());
  }

  private static Condition within(TimeWindow window) {
    return Condition.and(Condition.compare(MODSTAMP, Operator.GE, window.from()),
        Condition.compare(MODSTAMP, Operator.LT, window.to()));
  }
}
