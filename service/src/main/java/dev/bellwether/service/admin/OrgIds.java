package dev.bellwether.service.admin;

import java.sql.SQLException;
import java.util.List;

/**
 * The orgs an admin may ask about: those with a sync status in the store (the CLI), or the orgs a
 * running sync serves.
 */
@FunctionalInterface
public interface OrgIds {

  /** The org ids, in a stable order. */
  List<String> list() throws SQLException;
}
