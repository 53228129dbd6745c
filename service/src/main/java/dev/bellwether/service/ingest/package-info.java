/**
 * Ingest of outside signals: usage events, survey answers and invoices, from JSON arrays, NDJSON or
 * CSV, streamed in constant memory into the store's signal tables. {@link
 * dev.bellwether.service.ingest.SignalIngest} is the one path the CLI ({@code bellwether ingest}),
 * the admin API ({@code POST /admin/ingest/{kind}}) and the benchmark share: a reader per format
 * turns bytes into records, a mapper per kind validates them (a bad line is rejected with its
 * line, field and reason, the others kept), and batches are written on a second thread while the
 * next batch is parsed.
 */
package dev.bellwether.service.ingest;
