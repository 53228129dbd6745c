package dev.bellwether.service.ingest;

import dev.bellwether.store.signals.WriteCounts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes one batch of an org's signals in the given transaction: a store repository's {@code write}. */
@FunctionalInterface
interface BatchWrite<T> {

  WriteCounts write(Connection tx, String orgId, List<T> batch) throws SQLException;
}
