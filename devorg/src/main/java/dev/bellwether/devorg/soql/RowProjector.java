package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored record into a {@link ResultRow} of the selected fields. Paths through the same
 * relationship share one nested row ("Owner" holding Name and Email), in select order.
 */
final class RowProjector {
  private sealed interface Node permits Leaf, Relation, Children {}

  private record Leaf(String name, FieldDef field, int index) implements Node {}

  private record Relation(String name, FieldPath.Hop hop, List<Node> children) implements Node {}

  /** A child sub-select; its per-parent results are computed for all rows at once. */
  private record Children(ChildSelect select, int index) implements Node {}

  private final List<Node> roots;

  private RowProjector(List<Node> roots) {
    this.roots = roots;
  }

  /** Builds a projector in select order. */
  static final class Builder {
    private final List<Node> roots = new ArrayList<>();
    private int childCount;

    Builder field(FieldPath f) {
      List<Node> level = roots;
      for (FieldPath.Hop hop : f.hops()) {
        level = relation(level, hop).children();
      }
      level.add(new Leaf(f.field().name(), f.field(), f.index()));
      return this;
    }

    Builder children(ChildSelect select) {
      roots.add(new Children(select, childCount++));
      return this;
    }

    RowProjector build() {
      return new RowProjector(roots);
    }
  }

  private static Relation relation(List<Node> level, FieldPath.Hop hop) {
    for (Node n : level) {
      if (n instanceof Relation r && r.name().equalsIgnoreCase(hop.relationshipName())) {
        return r;
      }
    }
    Relation r = new Relation(hop.relationshipName(), hop, new ArrayList<>());
    level.add(r);
    return r;
  }

  ResultRow project(StoredRecord row, ParentLookup parents) {
    return build(row, roots, parents, List.of());
  }

  /**
   * @param children for each child sub-select in select order, its result by parent id (a
   *     parent without child rows is absent and shows null, as Salesforce shows it)
   */
  ResultRow project(StoredRecord row, ParentLookup parents, List<Map<String, SoqlResult>> children) {
    return build(row, roots, parents, children);
  }

  private static ResultRow build(StoredRecord row, List<Node> nodes, ParentLookup parents,
      List<Map<String, SoqlResult>> children) {
    LinkedHashMap<String, Object> fields = new LinkedHashMap<>(nodes.size() * 2);
    String id = null;
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n instanceof Leaf leaf) {
        fields.put(leaf.name(), leaf.index() >= 0 ? row.get(leaf.index()) : row.get(leaf.name()));
        if (leaf.name().equals("Id")) {
          id = row.id();
        }
      } else if (n instanceof Children c) {
        fields.put(c.select().name(), children.get(c.index()).get(row.id()));
      } else {
        Relation rel = (Relation) n;
        StoredRecord parent = rel.hop().follow(row, parents);
        fields.put(rel.name(), parent == null ? null : build(parent, rel.children(), parents, List.of()));
      }
    }
    return new ResultRow(row.type().name(), id, fields, row.id());
  }

  List<ResultColumn> columns() {
    return columns(roots);
  }

  private static List<ResultColumn> columns(List<Node> nodes) {
    List<ResultColumn> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Leaf leaf) {
        out.add(Columns.field(leaf.field(), leaf.name()));
      } else if (n instanceof Children c) {
        out.add(Columns.children(c.select().name(), c.select().link().reference(), c.select().plan().columns()));
      } else {
        Relation rel = (Relation) n;
        out.add(Columns.relationship(rel.hop().reference(), rel.name(), columns(rel.children())));
      }
    }
    return out;
  }
}
