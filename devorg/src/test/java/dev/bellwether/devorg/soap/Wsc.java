package dev.bellwether.devorg.soap;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.org.OrgFactory;

/** Salesforce's own WSC client pointed at a devorg, the way integrations configure it. */
final class Wsc {
  private Wsc() {}

  /** Username/password login() against /services/Soap/u/{version}. */
  static PartnerConnection login(DevOrg devorg, String version) throws ConnectionException {
    return Connector.newConnection(loginConfig(devorg, version));
  }

  static ConnectorConfig loginConfig(DevOrg devorg, String version) {
    ConnectorConfig c = base();
    c.setUsername(OrgFactory.ADMIN_USERNAME);
    c.setPassword(OrgFactory.DEFAULT_PASSWORD);
    c.setAuthEndpoint(devorg.url() + "/services/Soap/u/" + version);
    return c;
  }

  /** The token-only setup API 65.0 needs: no login call, the token is the session id. */
  static PartnerConnection withToken(DevOrg devorg, String version, String token) throws ConnectionException {
    return Connector.newConnection(tokenConfig(devorg, version, token));
  }

  static ConnectorConfig tokenConfig(DevOrg devorg, String version, String token) {
    ConnectorConfig c = base();
    c.setSessionId(token);
    c.setServiceEndpoint(serverUrl(devorg, version));
    return c;
  }

  /** The serverUrl login hands out. */
  static String serverUrl(DevOrg devorg, String version) {
    return devorg.url() + "/services/Soap/u/" + version + "/" + devorg.org().id().substring(0, 15);
  }

  /** A fresh admin session token, as the OAuth endpoints would issue. */
  static String adminToken(DevOrg devorg) {
    return devorg.org().sessions().open(devorg.org().id(), devorg.org().adminUserId(), "bellwether-cli").token();
  }

  private static ConnectorConfig base() {
    ConnectorConfig c = new ConnectorConfig();
    c.setConnectionTimeout(10_000);
    c.setReadTimeout(30_000);
    return c;
  }
}
