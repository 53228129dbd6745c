package dev.bellwether.devorg.metadata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Speaks the Metadata SOAP API the way jsforce does (default namespace on Header and Body),
 * over real HTTP, and parses answers with devorg's own XML reader.
 */
public final class MetadataSoapClient {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String endpoint;
  private final String sessionId;

  public MetadataSoapClient(String baseUrl, String version, String sessionId) {
    this.endpoint = baseUrl + "/services/Soap/m/" + version;
    this.sessionId = sessionId;
  }

  /** A raw call: the body element's XML in the metadata namespace. */
  public HttpResponse<String> call(String bodyXml) throws IOException, InterruptedException {
    String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<soapenv:Header xmlns=\"http://soap.sforce.com/2006/04/metadata\">"
        + "<SessionHeader><sessionId>" + sessionId + "</sessionId></SessionHeader>"
        + "<CallOptions><client>bellwether-test</client></CallOptions></soapenv:Header>"
        + "<soapenv:Body xmlns=\"http://soap.sforce.com/2006/04/metadata\">" + bodyXml
        + "</soapenv:Body></soapenv:Envelope>";
    return http.send(HttpRequest.newBuilder(URI.create(endpoint))
        .header("Content-Type", "text/xml").header("SOAPAction", "\"\"")
        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** deploy; returns the AsyncResult element. Options: DeployOptions element name → value. */
  public XmlElement deploy(byte[] zip, Map<String, String> options) throws Exception {
    StringBuilder opts = new StringBuilder();
    options.forEach((k, v) -> opts.append('<').append(k).append('>').append(v).append("</")
        .append(k).append('>'));
    return result(call("<deploy><ZipFile>" + Base64.getEncoder().encodeToString(zip)
        + "</ZipFile><DeployOptions>" + opts + "</DeployOptions></deploy>"));
  }

  /** checkDeployStatus; returns the DeployResult element. */
  public XmlElement checkDeployStatus(String id, boolean includeDetails) throws Exception {
    return result(call("<checkDeployStatus><asyncProcessId>" + id + "</asyncProcessId>"
        + "<includeDetails>" + includeDetails + "</includeDetails></checkDeployStatus>"));
  }

  /** Polls checkDeployStatus (with details) until done; fails after 10 seconds. */
  public XmlElement awaitDeploy(String id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      XmlElement r = checkDeployStatus(id, true);
      if (r.text("done").orElse("").equals("true")) {
        return r;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("deploy " + id + " not done after 10 s: " + r);
      }
      Thread.sleep(20);
    }
  }

  /** deploy then wait for the result. */
  public XmlElement deployAndWait(byte[] zip, Map<String, String> options) throws Exception {
    return awaitDeploy(deploy(zip, options).text("id").orElseThrow());
  }

  /** The {@code result} element of a successful response (HTTP 200). */
  public static XmlElement result(HttpResponse<String> response) throws Exception {
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    XmlElement envelope = MetadataXml.parse(response.body().getBytes(StandardCharsets.UTF_8));
    return envelope.child("Body").orElseThrow().children().get(0).child("result").orElseThrow();
  }
}
