package dev.bellwether.devorg.soap;

import java.util.Map;
import java.util.Optional;

/** The partner operations devorg serves, by element name (login is served apart: no session). */
final class PartnerOperations {
  private final Map<String, SoapOperation> byName;

  PartnerOperations(QueryCursors cursors) {
    byName = Map.ofEntries(
        Map.entry("getUserInfo", new GetUserInfoOperation()),
        Map.entry("getServerTimestamp", new GetServerTimestampOperation()),
        Map.entry("describeGlobal", new DescribeGlobalOperation()),
        Map.entry("describeSObject", new DescribeSObjectOperation(false)),
        Map.entry("describeSObjects", new DescribeSObjectOperation(true)),
        Map.entry("query", new QueryOperation(false, cursors)),
        Map.entry("queryAll", new QueryOperation(true, cursors)),
        Map.entry("queryMore", new QueryMoreOperation(cursors)),
        Map.entry("retrieve", new RetrieveOperation()),
        Map.entry("create", new SObjectSaveOperation(SObjectSaveOperation.Kind.CREATE)),
        Map.entry("update", new SObjectSaveOperation(SObjectSaveOperation.Kind.UPDATE)),
        Map.entry("upsert", new SObjectSaveOperation(SObjectSaveOperation.Kind.UPSERT)),
        Map.entry("delete", new IdSaveOperation(false)),
        Map.entry("undelete", new IdSaveOperation(true)),
        Map.entry("getUpdated", new GetUpdatedOperation()),
        Map.entry("getDeleted", new GetDeletedOperation()));
  }

  Optional<SoapOperation> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
