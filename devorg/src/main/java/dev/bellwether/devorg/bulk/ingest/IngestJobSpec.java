package dev.bellwether.devorg.bulk.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.bulk.ApiVersion;
import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.BulkJson;
import dev.bellwether.devorg.bulk.CsvFormat;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import java.util.Optional;

/**
 * What a client asked for when it created an ingest job, validated against the schema.
 *
 * @param externalIdFieldName the key field of an upsert (its schema spelling), else null
 */
public record IngestJobSpec(String object, IngestOperation operation, String externalIdFieldName,
    CsvFormat format, ApiVersion apiVersion) {

  /** Validates a create-job body, failing the way Salesforce does for each kind of mistake. */
  public static IngestJobSpec from(JsonNode body, Schema schema, ApiVersion version) {
    String operationName = BulkJson.text(body, "operation");
    IngestOperation operation = IngestOperation.fromWire(operationName);
    if (operation == null) {
      throw BulkErrors.invalidPropertyValue("operation", operationName);
    }
    String objectName = BulkJson.text(body, "object");
    ObjectDef object = schema.object(objectName).orElseThrow(() ->
        BulkErrors.invalidJob("Unable to find object: " + (objectName == null ? "" : objectName)));
    CsvFormat format = CsvFormat.fromJobRequest(body);
    String externalId = null;
    if (operation == IngestOperation.UPSERT) {
      externalId = externalIdField(object, BulkJson.text(body, "externalIdFieldName"));
    }
    return new IngestJobSpec(object.name(), operation, externalId, format, version);
  }

  private static String externalIdField(ObjectDef object, String requested) {
    if (requested == null || requested.isBlank()) {
      throw BulkErrors.invalidJob("External ID was blank for " + object.name()
          + ". An External ID must be specified for upsert.");
    }
    Optional<FieldDef> field = object.field(requested);
    if (field.isEmpty() || !(field.get().externalId() || field.get().name().equals("Id"))) {
      throw BulkErrors.invalidJob("Field name provided, " + requested
          + " does not match an External ID for " + object.name());
    }
    return field.get().name();
  }
}
