package dev.bellwether.connector;

import java.util.List;

/**
 * What to read: an object and only the fields the caller maps. Id and SystemModstamp are always
 * read in addition, because sync needs them for identity and watermarks.
 *
 * <p>With {@code includeDeleted}, a read of changes also returns the records deleted in its window
 * (Salesforce's queryAll: a deletion moves a record's SystemModstamp to the deletion time), each
 * with {@link CrmRecord#deleted()} true; IsDeleted is then read as well. An incremental poll thus
 * learns changes and deletions from the same call. Records emptied from the recycle bin or hard
 * deleted are gone from such reads, so {@link CrmConnector#deletions} stays the complete feed.
 *
 * @param object the object's API name, without any namespace prefix
 * @param fields the fields to read
 * @param includeDeleted whether deleted records (still in the recycle bin) are read too
 */
public record ReadRequest(String object, List<String> fields, boolean includeDeleted) {

  public ReadRequest {
    if (object == null || object.isBlank()) {
      throw new IllegalArgumentException("a read needs an object");
    }
    fields = List.copyOf(fields);
  }

  /** A read of live records only. */
  public ReadRequest(String object, List<String> fields) {
    this(object, fields, false);
  }

  /** The same read, including the records deleted in its window. */
  public ReadRequest includingDeleted() {
    return new ReadRequest(object, fields, true);
  }
}
