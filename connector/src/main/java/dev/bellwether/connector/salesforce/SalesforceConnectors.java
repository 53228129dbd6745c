package dev.bellwether.connector.salesforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.auth.TokenSources;
import dev.bellwether.connector.salesforce.budget.ApiBudget;
import dev.bellwether.connector.salesforce.bulk.BulkIngestWriter;
import dev.bellwether.connector.salesforce.bulk.BulkQuerySource;
import dev.bellwether.connector.salesforce.bulk.PollSchedule;
import dev.bellwether.connector.salesforce.call.ResilientCallGuard;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.rest.RestQuerySource;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.salesforce.rest.SObjectCollectionsWriter;
import dev.bellwether.connector.salesforce.soap.PartnerConnections;
import dev.bellwether.connector.salesforce.soap.SoapDescriber;
import dev.bellwether.connector.salesforce.soap.SoapQuerySource;
import dev.bellwether.connector.salesforce.soap.SoapReplication;
import dev.bellwether.connector.salesforce.soap.SoapWriter;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Builds a {@link SalesforceConnector} from validated configuration: the one place parts are wired. */
public final class SalesforceConnectors {
  /** Rounds of retrying records Salesforce refused with UNABLE_TO_LOCK_ROW, after the first try. */
  private static final int RECORD_RETRY_ROUNDS = 3;

  private SalesforceConnectors() {
  }

  /** A connector for the configuration; secrets are read from {@code environment} or files. */
  public static SalesforceConnector create(SalesforceConfig config, Map<String, String> environment, Clock clock)
      throws CrmException {
    SessionTokens session = new SessionTokens(TokenSources.forConfig(config, environment, clock));
    // After the org's limit is reported spent, one call is let through per limitBackoff to see if the rolling window freed some.
    ApiBudget budget = new ApiBudget(config.budget(), clock, config.retry().limitBackoff());
    ResilientCallGuard guard = new ResilientCallGuard(config.retry(), budget, clock);
    RestTransport rest = new RestTransport(session, config.apiVersion(), config.connectTimeout(),
        config.readTimeout(), budget, guard, new ObjectMapper());
    PartnerConnections soap = new PartnerConnections(session, config.apiVersion(), config.connectTimeout(),
        config.readTimeout(), budget, guard);
    Namespace ns = new Namespace(config.namespace() == null ? "" : config.namespace());
    SoapDescriber describer = new SoapDescriber(soap, ns);
    SoapReplication replication = new SoapReplication(soap, ns);
    WritePaths writes = new WritePaths(new SoapWriter(soap, ns), new SObjectCollectionsWriter(rest, ns),
        new BulkIngestWriter(rest, ns, PollSchedule.standard()), config.bulkThreshold(), RECORD_RETRY_ROUNDS,
        config.retry().initialBackoff(), d -> Thread.sleep(d.toMillis()));
    return new SalesforceConnector(session, ns,
        new DescribeCache(describer, clock, config.describeTtl()),
        new Sources(rest, soap, ns), replication, writes, budget::status, config.bulkThreshold(), rest::close);
  }

  /** Reads over REST, SOAP and Bulk for one connector. */
  private record Sources(RestTransport rest, PartnerConnections soap, Namespace ns) implements QuerySources {
    @Override
    public PageSource rest(String soql, boolean includeDeleted, ObjectSchema schema) {
      return new RestQuerySource(rest, soql, includeDeleted, schema, ns);
    }

    @Override
    public PageSource soap(String soql, boolean includeDeleted, ObjectSchema schema) throws CrmException {
      return SoapQuerySource.open(soap, soql, includeDeleted, schema, ns);
    }

    @Override
    public PageSource bulk(String soql, boolean includeDeleted, ObjectSchema schema) {
      return new BulkQuerySource(rest, soql, includeDeleted, schema, ns);
    }

    @Override
    public long count(String object, String countSoql) throws CrmException {
      ObjectSchema none = new ObjectSchema(object, object, "", false, false, false, false, List.of());
      try (RestQuerySource q = new RestQuerySource(rest, countSoql, false, none, ns)) {
        q.nextPage();
        return q.totalSize();
      }
    }
  }
}
