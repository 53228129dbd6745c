package dev.bellwether.service.ingest;

import java.util.List;

/**
 * Which org an ingest is for: the one named, else the only org that has synced into the store.
 * Signals may arrive before an org's first sync, so a named org need not have synced yet.
 */
public final class IngestOrg {
  /** The longest org id, the width of the org_id columns. */
  static final int MAX_LENGTH = 64;

  private IngestOrg() {
  }

  /**
   * Resolves the org.
   *
   * @param requested the org named ({@code --org}, {@code org=}), or null
   * @param synced the orgs with a sync status in the store
   * @param howToName how the caller names an org, for messages: "--org ID" or "org=ID"
   * @throws IllegalArgumentException naming the problem: a malformed id, no org, several orgs
   */
  public static String resolve(String requested, List<String> synced, String howToName) {
    if (requested != null && !requested.isBlank()) {
      String org = requested.strip();
      if (org.length() > MAX_LENGTH || !org.matches("[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException("org '" + RecordFields.shorten(org) + "' is not an org id (letters, digits,"
            + " _ . - and at most " + MAX_LENGTH + " characters)");
      }
      return org;
    }
    if (synced.size() == 1) {
      return synced.get(0);
    }
    if (synced.isEmpty()) {
      throw new IllegalArgumentException("no org has synced into this store yet, so none can be assumed: name the"
          + " org the signals belong to with " + howToName);
    }
    throw new IllegalArgumentException("several orgs are served here (" + String.join(", ", synced)
        + "); choose one with " + howToName);
  }
}
