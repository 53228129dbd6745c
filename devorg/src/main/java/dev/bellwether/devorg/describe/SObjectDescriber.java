package dev.bellwether.devorg.describe;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes describe results from the live schema, so objects and fields a deploy adds show up
 * at once. Pure: no I/O and no clock; the API version only shapes the REST urls.
 */
public final class SObjectDescriber {
  /** Salesforce's batch limit for create, update and delete calls. */
  public static final int MAX_BATCH_SIZE = 200;
  private final Schema schema;
  private final FieldDescriber fields = new FieldDescriber();
  private final ChildRelationshipNamer namer = new ChildRelationshipNamer();

  public SObjectDescriber(Schema schema) {
    this.schema = schema;
  }

  /** describeGlobal: every object, with its flags and urls (fields are described too). */
  public GlobalDescription describeGlobal(String apiVersion) {
    List<SObjectDescription> all = new ArrayList<>();
    for (ObjectDef o : schema.objects()) {
      all.add(describe(o, apiVersion));
    }
    return new GlobalDescription("UTF-8", MAX_BATCH_SIZE, all);
  }

  /** describeSObject by name, ignoring case; empty for an unknown object. */
  public Optional<SObjectDescription> describe(String objectName, String apiVersion) {
    return schema.object(objectName).map(o -> describe(o, apiVersion));
  }

  /** describeSObject for a known object. */
  public SObjectDescription describe(ObjectDef object, String apiVersion) {
    ObjectCapabilities can = ObjectCapabilities.of(object);
    List<FieldDescription> described = new ArrayList<>(object.fields().size());
    for (FieldDef f : object.fields()) {
      described.add(fields.describe(object, f));
    }
    return new SObjectDescription(object.name(), object.label(), object.labelPlural(),
        object.keyPrefix(), object.custom(), false, false, can.createable(), can.updateable(),
        can.deletable(), can.undeletable(), can.mergeable(), true, true, can.searchable(),
        can.replicateable(), can.triggerable(), can.layoutable(), can.feedEnabled(),
        can.mruEnabled(), false, described, childRelationships(object),
        List.of(RecordTypeInfo.masterRecordType()), urls(object.name(), apiVersion));
  }

  /**
   * The lookups of every object that point at this one, ordered by child object name and
   * then field order, each named by {@link ChildRelationshipNamer}'s rule.
   */
  public List<ChildRelationship> childRelationships(ObjectDef parent) {
    List<ChildRelationship> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (ObjectDef child : schema.objects()) {
      for (FieldDef f : child.fields()) {
        if (f.type() != FieldType.REFERENCE
            || f.referenceTo().stream().noneMatch(n -> n.equalsIgnoreCase(parent.name()))) {
          continue;
        }
        String name = namer.name(child, f, taken);
        if (name != null) {
          taken.add(name.toLowerCase(Locale.ROOT));
        }
        boolean cascade = f.required();
        out.add(new ChildRelationship(child.name(), f.name(), name, cascade, false, false));
      }
    }
    return out;
  }

  /** The REST urls Salesforce lists for an object (describeGlobal's and describe's urls). */
  public static Map<String, String> urls(String objectName, String apiVersion) {
    String base = "/services/data/v" + apiVersion + "/sobjects/" + objectName;
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("compactLayouts", base + "/describe/compactLayouts");
    urls.put("rowTemplate", base + "/{ID}");
    urls.put("approvalLayouts", base + "/describe/approvalLayouts");
    urls.put("defaultValues", base + "/defaultValues?recordTypeId&fields");
    urls.put("listviews", base + "/listviews");
    urls.put("describe", base + "/describe");
    urls.put("quickActions", base + "/quickActions");
    urls.put("layouts", base + "/describe/layouts");
    urls.put("sobject", base);
    return urls;
  }
}
