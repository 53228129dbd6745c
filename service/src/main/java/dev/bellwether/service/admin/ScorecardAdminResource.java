package dev.bellwether.service.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.metrics.health.MeasureRule;
import dev.bellwether.metrics.health.Scorecard;
import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.service.scorecards.ScorecardDocument;
import dev.bellwether.service.scorecards.ScorecardSource;
import dev.bellwether.service.scorecards.ScorecardsException;
import dev.bellwether.service.scorecards.ScorecardsLoader;
import dev.bellwether.service.scorecards.ScorecardsProblem;
import dev.bellwether.store.scorecards.StoredScorecards;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin/scorecards}: the org's health scorecards as YAML. {@code GET} answers the document
 * in force (the org's, else the shipped defaults); {@code PUT} validates a YAML body and stores it
 * only when valid, answering 422 with every problem and its line otherwise; {@code POST
 * /validate} checks a body without storing it. {@code org=ID} chooses the org when several are
 * served, {@code by=NAME} says who saved (the token names no one).
 */
@Path("admin/scorecards")
@Singleton
public final class ScorecardAdminResource {
  /** The registered media type of YAML (RFC 9512). */
  static final String YAML = "application/yaml";
  /** Which document a GET answered: {@code org} or {@code defaults}. */
  static final String SOURCE_HEADER = "Bellwether-Scorecards-Source";
  private static final String DEFAULT_AUTHOR = "admin API";
  private static final Logger LOG = LoggerFactory.getLogger(ScorecardAdminResource.class);

  private final SyncAdministration orgs;
  private final ScorecardSource source;
  private final AdminJson json;

  @Inject
  public ScorecardAdminResource(SyncAdministration orgs, ScorecardSource source, AdminJson json) {
    this.orgs = orgs;
    this.source = source;
    this.json = json;
  }

  /** The YAML the org is scored with, comments included; the defaults before any was saved. */
  @GET
  public Response get(@QueryParam("org") String org) throws SQLException, AdminRequestException {
    ScorecardDocument document = source.document(orgs.org(org));
    Response.ResponseBuilder response = Response.ok(document.yaml(), YAML + "; charset=UTF-8")
        .header(SOURCE_HEADER, document.isDefault() ? "defaults" : "org");
    document.stored().ifPresent(s -> response.header("Bellwether-Updated-At", s.updatedAt().toString())
        .header("Bellwether-Updated-By", s.updatedBy()));
    return response.build();
  }

  /** Stores the body as the org's scorecards when it validates; 422 with every problem otherwise. */
  @PUT
  public Response put(@QueryParam("org") String org, @QueryParam("by") String by, String body)
      throws SQLException, AdminRequestException {
    String orgId = orgs.org(org);
    if (orgId == null) {
      throw AdminRequestException.badRequest("no_org", "no org has synced here yet, and scorecards are kept per"
          + " org; sync one first");
    }
    String author = by == null || by.isBlank() ? DEFAULT_AUTHOR : by.strip();
    try {
      ScorecardSource.Saved saved = source.save(orgId, body == null ? "" : body, author);
      LOG.info("Scorecards of org {} saved by {}: {}", orgId, author, names(saved.scorecards()));
      ObjectNode answer = summary(saved.scorecards());
      StoredScorecards row = saved.stored();
      answer.put("orgId", row.orgId());
      answer.put("updatedAt", row.updatedAt().toString());
      answer.put("updatedBy", row.updatedBy());
      return ok(answer);
    } catch (ScorecardsException e) {
      LOG.info("Scorecards of org {} refused: {} problems", orgId, e.problems().size());
      return invalid(e, "nothing was stored");
    }
  }

  /** Checks a body as PUT would, storing nothing: 200 with what it holds, or 422 with every problem. */
  @POST
  @Path("validate")
  public Response validate(String body) {
    try {
      return ok(summary(ScorecardsLoader.parse(ScorecardSource.DOCUMENT_NAME, body == null ? "" : body)));
    } catch (ScorecardsException e) {
      return invalid(e, "the document is not valid");
    }
  }

  /** {"valid": true, "scorecards": [{"name", "default", "segments", "measures": {key: {weight, red, green}}}]}. */
  private ObjectNode summary(ScorecardSet set) {
    ObjectNode body = json.mapper().createObjectNode();
    body.put("valid", true);
    ArrayNode cards = body.putArray("scorecards");
    for (Scorecard card : set.scorecards()) {
      ObjectNode node = cards.addObject();
      node.put("name", card.name());
      node.put("default", card.isDefault());
      card.segments().forEach(node.putArray("segments")::add);
      node.put("bandYellowFrom", card.bands().yellowFrom());
      node.put("bandGreenFrom", card.bands().greenFrom());
      ObjectNode measures = node.putObject("measures");
      for (MeasureRule rule : card.measures()) {
        ObjectNode m = measures.putObject(rule.measure().key());
        m.put("weight", rule.weight());
        m.put("red", rule.red());
        m.put("green", rule.green());
      }
    }
    set.keyFeatures().forEach(body.putArray("keyFeatures")::add);
    body.put("onboardingTargetDays", set.onboardingTargetDays());
    return body;
  }

  /** 422 {"valid": false, "error": "invalid_scorecards", "message", "problems": [{line, path, message, text}]}. */
  private Response invalid(ScorecardsException e, String outcome) {
    ObjectNode body = json.mapper().createObjectNode();
    body.put("valid", false);
    body.put("error", "invalid_scorecards");
    int count = e.problems().size();
    body.put("message", count + (count == 1 ? " problem" : " problems") + " in " + ScorecardSource.DOCUMENT_NAME
        + "; " + outcome);
    ArrayNode problems = body.putArray("problems");
    for (ScorecardsProblem p : e.problems()) {
      ObjectNode node = problems.addObject();
      node.put("line", p.line());
      node.put("path", p.path());
      node.put("message", p.message());
      node.put("text", p.toString());
    }
    return Response.status(422).entity(json.write(body)).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private Response ok(ObjectNode body) {
    return Response.ok(json.write(body), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static String names(ScorecardSet set) {
    return String.join(", ", set.scorecards().stream().map(Scorecard::name).toList());
  }
}
