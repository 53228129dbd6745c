package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.Optional;

/**
 * login(username, password): a new session and the serverUrl every later call must use.
 * Only up to API 64.0; Salesforce removed SOAP login() from 65.0 on, and a client there must
 * bring an OAuth access token as its session id.
 */
final class LoginOperation implements SoapOperation {
  /** The client id recorded on sessions opened by SOAP login. */
  static final String CLIENT_ID = "soap-login";

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    if (!call.version().allowsLogin()) {
      throw SoapFault.unexpected("INVALID_OPERATION", "SOAP login() is not available in API version "
          + call.version() + "; it was removed in API version 65.0 and later. Authenticate with OAuth"
          + " and send the access token as the SessionHeader sessionId.");
    }
    Org org = call.org();
    String username = call.params().childText("username");
    String password = call.params().childText("password");
    Optional<StoredRecord> user = org.userByUsername(username == null ? "" : username.trim());
    if (user.isEmpty() || !org.credentials().matches(user.get().id(), password)
        || Boolean.FALSE.equals(user.get().get("IsActive"))) {
      throw SoapFault.api(SoapFault.Detail.LOGIN, "INVALID_LOGIN",
          "Invalid username, password, security token; or user locked out.");
    }
    Session session = org.sessions().open(org.id(), user.get().id(), CLIENT_ID);
    String org15 = org.id().substring(0, 15);
    out.open("loginResponse").open("result")
        .element("metadataServerUrl", org.baseUrl() + "/services/Soap/m/" + call.version() + "/" + org15)
        .element("passwordExpired", false)
        .element("sandbox", false)
        .element("serverUrl", org.baseUrl() + "/services/Soap/u/" + call.version() + "/" + org15)
        .element("sessionId", session.token())
        .element("userId", user.get().id());
    UserInfoWriter.write(out, "userInfo", org, user.get());
    out.close("result").close("loginResponse");
  }
}
