package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ObjectSchema;

/**
 * Opens reads over each API surface; the connector chooses which by volume. The SOQL given is
 * complete and already namespace-qualified.
 */
public interface QuerySources {

  /** REST query with nextRecordsUrl paging, 2,000 records a page. */
  PageSource rest(String soql, boolean includeDeleted, ObjectSchema schema) throws CrmException;

  /** SOAP query/queryMore (WSC), 2,000 records a page. */
  PageSource soap(String soql, boolean includeDeleted, ObjectSchema schema) throws CrmException;

  /** A Bulk API 2.0 query job, streamed page by page. */
  PageSource bulk(String soql, boolean includeDeleted, ObjectSchema schema) throws CrmException;

  /** The number of records a "SELECT COUNT() ..." query counts: one request, no records. */
  long count(String object, String countSoql) throws CrmException;
}
