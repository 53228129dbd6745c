package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds a record's related lists: every lookup that points at the record's type (Contact.AccountId,
 * Opportunity.AccountId, Case.AccountId...), except the audit and owner lookups to User and
 * hierarchy lookups to the same object (Account.ParentId), which Lightning shows elsewhere.
 */
public final class RelatedLists {
  private static final Set<String> NOT_LISTED = Set.of("OwnerId", "CreatedById", "LastModifiedById");
  private final Schema schema;
  private final OrgStore store;

  public RelatedLists(Schema schema, OrgStore store) {
    this.schema = schema;
    this.store = store;
  }

  /** One related list: the child object, the lookup it hangs by, its live rows in creation order. */
  public record RelatedList(ObjectDef child, FieldDef lookup, List<StoredRecord> rows) {
    /** The list's heading, the child's plural label ("Contacts"). */
    public String title() {
      return child.labelPlural();
    }
  }

  /** The related lists of a record, Contacts, Opportunities and Cases first. */
  public List<RelatedList> of(StoredRecord parent) {
    String parentType = parent.type().name();
    List<RelatedList> out = new ArrayList<>();
    for (ObjectDef child : schema.objects()) {
      if (child.name().equals(parentType)) {
        continue;
      }
      for (FieldDef f : child.fields()) {
        if (f.type() == FieldType.REFERENCE && !NOT_LISTED.contains(f.name())
            && f.referenceTo().stream().anyMatch(parentType::equalsIgnoreCase)) {
          int index = child.indexOf(f.name());
          List<StoredRecord> rows = store.scan(child,
              r -> !r.deleted() && parent.id().equals(r.get(index)));
          out.add(new RelatedList(child, f, rows));
        }
      }
    }
    out.sort(Comparator.comparingInt((RelatedList r) -> rank(r.child().name()))
        .thenComparing(r -> r.child().labelPlural()));
    return out;
  }

  private static int rank(String objectName) {
    int i = Layouts.RELATED_FIRST.indexOf(objectName);
    return i < 0 ? Layouts.RELATED_FIRST.size() : i;
  }
}
