package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.metadata.ComponentOutcome.Kind;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.schema.SystemFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks object and field changes against an org's schema and installs them: new custom
 * objects get the next free key prefix, the system fields (with OwnerId unless their sharing
 * is ControlledByParent) and their Name field; custom fields are added to, or redefined on,
 * new and existing objects (standard ones included), and Activity fields on Task and Event.
 *
 * <p>Installs must not run concurrently for one schema: deploys run one at a time, and the
 * manifests load before the org serves requests.
 */
public final class SchemaInstaller {
  /** The object Salesforce defines Task and Event custom fields on. */
  private static final String ACTIVITY = "Activity";
  private static final List<String> ACTIVITY_CHILDREN = List.of("Task", "Event");

  private final Schema schema;

  public SchemaInstaller(Schema schema) {
    this.schema = schema;
  }

  /** What installing would do to each component, without changing the schema. */
  public List<ComponentOutcome> check(List<ObjectChange> changes) {
    return plan(changes).outcomes;
  }

  /** Installs every component that passes its checks; returns each component's outcome. */
  public List<ComponentOutcome> install(List<ObjectChange> changes) {
    Plan plan = plan(changes);
    plan.actions.forEach(Runnable::run);
    return plan.outcomes;
  }

  private Plan plan(List<ObjectChange> changes) {
    Plan plan = new Plan();
    for (ObjectChange change : changes) {
      if (change.object() != null) {
        planObject(change, plan);
      }
    }
    for (ObjectChange change : changes) {
      planFields(change, plan);
    }
    return plan;
  }

  private void planObject(ObjectChange change, Plan plan) {
    ObjectSpec spec = change.object();
    boolean hasMasterDetail = change.fields().stream().anyMatch(FieldChange::masterDetail);
    Optional<ObjectDef> existing = schema.object(spec.name());
    if (existing.isEmpty()) {
      String sharing = sharingProblem(spec, hasMasterDetail);
      if (sharing != null) {
        plan.fail(spec.name(), MetadataProblem.at(spec.source(), 0, sharing));
        return;
      }
      plan.created.add(key(spec.name()));
      plan.outcomes.add(ComponentOutcome.of(spec.source(), Kind.CREATED));
      // Runs after planFields has marked the fields that failed; those stay out.
      plan.actions.add(() -> create(change, plan.failedFields));
      return;
    }
    ObjectDef object = existing.get();
    boolean owned = object.field("OwnerId").isPresent();
    boolean wantsOwner = !(spec.controlledByParent() || hasMasterDetail);
    if (owned != wantsOwner) {
      plan.fail(spec.name(), MetadataProblem.at(spec.source(), 0, "devorg cannot change whether "
          + spec.name() + " has an owner (sharingModel ControlledByParent, MasterDetail fields)"
          + " once the object is installed"));
      return;
    }
    // ObjectDef labels are fixed once created: only the Name field can change here.
    FieldDef current = object.field("Name").orElse(null);
    if (spec.nameField().equals(current)) {
      plan.outcomes.add(ComponentOutcome.of(spec.source(), Kind.UNCHANGED));
    } else {
      plan.outcomes.add(ComponentOutcome.of(spec.source(), Kind.CHANGED));
      plan.actions.add(() -> object.putField(spec.nameField()));
    }
  }

  private void planFields(ObjectChange change, Plan plan) {
    String objectName = change.objectName();
    if (objectName.equalsIgnoreCase(ACTIVITY)) {
      planActivityFields(change, plan);
      return;
    }
    Optional<ObjectDef> existing = schema.object(objectName);
    boolean creating = plan.created.contains(key(objectName));
    for (FieldChange fc : change.fields()) {
      String problem;
      if (plan.failedObjects.contains(key(objectName))) {
        problem = "not deployed because object " + objectName + " failed";
      } else if (existing.isEmpty() && !creating) {
        problem = "object '" + objectName + "' is neither in the org nor in this deploy";
      } else {
        problem = referenceProblem(fc, plan);
        if (problem == null && existing.isPresent()) {
          problem = changeProblem(existing.get(), fc);
        }
      }
      if (problem != null) {
        plan.outcomes.add(ComponentOutcome.failed(MetadataProblem.at(fc.source(), 0, problem)));
        plan.failedFields.add(fc);
        continue;
      }
      if (creating) {
        plan.outcomes.add(ComponentOutcome.of(fc.source(), Kind.CREATED));
        continue;
      }
      ObjectDef object = existing.get();
      Optional<FieldDef> current = object.field(fc.field().name());
      Kind kind = current.isEmpty() ? Kind.CREATED
          : current.get().equals(fc.field()) ? Kind.UNCHANGED : Kind.CHANGED;
      plan.outcomes.add(ComponentOutcome.of(fc.source(), kind));
      if (kind != Kind.UNCHANGED) {
        plan.actions.add(() -> object.putField(fc.field()));
      }
    }
  }

