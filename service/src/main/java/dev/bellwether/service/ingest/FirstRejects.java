package dev.bellwether.service.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first few rejects (for an HTTP answer) and counts the rest. */
public final class FirstRejects implements RejectSink {
  private final int limit;
  private final List<Rejection> kept = new ArrayList<>();
  private long total;

  public FirstRejects(int limit) {
    this.limit = limit;
  }

  @Override
  public void reject(Rejection rejection) {
    total++;
    if (kept.size() < limit) {
      kept.add(rejection);
    }
  }

  /** The first rejects, in input order. */
  public List<Rejection> kept() {
    return List.copyOf(kept);
  }

  /** Rejects beyond those kept. */
  public long more() {
    return total - kept.size();
  }
}
