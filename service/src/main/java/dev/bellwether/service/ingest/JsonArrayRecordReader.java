package dev.bellwether.service.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

/**
 * A JSON array of objects, read token by token so the array may be any size. An element that is
 * not an object is rejected; malformed JSON ends the read at the break (nothing after it can be
 * trusted), keeping every element before it.
 */
final class JsonArrayRecordReader implements RecordReader {
  private final JsonFactory factory = new JsonFactory();

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException, SQLException, BrokenInputException {
    try (JsonParser parser = factory.createParser(in)) {
      readArray(parser, sink);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BrokenInputException(line, "malformed JSON, reading stopped here: " + e.getOriginalMessage());
    }
  }

  private static void readArray(JsonParser parser, RecordSink sink)
      throws IOException, SQLException, BrokenInputException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_ARRAY) {
      throw new BrokenInputException(first == null ? 1 : parser.currentTokenLocation().getLineNr(),
          "expected a JSON array of objects, found " + (first == null ? "nothing" : JsonObjects.describe(first)));
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new BrokenInputException(parser.currentLocation().getLineNr(),
            "malformed JSON, reading stopped here: the input ends inside the array");
      }
      long line = parser.currentTokenLocation().getLineNr();
      if (token == JsonToken.START_OBJECT) {
        sink.record(line, JsonObjects.read(parser), RawLine.NONE);
      } else {
        sink.unreadable(line, "expected a JSON object, found " + JsonObjects.describe(token), null);
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw new BrokenInputException(parser.currentTokenLocation().getLineNr(),
          "malformed JSON: more after the array's closing bracket");
    }
  }
}
