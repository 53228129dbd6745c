package dev.bellwether.sync.inbound;

import dev.bellwether.store.Watermark;
import java.sql.SQLException;
import java.util.List;

/**
 * Marks ids deleted, {@link InboundSettings#deleteBatch()} per transaction, saving the watermark
 * (when given) in the last transaction so it moves only once every id is marked.
 */
final class DeletionBatches {
  private final ObjectContext ctx;

  DeletionBatches(ObjectContext ctx) {
    this.ctx = ctx;
  }

  void mark(List<String> ids, Watermark watermark, RunTally tally) throws SQLException {
    if (ids.isEmpty()) {
      if (watermark != null) {
        ctx.markDeleted(List.of(), watermark);
      }
      return;
    }
    int batch = ctx.settings().deleteBatch();
    for (int i = 0; i < ids.size(); i += batch) {
      boolean last = i + batch >= ids.size();
      tally.deleted += ctx.markDeleted(ids.subList(i, Math.min(ids.size(), i + batch)), last ? watermark : null);
    }
  }
}
