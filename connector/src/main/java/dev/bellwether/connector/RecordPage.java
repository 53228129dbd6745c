package dev.bellwether.connector;

import java.util.List;

/**
 * One page of records as read from the CRM; sync applies a page in one transaction.
 *
 * @param records the records, each with id and the fields read
 */
public record RecordPage(List<CrmRecord> records) {

  public RecordPage {
    records = List.copyOf(records);
  }

  public int size() {
    return records.size();
  }
}
