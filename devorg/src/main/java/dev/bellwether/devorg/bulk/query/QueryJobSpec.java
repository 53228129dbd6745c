package dev.bellwether.devorg.bulk.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.bulk.ApiVersion;
import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.BulkJson;
import dev.bellwether.devorg.bulk.CsvFormat;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.soql.SoqlEngine;
import dev.bellwether.devorg.soql.SoqlException;
import dev.bellwether.devorg.soql.SoqlQuery;

/**
 * A validated create-query-job request. The SOQL is parsed and checked against the schema
 * here, so a bad query fails the POST with the same code and message the REST query gives.
 *
 * @param includeDeleted true for operation queryAll
 */
public record QueryJobSpec(String operation, SoqlQuery query, boolean includeDeleted, CsvFormat format,
    ApiVersion apiVersion) {

  static QueryJobSpec from(JsonNode body, SoqlEngine engine, ApiVersion version) {
    String operation = BulkJson.text(body, "operation");
    if (!"query".equals(operation) && !"queryAll".equals(operation)) {
      throw BulkErrors.invalidPropertyValue("operation", operation);
    }
    String soql = BulkJson.text(body, "query");
    if (soql == null || soql.isBlank()) {
      throw BulkErrors.invalidPropertyValue("query", soql);
    }
    CsvFormat format = CsvFormat.fromJobRequest(body);
    SoqlQuery query;
    try {
      query = engine.parse(soql);
    } catch (SoqlException e) {
      throw new ApiException(400, e.errorCode(), e.getMessage());
    }
    if (query.aggregate()) {
      // Bulk API 2.0 query does not run COUNT(), GROUP BY or aggregate functions.
      throw new ApiException(400, "FEATURENOTENABLED",
          "FeatureNotEnabled : Aggregate queries are not supported by Bulk API 2.0 query");
    }
    return new QueryJobSpec(operation, query, operation.equals("queryAll"), format, version);
  }
}
