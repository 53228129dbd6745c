package dev.bellwether.service.scoring.book;

import java.time.Instant;

/** A support case: when it was opened and closed (null while open) and its priority. */
public record CaseRow(Instant created, Instant closed, String priority) {

  /** Whether the case was open at {@code at}. */
  public boolean openAt(Instant at) {
    return !created.isAfter(at) && (closed == null || closed.isAfter(at));
  }
}
