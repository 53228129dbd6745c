package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.soql.FieldPath.Hop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves dotted field paths against the queried object, following lookups to their parents. */
final class PathResolver {
  /** Salesforce allows at most five relationship levels from the root object. */
  private static final int MAX_HOPS = 5;

  private final Schema schema;
  private final ObjectDef root;
  private final Token alias;
  private final QueryErrors errors;

  PathResolver(Schema schema, ObjectDef root, Token alias, QueryErrors errors) {
    this.schema = schema;
    this.root = root;
    this.alias = alias;
    this.errors = errors;
  }

  ObjectDef root() {
    return root;
  }

  FieldPath resolve(Ast.Path path) throws SoqlException {
    List<Token> segments = path.segments();
    int first = skipsQualifier(segments) ? 1 : 0;
    ObjectDef current = root;
    List<ObjectDef> polymorphic = List.of();
    List<Hop> hops = new ArrayList<>();
    for (int i = first; i < segments.size() - 1; i++) {
      String name = segments.get(i).text();
      Optional<FieldDef> ref = current == null ? Optional.empty() : current.relationship(name);
      if (ref.isEmpty()) {
        throw errors.unknownRelationship(path.start(), name);
      }
      List<ObjectDef> targets = new ArrayList<>();
      for (String t : ref.get().referenceTo()) {
        schema.object(t).ifPresent(targets::add);
      }
      if (targets.isEmpty()) {
        throw errors.unknownRelationship(path.start(), name);
      }
      ObjectDef target = targets.size() == 1 ? targets.get(0) : null;
      hops.add(new Hop(ref.get(), current.indexOf(ref.get().name()), target));
      polymorphic = targets;
      current = target;
    }
    if (hops.size() > MAX_HOPS) {
      throw errors.malformed(path.start(), "SOQL statements cannot query relationships that are more"
          + " than 5 levels away from the root entity object.");
    }
    String fieldName = segments.get(segments.size() - 1).text();
    if (current != null) {
      ObjectDef holder = current;
      FieldDef field = holder.field(fieldName)
          .orElseThrow(() -> errors.noSuchColumn(path.start(), fieldName, holder.name()));
      return new FieldPath(hops, holder, field, holder.indexOf(field.name()));
    }
    for (ObjectDef candidate : polymorphic) {
      Optional<FieldDef> field = candidate.field(fieldName);
      if (field.isPresent()) {
        return new FieldPath(hops, null, field.get(), -1);
      }
    }
    throw errors.noSuchColumn(path.start(), fieldName, hops.get(hops.size() - 1).relationshipName());
  }

  /**
   * "a.Name" with FROM Account a, and "Account.Name" FROM Account, name the root itself; the
   * object name only counts when it is not also a relationship (Contact's Account is one).
   */
  private boolean skipsQualifier(List<Token> segments) {
    if (segments.size() < 2) {
      return false;
    }
    String first = segments.get(0).text();
    if (alias != null && alias.text().equalsIgnoreCase(first)) {
      return true;
    }
    return first.equalsIgnoreCase(root.name()) && root.relationship(first).isEmpty();
  }
}
