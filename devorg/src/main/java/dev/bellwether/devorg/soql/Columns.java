package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldDef;
import java.util.List;

/** Builds the column metadata sf CLI asks for with columns=true. */
final class Columns {
  private Columns() {}

  static ResultColumn field(FieldDef f, String name) {
    ValueKind kind = ValueKind.of(f.type());
    return new ResultColumn(name, name, ValueKind.apexType(f.type()), false, kind == ValueKind.BOOLEAN,
        kind.isNumber(), kind == ValueKind.TEXT, f.custom(), f.writableOnCreate(), f.writableOnUpdate(),
        null, List.of());
  }

  /** A relationship column ("Owner") whose join columns are the fields selected through it. */
  static ResultColumn relationship(FieldDef reference, String name, List<ResultColumn> joins) {
    return new ResultColumn(name, name, null, false, false, false, false, reference.custom(), false, false,
        reference.name(), List.copyOf(joins));
  }

  /** An aggregate or date function column: named exprN or by alias, displayed as "avg(Amount)". */
  static ResultColumn function(String name, String display, ValueKind kind) {
    return new ResultColumn(name, display, null, true, kind == ValueKind.BOOLEAN, kind.isNumber(),
        kind == ValueKind.TEXT, false, false, false, null, List.of());
  }

  /** A child sub-select column ("Contacts"), reported as an aggregate of the child columns. */
  static ResultColumn children(String name, FieldDef reference, List<ResultColumn> childColumns) {
    return new ResultColumn(name, name, null, true, false, false, false, reference.custom(), false, false,
        null, childColumns);
  }
}
