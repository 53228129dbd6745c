package dev.bellwether.devorg.describe;

/** A record type of an object; devorg only has Salesforce's implicit Master record type. */
public record RecordTypeInfo(String recordTypeId, String name, String developerName,
    boolean active, boolean available, boolean defaultRecordTypeMapping, boolean master) {

  /** The id Salesforce gives the Master record type in every org. */
  public static final String MASTER_ID = "012000000000000AAA";

  /** The Master record type every object has. */
  public static RecordTypeInfo masterRecordType() {
    return new RecordTypeInfo(MASTER_ID, "Master", "Master", true, true, true, true);
  }
}
