/**
 * Inbound sync: CRM to store. A first full load, then incremental polls by SystemModstamp with an
 * overlap window, deletions by the CRM's replication feed, and a reconciliation by ids when the
 * feed no longer reaches back far enough. One transaction per page, the watermark moved last.
 */
package dev.bellwether.sync.inbound;
