package dev.bellwether.connector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A devorg in its own JVM for the benchmark (so its heap and CPU are not the client's), with
 * Account given the external id Bench_Key__c; and devorg's own count of API requests. Public for
 * the other modules' benchmarks (sync's), which start it on their own manifests and heap.
 */
public final class BenchDevOrg implements AutoCloseable {
  private final Process process;
  private final String url;
  private final String adminToken;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private BenchDevOrg(Process process, String url) throws Exception {
    this.process = process;
    this.url = url;
    this.adminToken = token();
  }

  static BenchDevOrg start(String classpath) throws Exception {
    return start(classpath, "2g", benchProject());
  }

  /**
   * @param classpath devorg's runtime classpath
   * @param heap the devorg JVM's -Xmx value, e.g. "4g"
   * @param manifests the SFDX project whose objects and fields the org knows
   */
  public static BenchDevOrg start(String classpath, String heap, Path manifests) throws Exception {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-cp", classpath, "dev.bellwether.devorg.DevOrgMain", "--port", "0",
        "--manifests", manifests.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      int at = line.indexOf("devorg ready at ");
      if (at >= 0) {
        String url = line.substring(at + "devorg ready at ".length()).trim();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "devorg-log");
        drain.setDaemon(true);
        drain.start();
        return new BenchDevOrg(p, url);
      }
    }
    throw new IllegalStateException("devorg exited before it was ready: " + p.waitFor());
  }

  public String url() {
    return url;
  }

  /** API requests devorg has counted today: the ground truth for "calls used". */
  public long apiUsed() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/devorg/admin/status"))
        .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body()).path("apiUsage").path("used").asLong();
  }

  private String token() throws Exception {
    String form = "grant_type=password&client_id=bellwether-cli&client_secret=bellwether-secret&username="
        + URLEncoder.encode("admin@bellwether.devorg", StandardCharsets.UTF_8) + "&password=bellwether";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode n = new ObjectMapper().readTree(r.body());
    return n.get("access_token").asText();
  }

  private static Path benchProject() throws Exception {
    Path dir = Files.createTempDirectory("connector-bench-manifests");
    Files.writeString(dir.resolve("sfdx-project.json"),
        "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"64.0\"}");
    Path fields = Files.createDirectories(dir.resolve("force-app/main/default/objects/Account/fields"));
    Files.writeString(fields.resolve("Bench_Key__c.field-meta.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
            <fullName>Bench_Key__c</fullName>
            <externalId>true</externalId>
            <label>Bench Key</label>
            <length>40</length>
            <type>Text</type>
            <unique>true</unique>
        </CustomField>
        """);
    return dir;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
