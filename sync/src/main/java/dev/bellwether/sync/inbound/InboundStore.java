package dev.bellwether.sync.inbound;

import dev.bellwether.store.RecordRepository;
import dev.bellwether.store.Transactions;
import dev.bellwether.store.WatermarkRepository;
import java.util.Objects;

/**
 * The parts of the store inbound sync writes to.
 *
 * @param transactions runs each page's work in one transaction
 * @param records the CRM records
 * @param watermarks where each object's sync stands
 */
public record InboundStore(Transactions transactions, RecordRepository records, WatermarkRepository watermarks) {

  public InboundStore {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(watermarks, "watermarks");
  }
}
