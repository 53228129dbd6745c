package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.FieldTypes;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes an object over REST (GET sobjects/{type}/describe) into the port's
 * {@link ObjectSchema}, names unqualified, so the connector can describe without SOAP. One
 * request per call; caching is the caller's.
 */
public final class RestDescriber {
  private final RestTransport transport;
  private final Namespace namespace;

  public RestDescriber(RestTransport transport, Namespace namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  /** The object's schema; an unknown object fails with {@link Kind#SCHEMA}. */
  public ObjectSchema describe(String object) throws CrmException {
    String type = RequestTargets.apiName(namespace.qualify(object));
    JsonNode d = transport.getJson("describe " + object, object, transport.dataPath("sobjects/" + type + "/describe"));
    if (d == null || !d.path("fields").isArray()) {
      throw new CrmException(Kind.PROTOCOL, null, object, "describe of " + object + " answered no fields");
    }
    List<FieldSchema> fields = new ArrayList<>();
    for (JsonNode f : d.path("fields")) {
      fields.add(field(f));
    }
    return new ObjectSchema(namespace.unqualify(d.path("name").asText(type)), d.path("label").asText(""),
        text(d, "keyPrefix"), d.path("createable").asBoolean(false), d.path("updateable").asBoolean(false),
        d.path("deletable").asBoolean(false), d.path("replicateable").asBoolean(false), fields);
  }

  private FieldSchema field(JsonNode f) {
    String crmType = f.path("type").asText("");
    List<String> referenceTo = new ArrayList<>();
    f.path("referenceTo").forEach(r -> referenceTo.add(namespace.unqualify(r.asText())));
    List<String> picklist = new ArrayList<>();
    for (JsonNode p : f.path("picklistValues")) {
      if (p.path("active").asBoolean(true)) {
        picklist.add(p.path("value").asText());
      }
    }
    return new FieldSchema(namespace.unqualify(f.path("name").asText()), f.path("label").asText(""),
        FieldTypes.fromSalesforce(crmType), crmType, f.path("length").asInt(0),
        f.path("nillable").asBoolean(true), f.path("createable").asBoolean(false),
        f.path("updateable").asBoolean(false), f.path("externalId").asBoolean(false),
        f.path("unique").asBoolean(false), referenceTo, picklist);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
