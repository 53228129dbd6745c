package dev.bellwether.connector.salesforce.auth;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.LoginResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.LoginFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SoapFaultException;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.config.ApiVersions;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * SOAP login(username, password) through WSC, for dev orgs only: Salesforce removed login() from
 * API 65.0 on, so a later version is refused here before anything is sent.
 */
public final class SoapLoginTokenSource implements TokenSource {
  private static final Set<String> UNAVAILABLE_CODES = Set.of("SERVER_UNAVAILABLE", "REQUEST_LIMIT_EXCEEDED");
  private static final Set<String> CONFIGURATION_CODES = Set.of("INVALID_OPERATION", "UNSUPPORTED_API_VERSION");
  private final URI loginUrl;
  private final String apiVersion;
  private final String username;
  private final String password;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Clock clock;

  /** Refuses (CONFIGURATION) an API version without SOAP login(). */
  public SoapLoginTokenSource(URI loginUrl, String apiVersion, String username, String password,
      Duration connectTimeout, Duration readTimeout, Clock clock) throws CrmException {
    if (!ApiVersions.hasSoapLogin(apiVersion)) {
      throw new CrmException(Kind.CONFIGURATION, null, null, "password: SOAP login() is not available at API "
          + apiVersion + "; Salesforce removed it from API 65.0 on. Use the jwt method, or API "
          + ApiVersions.LAST_WITH_SOAP_LOGIN + ".0 or older for a dev org");
    }
    this.loginUrl = Origins.of(loginUrl);
    this.apiVersion = apiVersion;
    this.username = username;
    this.password = password;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.clock = clock;
  }

  @Override
  public AccessToken fetch() throws CrmException {
    String endpoint = loginUrl + "/services/Soap/u/" + apiVersion;
    ConnectorConfig config = new ConnectorConfig();
    // login() goes to the service endpoint; the auth endpoint must be set too or WSC falls back
    // to the unusable endpoint compiled into the partner jar.
    config.setAuthEndpoint(endpoint);
    config.setServiceEndpoint(endpoint);
    config.setManualLogin(true);
    config.setConnectionTimeout(millis(connectTimeout));
    config.setReadTimeout(millis(readTimeout));
    try {
      PartnerConnection connection = Connector.newConnection(config);
      LoginResult result = connection.login(username, password);
      URI instance = Origins.of(URI.create(result.getServerUrl()));
      return new AccessToken(result.getSessionId(), instance, result.getUserInfo().getOrganizationId(),
          result.getUserId(), clock.instant());
    } catch (LoginFault f) {
      throw new CrmException(Kind.AUTHENTICATION, code(f), null, name() + ": Salesforce refused the SOAP login: "
          + code(f) + " (" + TokenErrors.redact(String.valueOf(f.getExceptionMessage()), List.of(password)) + ")");
    } catch (ApiFault f) {
      String code = code(f);
      Kind kind = UNAVAILABLE_CODES.contains(code) ? Kind.UNAVAILABLE
          : CONFIGURATION_CODES.contains(code) ? Kind.CONFIGURATION : Kind.AUTHENTICATION;
      throw new CrmException(kind, code, null, name() + ": SOAP login failed: " + code + " ("
          + TokenErrors.redact(String.valueOf(f.getExceptionMessage()), List.of(password)) + ")");
    } catch (SoapFaultException f) {
      throw new CrmException(Kind.PROTOCOL, null, null, name() + ": SOAP login failed with a fault: "
          + TokenErrors.redact(String.valueOf(f.getMessage()), List.of(password)));
    } catch (ConnectionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        String code = cause instanceof SocketTimeoutException ? "TIMEOUT" : "CONNECTION";
        throw new CrmException(Kind.UNAVAILABLE, code, null, name() + ": SOAP login at " + endpoint + " failed: "
            + cause.getClass().getSimpleName() + ": " + cause.getMessage(), e);
      }
      throw new CrmException(Kind.PROTOCOL, null, null, name() + ": SOAP login at " + endpoint + " failed: "
          + TokenErrors.redact(String.valueOf(e.getMessage()), List.of(password)), e);
    }
  }

  @Override
  public String name() {
    return "password";
  }

  @Override
  public String toString() {
    return "SoapLoginTokenSource[username=" + username + ", loginUrl=" + loginUrl + ", apiVersion="
        + apiVersion + "]";
  }

  private static String code(ApiFault f) {
    return f.getExceptionCode() == null ? "UNKNOWN_EXCEPTION" : f.getExceptionCode().toString();
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }
}
