package dev.bellwether.service.scorecards;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bellwether.metrics.health.ScorecardProblem;
import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.metrics.health.ScorecardSetDraft;
import dev.bellwether.metrics.health.ScorecardValidation;
import dev.bellwether.metrics.health.ScorecardValidator;
import dev.bellwether.yamlconfig.KeyLines;
import java.io.IOException;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an org's scorecards from YAML and checks all of it at once: the shape here, the meaning in
 * {@link ScorecardValidator}. Every problem is reported as {@code FILE:LINE: path: message}, e.g.
 * {@code scorecards.yaml:14: scorecards[1].measures.nps.weight: must be > 0, was -2}.
 */
public final class ScorecardsLoader {
  private ScorecardsLoader() {
  }

  /**
   * The scorecards of a YAML document.
   *
   * @param name stands for the document in messages, e.g. {@code scorecards.yaml}
   * @throws ScorecardsException listing every problem with its line
   */
  public static ScorecardSet parse(String name, String yaml) throws ScorecardsException {
    YAMLFactory factory = new YAMLFactory();
    KeyLines lines;
    JsonNode root;
    try (JsonParser parser = factory.createParser(yaml)) {
      lines = KeyLines.read(parser);
      root = new ObjectMapper(factory).readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ScorecardsException(List.of(syntaxError(name, e)));
    } catch (IOException e) {
      throw new ScorecardsException(List.of(new ScorecardsProblem(name, 1, "", "cannot read the YAML ("
          + e.getMessage() + ")")));
    }
    ScorecardProblems problems = new ScorecardProblems(name, lines);
    if (root == null || root.isMissingNode() || root.isNull()) {
      problems.addAt(1, "", "the document is empty; it needs at least 'scorecards:' with one default scorecard");
      problems.throwIfAny();
    }
    if (!root.isObject()) {
      problems.addAt(1, "", "the document must be a YAML mapping with 'scorecards:' (was "
          + ScorecardsReader.shown(root) + ")");
      problems.throwIfAny();
    }
    for (KeyLines.Duplicate d : lines.duplicates()) {
      problems.addAt(d.line(), d.path(), "is written twice (first at line " + d.firstLine()
          + (d.firstSpelling().equals(last(d.path())) ? "" : " as '" + d.firstSpelling() + "'") + ")");
    }
    ScorecardSetDraft draft = new ScorecardsReader(problems).read(root);
    ScorecardValidation validation = ScorecardValidator.validate(draft);
    for (ScorecardProblem p : validation.problems()) {
      // A value the reader could not take is already reported; "is required" on it would be noise.
      if (!problems.covers(p.path())) {
        problems.add(p.path(), p.message());
      }
    }
    problems.throwIfAny();
    return validation.orElseThrow();
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /**
   * "FILE:LINE: invalid YAML: what", from SnakeYAML's own problem and mark: Jackson's message
   * quotes whole lines of the document.
   */
  private static ScorecardsProblem syntaxError(String name, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m && m.getProblem() != null) {
        int line = m.getProblemMark() == null ? 1 : m.getProblemMark().getLine() + 1;
        return new ScorecardsProblem(name, line, "", "invalid YAML: " + m.getProblem());
      }
    }
    JsonLocation at = e.getLocation();
    int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().split("\\R", 2)[0];
    return new ScorecardsProblem(name, line, "", "invalid YAML: " + why);
  }
}
