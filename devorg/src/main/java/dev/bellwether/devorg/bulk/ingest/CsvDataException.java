package dev.bellwether.devorg.bulk.ingest;

/**
 * The uploaded CSV cannot be processed at all (bad header, wrong line ending, unparseable
 * text). The job goes to Failed with this message as its errorMessage, worded as Salesforce's
 * ("InvalidBatch : Field name not found : Foo").
 */
final class CsvDataException extends Exception {
  CsvDataException(String message) {
    super(message, null, false, false);
  }
}
