package dev.bellwether.store.edits;

import java.util.Arrays;
import java.util.Locale;

/** Where a field Bellwether set stands. */
public enum LocalFieldState {
  /** An outbound field: Bellwether owns it and keeps its value for good; inbound never reads it. */
  OWNED,
  /** A field owned by both sides, edited in Bellwether and not yet accepted by the CRM. */
  PENDING,
  /** The CRM accepted the write that carried the edit; kept until the CRM's echo of it is read. */
  ACCEPTED;

  /** The word stored in the {@code state} column. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state a {@code state} column value names. */
  public static LocalFieldState ofColumn(String value) {
    return Arrays.stream(values()).filter(s -> s.column().equals(value)).findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown local field state '" + value + "'"));
  }
}
