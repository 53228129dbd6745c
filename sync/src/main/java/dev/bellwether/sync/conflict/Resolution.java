package dev.bellwether.sync.conflict;

/** What happens to one locally edited field when an inbound version of its record arrives. */
public enum Resolution {
  /** Bellwether's value stays: the CRM did not change the field, or the version predates Bellwether's write. */
  KEEP_LOCAL,
  /** The CRM has Bellwether's value (the echo of its write): the edit is done with; no conflict. */
  CONFIRMED,
  /** The CRM changed the field after it accepted Bellwether's write: its value is taken; no conflict. */
  CRM_CHANGED_LATER,
  /** Both changed the field and the CRM's change is later: its value is taken, the local edit dropped, logged. */
  CRM_WINS,
  /** Both changed the field and Bellwether's edit is later: Bellwether's value stays and is written; logged. */
  BELLWETHER_WINS;

  /** Whether the decision goes to the conflict log. */
  public boolean conflict() {
    return this == CRM_WINS || this == BELLWETHER_WINS;
  }
}
