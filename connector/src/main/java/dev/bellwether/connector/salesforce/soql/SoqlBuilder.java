package dev.bellwether.connector.salesforce.soql;

import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds one SOQL SELECT from checked names and {@link Condition}s; never from concatenated
 * outside text. Immutable: each step returns a new builder, so a half-built query can be shared.
 *
 * <pre>{@code
 * String soql = SoqlBuilder.select(List.of("Id", "Name")).from("Account")
 *     .where(Condition.eq("Name", name)).orderBy("Id", true).limit(200).build();
 * }</pre>
 */
public final class SoqlBuilder {

  private record Order(String field, boolean ascending) {}

  private final Namespace namespace;
  private final List<String> fields;
  private final String object;
  private final Condition where;
  private final List<Order> orders;
  private final Integer limit;

  private SoqlBuilder(Namespace namespace, List<String> fields, String object, Condition where,
      List<Order> orders, Integer limit) {
    this.namespace = namespace;
    this.fields = fields;
    this.object = object;
    this.where = where;
    this.orders = orders;
    this.limit = limit;
  }

  /** Starts a query selecting these fields (unqualified names; duplicates are dropped). */
  public static SoqlBuilder select(List<String> fields) {
    Objects.requireNonNull(fields, "fields");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("A SOQL query needs at least one field");
    }
    fields.forEach(SoqlIdentifier::require);
    return new SoqlBuilder(Namespace.NONE, List.copyOf(fields), null, null, List.of(), null);
  }

  /** Starts a query selecting these fields. */
  public static SoqlBuilder select(String... fields) {
    return select(List.of(fields));
  }

  /** The namespace that qualifies the object and every field name when the query is built. */
  public SoqlBuilder namespace(Namespace ns) {
    return new SoqlBuilder(Objects.requireNonNull(ns, "namespace"), fields, object, where, orders, limit);
  }

  /** The object to read. */
  public SoqlBuilder from(String objectName) {
    return new SoqlBuilder(namespace, fields, SoqlIdentifier.require(objectName), where, orders, limit);
  }

  /** The filter; a second call adds its condition with AND. */
  public SoqlBuilder where(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    Condition combined = where == null ? condition : new Condition.And(List.of(where, condition));
    return new SoqlBuilder(namespace, fields, object, combined, orders, limit);
  }

  /** Adds a sort key after any earlier ones. */
  public SoqlBuilder orderBy(String field, boolean ascending) {
    List<Order> more = new ArrayList<>(orders);
    more.add(new Order(SoqlIdentifier.require(field), ascending));
    return new SoqlBuilder(namespace, fields, object, where, List.copyOf(more), limit);
  }

  /** At most this many rows. */
  public SoqlBuilder limit(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("LIMIT cannot be negative: " + rows);
    }
    return new SoqlBuilder(namespace, fields, object, where, orders, rows);
  }

  /** The SOQL text. */
  public String build() {
    if (object == null) {
      throw new IllegalStateException("A SOQL query needs an object: call from(...)");
    }
    StringBuilder out = new StringBuilder(64).append("SELECT ");
    out.append(String.join(", ", qualifiedDistinctFields()));
    out.append(" FROM ").append(namespace.qualify(object));
    if (where != null) {
      out.append(" WHERE ");
      where.appendTo(out, namespace);
    }
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      out.append(i == 0 ? " ORDER BY " : ", ").append(namespace.qualify(order.field()))
          .append(order.ascending() ? " ASC" : " DESC");
    }
    if (limit != null) {
      out.append(" LIMIT ").append(limit);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return object == null ? "SoqlBuilder(incomplete)" : build();
  }

  /** Salesforce refuses a field selected twice, and names compare case-insensitively. */
  private List<String> qualifiedDistinctFields() {
    Map<String, String> byLowerName = new LinkedHashMap<>();
    for (String field : fields) {
      String qualified = namespace.qualify(field);
      byLowerName.putIfAbsent(qualified.toLowerCase(Locale.ROOT), qualified);
    }
    return new ArrayList<>(byLowerName.values());
  }
}
