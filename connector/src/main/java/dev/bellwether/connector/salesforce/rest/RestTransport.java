package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.budget.LimitObserver;
import dev.bellwether.connector.salesforce.call.CallGuard;
import dev.bellwether.connector.salesforce.call.TransientCallException;
import dev.bellwether.connector.salesforce.call.TransientKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * HTTP to Salesforce's REST and Bulk 2.0 endpoints through OkHttp: the bearer token, one session
 * renewal on 401, gzip both ways, Sforce-Limit-Info to the budget, and every call through the
 * {@link CallGuard}.
 */
public final class RestTransport implements AutoCloseable {
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  public static final MediaType CSV = MediaType.get("text/csv");
  private final OkHttpClient http;
  private final SessionTokens session;
  private final String apiVersion;
  private final CallGuard guard;
  private final ObjectMapper json;
  private final RestErrors errors;

  public RestTransport(SessionTokens session, String apiVersion, Duration connectTimeout,
      Duration readTimeout, LimitObserver limits, CallGuard guard, ObjectMapper json) {
    this.session = session;
    this.apiVersion = apiVersion;
    this.guard = guard;
    // Currency and numbers must not pass through double: 1000.50 stays 1000.50.
    this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    this.errors = new RestErrors(json);
    this.http = new OkHttpClient.Builder()
        // HTTP/1.1 only: an h2c upgrade offer to a plain-HTTP server buys nothing and some proxies mishandle it.
        .protocols(java.util.List.of(Protocol.HTTP_1_1))
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .retryOnConnectionFailure(false) // retries belong to the CallGuard, which counts them
        .addInterceptor(new BearerInterceptor(session))
        .addInterceptor(new GzipRequestInterceptor())
        .addNetworkInterceptor(new LimitInfoInterceptor(limits))
        .authenticator(new SessionRenewingAuthenticator(session))
        .build();
  }

  /** "/services/data/v64.0/" + rest. */
  public String dataPath(String rest) {
    return "/services/data/v" + apiVersion + "/" + (rest.startsWith("/") ? rest.substring(1) : rest);
  }

  public String apiVersion() {
    return apiVersion;
  }

  public ObjectMapper json() {
    return json;
  }

  /** GET a path (absolute from the instance root, query string included) and parse JSON. */
  public JsonNode getJson(String what, String object, String path) throws CrmException {
    return getJson(what, object, path, Map.of());
  }

  /** GET with request headers (e.g. Sforce-Query-Options) and parse JSON. */
  public JsonNode getJson(String what, String object, String path, Map<String, String> headers)
      throws CrmException {
    return exchange(what, object, "GET", path, headers, null, r -> json.readTree(r.body().byteStream()));
  }

  /** Sends a JSON body (or none when null) and parses the JSON answer; an empty answer is null. */
  public JsonNode sendJson(String what, String object, String method, String path, Object body)
      throws CrmException {
    RequestBody rb = body == null ? null : RequestBody.create(bytes(body), JSON);
    return exchange(what, object, method, path, rb, r -> {
      String text = r.body().string();
      return text.isEmpty() ? null : json.readTree(text);
    });
  }

  /**
   * The general call: builds the request on every attempt (the token may have been renewed),
   * maps failures, and hands a 2xx response to {@code reader} inside the guarded call.
   */
  public <T> T exchange(String what, String object, String method, String path, RequestBody body,
      ResponseReader<T> reader) throws CrmException {
    return exchange(what, object, method, path, Map.of(), body, reader);
  }

  /** As {@link #exchange(String, String, String, String, RequestBody, ResponseReader)}, with request headers. */
  public <T> T exchange(String what, String object, String method, String path, Map<String, String> headers,
      RequestBody body, ResponseReader<T> reader) throws CrmException {
    return guard.call(what, object, () -> {
      Request.Builder builder = new Request.Builder().url(url(path)).method(method, body);
      headers.forEach(builder::header);
      Request request = builder.build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          String text = response.body() == null ? "" : response.body().string();
          throw errors.toException(response.code(), text, what, object);
        }
        return reader.read(response);
      } catch (AuthenticationFailedIOException e) {
        throw e.failure(); // a refused token or renewal is permanent, not a connection problem
      } catch (SocketTimeoutException e) {
        throw new TransientCallException(TransientKind.TIMEOUT, what + " timed out", e);
      } catch (InterruptedIOException e) {
        throw new TransientCallException(TransientKind.TIMEOUT, what + " was interrupted: " + e.getMessage(), e);
      } catch (IOException e) {
        throw new TransientCallException(TransientKind.CONNECTION, what + " lost its connection: " + e, e);
      }
    });
  }

  private HttpUrl url(String path) throws CrmException {
    AccessToken token = session.current();
    HttpUrl base = HttpUrl.get(token.instanceUrl().toString());
    HttpUrl url = base.resolve(path);
    if (url == null) {
      throw new CrmException(Kind.PROTOCOL, null, null, "cannot resolve " + path + " against " + base);
    }
    return url;
  }

  private byte[] bytes(Object body) throws CrmException {
    try {
      return body instanceof byte[] b ? b : json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new CrmException(Kind.PROTOCOL, null, null, "cannot write request JSON: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
