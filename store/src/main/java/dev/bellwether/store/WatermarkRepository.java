package dev.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Where each object's inbound sync stands; written last in a page's transaction. */
public interface WatermarkRepository {

  Optional<Watermark> find(String orgId, String object) throws SQLException;

  /** Sets the watermark within the caller's transaction. */
  void save(Connection tx, Watermark watermark) throws SQLException;
}
