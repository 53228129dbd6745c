package dev.bellwether.metrics.health;

/** A health band, with the CRM picklist value of {@code CS_Health_Band__c}. */
public enum Band {
  RED("Red"),
  YELLOW("Yellow"),
  GREEN("Green");

  private final String label;

  Band(String label) {
    this.label = label;
  }

  /** The picklist value and display name: {@code Red}, {@code Yellow}, {@code Green}. */
  public String label() {
    return label;
  }

  /** The band with this label in any case, e.g. {@code green}; names the choices otherwise. */
  public static Band fromLabel(String label) {
    for (Band band : values()) {
      if (band.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
        return band;
      }
    }
    throw new IllegalArgumentException("unknown health band '" + label + "'; use Red, Yellow or Green");
  }

  @Override
  public String toString() {
    return label;
  }
}
