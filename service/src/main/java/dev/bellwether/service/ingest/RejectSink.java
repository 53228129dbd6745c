package dev.bellwether.service.ingest;

import java.io.IOException;

/** Where rejected lines go: the console and a rejects file (CLI), or the first few into the answer (HTTP). */
@FunctionalInterface
public interface RejectSink {

  void reject(Rejection rejection) throws IOException;
}
