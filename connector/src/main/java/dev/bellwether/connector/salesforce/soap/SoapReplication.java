package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.DeletedRecord;
import com.sforce.soap.partner.GetDeletedResult;
import com.sforce.soap.partner.GetUpdatedResult;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.Deletions;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.connector.salesforce.Replication;
import dev.bellwether.connector.salesforce.UpdatedIds;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The partner API's replication calls: getDeleted and getUpdated for a window of server time,
 * getServerTimestamp, and the org id from getUserInfo. Salesforce ignores seconds in the window,
 * keeps deletions for about 30 days and refuses windows longer than that
 * (INVALID_REPLICATION_DATE, an INVALID_REQUEST here).
 */
public final class SoapReplication implements Replication {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private final PartnerConnections soap;
  private final Namespace namespace;

  public SoapReplication(PartnerConnections soap, Namespace namespace) {
    this.soap = soap;
    this.namespace = namespace;
  }

  /** Records of {@code object} (unqualified) deleted within the window, and how far back deletions go. */
  @Override
  public Deletions deleted(String object, TimeWindow window) throws CrmException {
    String type = namespace.qualify(object);
    GetDeletedResult r = soap.soapCall("getDeleted " + object, object,
        pc -> pc.getDeleted(type, calendar(window.from()), calendar(window.to())));
    List<dev.bellwether.connector.DeletedRecord> records = new ArrayList<>();
    if (r.getDeletedRecords() != null) {
      for (DeletedRecord d : r.getDeletedRecords()) {
        records.add(new dev.bellwether.connector.DeletedRecord(d.getId(), instant(d.getDeletedDate())));
      }
    }
    return new Deletions(records, instant(r.getEarliestDateAvailable()), instant(r.getLatestDateCovered()));
  }

  /** Ids of records of {@code object} (unqualified) created or changed within the window. */
  public UpdatedIds updated(String object, TimeWindow window) throws CrmException {
    String type = namespace.qualify(object);
    GetUpdatedResult r = soap.soapCall("getUpdated " + object, object,
        pc -> pc.getUpdated(type, calendar(window.from()), calendar(window.to())));
    List<String> ids = r.getIds() == null ? List.of() : Arrays.asList(r.getIds());
    return new UpdatedIds(ids, instant(r.getLatestDateCovered()));
  }

  /** Salesforce's clock. */
  @Override
  public Instant serverTime() throws CrmException {
    return instant(soap.soapCall("getServerTimestamp", null, pc -> pc.getServerTimestamp()).getTimestamp());
  }

  /** The org id of the integration user, as getUserInfo reports it. */
  public String orgId() throws CrmException {
    return soap.soapCall("getUserInfo", null, pc -> pc.getUserInfo()).getOrganizationId();
  }

  private static Calendar calendar(Instant instant) {
    Calendar c = new GregorianCalendar(UTC);
    c.setTimeInMillis(instant.toEpochMilli());
    return c;
  }

  private static Instant instant(Calendar calendar) {
    return calendar == null ? null : calendar.toInstant();
  }
}
