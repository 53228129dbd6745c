/**
 * Bulk API 2.0: query jobs read as pages ({@link dev.bellwether.connector.salesforce.bulk.BulkQuerySource})
 * and ingest jobs writing batches ({@link dev.bellwether.connector.salesforce.bulk.BulkIngestWriter}).
 * Job data and results travel as CSV through temp files, parsed and written row by row, so memory
 * does not grow with the size of a job. Every HTTP request goes through the REST transport and so
 * through the call guard, one guarded call per request.
 */
package dev.bellwether.connector.salesforce.bulk;
