package dev.bellwether.connector;

import java.util.List;

/**
 * What to read: an object and only the fields the caller maps. Id and SystemModstamp are always
 * read in addition, because sync needs them for identity and watermarks.
 *
 * @param object the object's API name, without any namespace prefix
 * @param fields the fields to read
 */
public record ReadRequest(String object, List<String> fields) {

  public ReadRequest {
    if (object == null || object.isBlank()) {
      throw new IllegalArgumentException("a read needs an object");
    }
    fields = List.copyOf(fields);
  }
}
