package dev.bellwether.service.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

/** Reads one input format as records, streaming: memory stays constant whatever the input's size. */
interface RecordReader {

  /**
   * Hands every record of {@code in} to {@code sink}, in order.
   *
   * @throws BrokenInputException when the input cannot be read further; records before it were handed over
   */
  void read(InputStream in, RecordSink sink) throws IOException, SQLException, BrokenInputException;

  /** The reader of a format. */
  static RecordReader of(InputFormat format) {
    return switch (format) {
      case JSON -> new JsonArrayRecordReader();
      case NDJSON -> new NdjsonRecordReader();
      case CSV -> new CsvRecordReader();
    };
  }
}
