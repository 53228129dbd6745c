package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bellwether.devorg.soql.ResultColumn;
import dev.bellwether.devorg.soql.SoqlResult;
import java.io.IOException;
import java.util.List;

/**
 * The answer to query?columns=true, which the Salesforce CLI reads to lay out `sf data query`:
 * {"columnMetadata": [...], "entityName": ..., "groupBy": ..., "idSelected": ..., "keyPrefix": ...}
 * with joinColumns for the fields selected through a relationship.
 */
final class ColumnMetadataJson {
  private ColumnMetadataJson() {}

  static void write(JsonGenerator g, SoqlResult result, String keyPrefix) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("columnMetadata");
    writeColumns(g, result.columns());
    g.writeEndArray();
    g.writeStringField("entityName", result.aggregate() ? "AggregateResult" : result.objectName());
    g.writeBooleanField("groupBy", result.aggregate());
    g.writeBooleanField("idSelected", result.columns().stream().anyMatch(c -> c.columnName().equalsIgnoreCase("Id")));
    if (keyPrefix == null || result.aggregate()) {
      g.writeNullField("keyPrefix");
    } else {
      g.writeStringField("keyPrefix", keyPrefix);
    }
    g.writeEndObject();
  }

  private static void writeColumns(JsonGenerator g, List<ResultColumn> columns) throws IOException {
    for (ResultColumn c : columns) {
      g.writeStartObject();
      g.writeBooleanField("aggregate", c.aggregate());
      writeNullable(g, "apexType", c.apexType());
      g.writeBooleanField("booleanType", c.booleanType());
      g.writeStringField("columnName", c.columnName());
      g.writeBooleanField("custom", c.custom());
      g.writeStringField("displayName", c.displayName());
      writeNullable(g, "foreignKeyName", c.foreignKeyName());
      g.writeBooleanField("insertable", c.insertable());
      g.writeArrayFieldStart("joinColumns");
      writeColumns(g, c.joinColumns());
      g.writeEndArray();
      g.writeBooleanField("numberType", c.numberType());
      g.writeBooleanField("textType", c.textType());
      g.writeBooleanField("updatable", c.updatable());
      g.writeEndObject();
    }
  }

  private static void writeNullable(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
