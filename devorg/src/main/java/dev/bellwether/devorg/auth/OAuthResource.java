package dev.bellwether.devorg.auth;

import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth 2.0 endpoints: the token endpoint (password, refresh_token, client_credentials,
 * JWT bearer), userinfo and the identity URL.
 */
@Path("/")
public final class OAuthResource {
  private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
  private final Org org;
  private final JwtBearerVerifier jwt;

  @Inject
  public OAuthResource(Org org) {
    this.org = org;
    this.jwt = new JwtBearerVerifier(org);
  }

  @POST
  @Path("services/oauth2/token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response token(@FormParam("grant_type") String grantType,
      @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret,
      @FormParam("username") String username, @FormParam("password") String password,
      @FormParam("refresh_token") String refreshToken, @FormParam("assertion") String assertion) {
    if (grantType == null) {
      return oauthError(400, "unsupported_grant_type", "grant type not supported");
    }
    switch (grantType) {
      case "password": {
        Optional<ConnectedApp> app = authenticClient(clientId, clientSecret);
        if (app.isEmpty()) {
          return oauthError(400, "invalid_client_id", "client identifier invalid");
        }
        Optional<StoredRecord> user = org.userByUsername(username == null ? "" : username);
        if (user.isEmpty() || !org.credentials().matches(user.get().id(), password)
            || Boolean.FALSE.equals(user.get().get("IsActive"))) {
          return oauthError(400, "invalid_grant", "authentication failure");
        }
        Session s = org.sessions().open(org.id(), user.get().id(), clientId);
        return tokenResponse(s, org.sessions().refreshTokenFor(s));
      }
      case "refresh_token": {
        Optional<Session> previous = org.sessions().byRefreshToken(refreshToken);
        if (previous.isEmpty() || (clientId != null && !clientId.equals(previous.get().clientId()))) {
          return oauthError(400, "invalid_grant", "expired access/refresh token");
        }
        return tokenResponse(org.sessions().open(org.id(), previous.get().userId(), previous.get().clientId()), null);
      }
      case "client_credentials": {
        if (authenticClient(clientId, clientSecret).isEmpty()) {
          return oauthError(400, "invalid_client", "invalid client credentials");
        }
        // Salesforce runs client-credentials flows as the app's "run as" user; here the admin.
        return tokenResponse(org.sessions().open(org.id(), org.adminUserId(), clientId), null);
      }
      case "urn:ietf:params:oauth:grant-type:jwt-bearer": {
        JwtBearerVerifier.Result r = jwt.verify(assertion);
        if (r.error() != null) {
          return oauthError(400, "invalid_grant", r.error());
        }
        return tokenResponse(org.sessions().open(org.id(), r.userId(), r.clientId()), null);
      }
      default:
        return oauthError(400, "unsupported_grant_type", "grant type not supported");
    }
  }

  @GET
  @Path("services/oauth2/userinfo")
  @Produces(MediaType.APPLICATION_JSON)
  public Response userinfo(@HeaderParam("Authorization") String authorization) {
    Session s = org.sessions().find(RestGate.bearer(authorization)).orElseThrow(ApiException::invalidSession);
    return json(identity(s.userId()));
  }

  @GET
  @Path("id/{orgId}/{userId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response id(@PathParam("orgId") String orgId, @PathParam("userId") String userId,
      @HeaderParam("Authorization") String authorization, @QueryParam("oauth_token") String oauthToken) {
    String token = oauthToken != null ? oauthToken : RestGate.bearer(authorization);
    org.sessions().find(token).orElseThrow(() -> new ApiException(403, "Bad_OAuth_Token", "Bad_OAuth_Token"));
    if (!org.id().equals(dev.bellwether.devorg.store.Ids.normalize(orgId))) {
      throw new ApiException(404, "NOT_FOUND", "no such organization " + orgId);
    }
    Map<String, Object> out = identity(dev.bellwether.devorg.store.Ids.normalize(userId));
    return json(out);
  }

  @POST
  @Path("services/oauth2/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@FormParam("token") String token) {
    org.sessions().revoke(token);
    return Response.ok().build();
  }

  private Map<String, Object> identity(String userId) {
    StoredRecord u = org.user(userId).orElseThrow(() -> new ApiException(404, "NOT_FOUND", "no such user " + userId));
    String base = org.baseUrl();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sub", base + "/id/" + org.id() + "/" + u.id());
    out.put("id", base + "/id/" + org.id() + "/" + u.id());
    out.put("user_id", u.id());
    out.put("organization_id", org.id());
    out.put("preferred_username", u.get("Username"));
    out.put("username", u.get("Username"));
    out.put("nickname", u.get("Alias"));
    out.put("name", u.get("Name"));
    out.put("display_name", u.get("Name"));
    out.put("email", u.get("Email"));
    out.put("email_verified", true);
    out.put("given_name", u.get("FirstName"));
    out.put("family_name", u.get("LastName"));
    out.put("zoneinfo", u.get("TimeZoneSidKey"));
    out.put("locale", u.get("LocaleSidKey"));
    out.put("language", u.get("LanguageLocaleKey"));
    out.put("user_type", "STANDARD");
    out.put("active", u.get("IsActive"));
    out.put("is_app_installed", true);
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("enterprise", base + "/services/Soap/c/{version}/" + org.id().substring(0, 15));
    urls.put("partner", base + "/services/Soap/u/{version}/" + org.id().substring(0, 15));
    urls.put("rest", base + "/services/data/v{version}/");
    urls.put("sobjects", base + "/services/data/v{version}/sobjects/");
    urls.put("query", base + "/services/data/v{version}/query/");
    urls.put("profile", base + "/" + u.id());
    out.put("urls", urls);
    return out;
  }

  private Optional<ConnectedApp> authenticClient(String clientId, String clientSecret) {
    return org.apps().byClientId(clientId)
        .filter(a -> clientSecret == null || a.clientSecret().equals(clientSecret));
  }

  private Response tokenResponse(Session s, String refreshToken) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("access_token", s.token());
    if (refreshToken != null) {
      out.put("refresh_token", refreshToken);
    }
    out.put("instance_url", org.baseUrl());
    out.put("id", org.baseUrl() + "/id/" + org.id() + "/" + s.userId());
    out.put("token_type", "Bearer");
    out.put("issued_at", String.valueOf(org.clock().millis()));
    out.put("signature", "");
    out.put("scope", "api refresh_token web full");
    return json(out);
  }

  private static Response json(Object body) {
    try {
      return Response.ok(Json.MAPPER.writeValueAsString(body), JSON).build();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response oauthError(int status, String error, String description) {
    return Response.status(status).type(JSON)
        .entity("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}").build();
  }
}
