package dev.bellwether.sync.mapping;

/**
 * One mapped field.
 *
 * @param field the CRM field's API name, unqualified
 * @param direction which way values flow
 */
public record FieldMapping(String field, Direction direction) {

  public boolean inbound() {
    return direction != Direction.OUTBOUND;
  }

  public boolean outbound() {
    return direction != Direction.INBOUND;
  }
}
