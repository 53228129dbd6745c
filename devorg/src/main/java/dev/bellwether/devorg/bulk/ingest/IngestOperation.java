package dev.bellwether.devorg.bulk.ingest;

/** What an ingest job does with each CSV row, spelled as the job's "operation" property. */
public enum IngestOperation {
  INSERT("insert"),
  UPDATE("update"),
  UPSERT("upsert"),
  DELETE("delete"),
  /**
   * Salesforce skips the recycle bin here. devorg's store has no purge, so a hard-deleted
   * record lands in the recycle bin like a deleted one (queryAll still sees it).
   */
  HARD_DELETE("hardDelete");

  private final String wireName;

  IngestOperation(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** True for delete and hardDelete, whose rows carry only an Id. */
  public boolean deletes() {
    return this == DELETE || this == HARD_DELETE;
  }

  /** The operation with this exact wire name, or null. */
  public static IngestOperation fromWire(String name) {
    for (IngestOperation o : values()) {
      if (o.wireName.equals(name)) {
        return o;
      }
    }
    return null;
  }
}
