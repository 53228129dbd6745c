package dev.bellwether.connector.salesforce.bulk;

import java.nio.file.Path;

/**
 * The CSV of one ingest job, on disk so a resubmitted job can upload it again.
 *
 * @param file the CSV, header included
 * @param rows the data rows in it
 * @param bytes the file's size
 * @param matcher maps result rows of the job back to input indexes
 */
record IngestChunk(Path file, int rows, long bytes, RowMatcher matcher) {
}
