package dev.bellwether.devorg.soql;

/**
 * One group of an aggregate query: the GROUP BY values first, then the aggregate results, in
 * the slot order the planner assigned.
 */
record GroupRow(Object[] slots) {

  /** Reads one slot of a group, so HAVING and ORDER BY can use the ordinary filters and sorts. */
  record Slot(int index, ValueKind kind) implements ValueSource<GroupRow> {
    @Override
    public Object read(GroupRow row, ParentLookup parents) {
      return row.slots()[index];
    }
  }
}
