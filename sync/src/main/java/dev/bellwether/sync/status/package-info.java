/**
 * What an admin sees of sync: each run's outcome written to the store's per-object status
 * ({@link dev.bellwether.sync.status.ObjectStatusWriter}) and read back with watermarks, record
 * counts, outbox counts and conflict counts into one report
 * ({@link dev.bellwether.sync.status.SyncStatusReader}); the parked outbound records
 * ({@link dev.bellwether.sync.status.ParkedRecordsReport}) and the conflict log
 * ({@link dev.bellwether.sync.status.ConflictsReport}). Each report is the one writer of its table
 * and its JSON, which the CLI and the admin HTTP API both print.
 */
package dev.bellwether.sync.status;
