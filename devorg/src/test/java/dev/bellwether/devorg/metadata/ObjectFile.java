package dev.bellwether.devorg.metadata;

import java.util.ArrayList;
import java.util.List;

/** Builds a metadata-API format .object file (object settings plus {@code <fields>}). */
public final class ObjectFile {
  private final String name;
  private String label;
  private String pluralLabel;
  private String sharingModel = "ReadWrite";
  private String nameFieldType = "Text";
  private final List<String> fields = new ArrayList<>();

  private ObjectFile(String name) {
    this.name = name;
    this.label = name.replace("__c", "").replace('_', ' ');
    this.pluralLabel = label + "s";
  }

  public static ObjectFile custom(String name) {
    return new ObjectFile(name);
  }

  /** The CS_Health__c object as manifests/ defines it, in deploy-zip form. */
  public static ObjectFile csHealth() {
    return custom("CS_Health__c").labels("CS Health", "CS Health Records")
        .sharing("ControlledByParent")
        .field("Account__c", "<label>Account</label><referenceTo>Account</referenceTo>"
            + "<relationshipName>CS_Health_Records</relationshipName><type>MasterDetail</type>")
        .field("External_Id__c", "<caseSensitive>false</caseSensitive><externalId>true</externalId>"
            + "<label>External Id</label><length>80</length><type>Text</type><unique>true</unique>")
        .field("Score__c", "<label>Score</label><precision>5</precision><scale>2</scale>"
            + "<type>Number</type>")
        .field("Band__c", "<label>Band</label><type>Picklist</type><valueSet><restricted>true"
            + "</restricted><valueSetDefinition><sorted>false</sorted>"
            + "<value><fullName>Green</fullName><default>false</default><label>Green</label></value>"
            + "<value><fullName>Yellow</fullName><default>false</default><label>Yellow</label></value>"
            + "<value><fullName>Red</fullName><default>false</default><label>Red</label></value>"
            + "</valueSetDefinition></valueSet>");
  }

  public ObjectFile labels(String label, String pluralLabel) {
    this.label = label;
    this.pluralLabel = pluralLabel;
    return this;
  }

  public ObjectFile sharing(String sharingModel) {
    this.sharingModel = sharingModel;
    return this;
  }

  public ObjectFile autoNumberName() {
    this.nameFieldType = "AutoNumber";
    return this;
  }

  /** A {@code <fields>} entry: its fullName and the rest of its elements as XML text. */
  public ObjectFile field(String fullName, String elements) {
    fields.add("    <fields>\n        <fullName>" + fullName + "</fullName>\n        " + elements
        + "\n    </fields>\n");
    return this;
  }

  public String name() {
    return name;
  }

  public String xml() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<CustomObject xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <deploymentStatus>Deployed</deploymentStatus>\n"
        + "    <label>" + label + "</label>\n"
        + "    <nameField>\n        <label>" + label + " Name</label>\n        <type>"
        + nameFieldType + "</type>\n"
        + (nameFieldType.equals("AutoNumber") ? "        <displayFormat>N-{0000}</displayFormat>\n" : "")
        + "    </nameField>\n"
        + "    <pluralLabel>" + pluralLabel + "</pluralLabel>\n"
        + "    <sharingModel>" + sharingModel + "</sharingModel>\n");
    fields.forEach(b::append);
    return b.append("</CustomObject>\n").toString();
  }
}
