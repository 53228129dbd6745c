/**
 * What {@code sync status} shows: each run's outcome written to the store's per-object status
 * ({@link dev.bellwether.sync.status.ObjectStatusWriter}) and read back with watermarks and record
 * counts into one report ({@link dev.bellwether.sync.status.SyncStatusReader}).
 */
package dev.bellwether.sync.status;
