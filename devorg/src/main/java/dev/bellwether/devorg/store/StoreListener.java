package dev.bellwether.devorg.store;

import java.util.List;

/** Told of every committed batch (the records in their new state), e.g. to journal them. */
public interface StoreListener {
  void committed(List<StoredRecord> changed);
}