  /**
   * Salesforce keeps the custom fields of Task and Event on Activity (objects/Activity/fields,
   * CustomField Activity.X): one definition that both objects show. devorg installs it on every
   * one of them it has, and reports one component, as Salesforce does.
   */
  private void planActivityFields(ObjectChange change, Plan plan) {
    List<ObjectDef> children = ACTIVITY_CHILDREN.stream().map(schema::object)
        .flatMap(Optional::stream).toList();
    for (FieldChange fc : change.fields()) {
      String problem = children.isEmpty()
          ? "Activity fields go on Task and Event, and this org has neither"
          : referenceProblem(fc, plan);
      for (ObjectDef child : children) {
        problem = problem != null ? problem : changeProblem(child, fc);
      }
      if (problem != null) {
        plan.outcomes.add(ComponentOutcome.failed(MetadataProblem.at(fc.source(), 0, problem)));
        plan.failedFields.add(fc);
        continue;
      }
      List<Optional<FieldDef>> current = children.stream().map(c -> c.field(fc.field().name())).toList();
      Kind kind = current.stream().allMatch(Optional::isEmpty) ? Kind.CREATED
          : current.stream().allMatch(f -> f.filter(fc.field()::equals).isPresent()) ? Kind.UNCHANGED
          : Kind.CHANGED;
      plan.outcomes.add(ComponentOutcome.of(fc.source(), kind));
      if (kind != Kind.UNCHANGED) {
        plan.actions.add(() -> children.forEach(child -> child.putField(fc.field())));
      }
    }
  }

  private String referenceProblem(FieldChange fc, Plan plan) {
    for (String target : fc.field().referenceTo()) {
      if (schema.object(target).isEmpty() && !plan.created.contains(key(target))) {
        return "<referenceTo> '" + target + "' of " + fc.source().fullName()
            + " is neither an object in the org nor one created by this deploy";
      }
    }
    return null;
  }

  /** Why a field cannot be put on an object that already exists, or null. */
  private static String changeProblem(ObjectDef object, FieldChange fc) {
    FieldDef next = fc.field();
    Optional<FieldDef> current = object.field(next.name());
    if (fc.masterDetail() && object.field("OwnerId").isPresent()) {
      return "devorg cannot add a MasterDetail field to " + object.name()
          + ", which has owners; deploy the field together with a new object";
    }
    if (current.isEmpty()) {
      return null;
    }
    FieldDef was = current.get();
    boolean compatible = was.type() == next.type() || (was.type().isText() && next.type().isText());
    if (!compatible) {
      return "cannot change the type of " + fc.source().fullName() + " from "
          + was.type().describeName() + " to " + next.type().describeName()
          + ": stored values would no longer fit";
    }
    if (!was.referenceTo().equals(next.referenceTo())) {
      return "cannot change " + fc.source().fullName() + " to refer to " + next.referenceTo()
          + " instead of " + was.referenceTo();
    }
    return null;
  }

  /** Salesforce's rule: master-detail children take their sharing from the master, and only they. */
  private static String sharingProblem(ObjectSpec spec, boolean hasMasterDetail) {
    if (spec.controlledByParent() && !hasMasterDetail) {
      return "sharingModel ControlledByParent needs a MasterDetail field on " + spec.name();
    }
    if (!spec.controlledByParent() && hasMasterDetail) {
      return spec.name() + " has a MasterDetail field, so its sharingModel must be ControlledByParent";
    }
    return null;
  }

  private void create(ObjectChange change, Set<FieldChange> failedFields) {
    ObjectSpec spec = change.object();
    ObjectDef object = new ObjectDef(spec.name(), spec.label(), spec.pluralLabel(),
        schema.nextCustomKeyPrefix(), true);
    SystemFields.addTo(object, !spec.controlledByParent());
    object.putField(spec.nameField());
    for (FieldChange fc : change.fields()) {
      if (!failedFields.contains(fc)) {
        object.putField(fc.field());
      }
    }
    // Added last, so schema listeners (the journal) see the object with all its fields.
    schema.add(object);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The outcome of every component and the schema changes that carry out the successful ones. */
  private final class Plan {
    final List<ComponentOutcome> outcomes = new ArrayList<>();
    final List<Runnable> actions = new ArrayList<>();
    final Set<String> created = new HashSet<>();
    final Set<String> failedObjects = new HashSet<>();
    final Set<FieldChange> failedFields = new HashSet<>();

    void fail(String objectName, MetadataProblem problem) {
      failedObjects.add(key(objectName));
      outcomes.add(ComponentOutcome.failed(problem));
    }
  }
}
