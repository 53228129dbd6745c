package dev.bellwether.devorg.bulk;

/** The states of a Bulk API 2.0 job, with the exact spelling Salesforce puts on the wire. */
public enum JobState {
  OPEN("Open"),
  UPLOAD_COMPLETE("UploadComplete"),
  IN_PROGRESS("InProgress"),
  JOB_COMPLETE("JobComplete"),
  FAILED("Failed"),
  ABORTED("Aborted");

  private final String wireName;

  JobState(String wireName) {
    this.wireName = wireName;
  }

  /** "Open", "UploadComplete", ... */
  public String wireName() {
    return wireName;
  }

  /** True once the job will not change any more. */
  public boolean terminal() {
    return this == JOB_COMPLETE || this == FAILED || this == ABORTED;
  }

  /** The state with this wire name (exact spelling), or null. */
  public static JobState fromWire(String name) {
    for (JobState s : values()) {
      if (s.wireName.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
