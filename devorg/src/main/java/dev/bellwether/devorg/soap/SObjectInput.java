package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.store.SaveError;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One sObject from a create, update or upsert request.
 *
 * @param id the Id element's text, or null
 * @param fields field values as sent (text), parent references already turned into ids
 * @param problem a reason the record cannot be saved found while reading it, or null
 */
record SObjectInput(String type, String id, Map<String, Object> fields, Set<String> fieldsToNull,
    SaveError problem) {
  SObjectInput {
    fields = new LinkedHashMap<>(fields);
    fieldsToNull = new LinkedHashSet<>(fieldsToNull);
  }
}
