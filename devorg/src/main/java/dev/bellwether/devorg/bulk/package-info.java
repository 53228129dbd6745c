/**
 * Bulk API 2.0: ingest jobs (CSV in, per-row results out) and query jobs (SOQL in, paged CSV
 * out) under /services/data/vNN.N/jobs/. Shared pieces live here; each job kind has its own
 * subpackage.
 */
package dev.bellwether.devorg.bulk;
