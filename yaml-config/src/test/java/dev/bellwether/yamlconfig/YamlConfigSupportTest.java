package dev.bellwether.yamlconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key lines, problem lists and "did you mean", as the YAML loaders use them. */
class YamlConfigSupportTest {
  private static final String YAML = """
      top:
        Name: a
        other:
          deep: 1
        name: b
      """;

  private static KeyLines lines() throws Exception {
    try (JsonParser p = new YAMLFactory().createParser(YAML)) {
      return KeyLines.read(p);
    }
  }

  @Test
  void everyKeyHasItsLineAndAMissingKeyFallsBackToItsNearestAncestor() throws Exception {
    KeyLines lines = lines();
    assertEquals(1, lines.lineOf("top"));
    assertEquals(4, lines.lineOf("top.other.deep"));
    assertEquals(3, lines.lineOf("top.other.missing"));
    assertEquals(1, lines.lineOf("nowhere"));
  }

  @Test
  void listElementsHaveTheLineOfTheirFirstTokenAndMissingKeysInThemFallBackToIt() throws Exception {
    String yaml = """
        cards:
          - name: A
            tags: [x, y]
          - name: B
            tags:
              - z
        """;
    KeyLines lines;
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      lines = KeyLines.read(p);
    }
    assertEquals(2, lines.lineOf("cards[0]"));
    assertEquals(4, lines.lineOf("cards[1]"));
    assertEquals(4, lines.lineOf("cards[1].missing"));
    assertEquals(3, lines.lineOf("cards[0].tags[1]"));
    assertEquals(6, lines.lineOf("cards[1].tags[0]"));
    assertEquals(5, lines.lineOf("cards[1].tags[7]"), "a missing element falls back to its list's key");
  }

  @Test
  void aKeyWrittenTwiceInAnyCaseIsReportedWithItsFirstSpellingAndLine() throws Exception {
    assertEquals(List.of(new KeyLines.Duplicate("top.name", 5, "Name", 2)), lines().duplicates());
  }

  @Test
  void problemsComeOutInLineOrderWithFileLineAndKey() throws Exception {
    ProblemList problems = new ProblemList("f.yaml", lines());
    problems.add("top.other.deep", "second");
    problems.add("top", "first");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> problems.throwIfAny(m -> new IllegalStateException(String.join("\n", m))));
    assertEquals("f.yaml:1: top: first\nf.yaml:4: top.other.deep: second", e.getMessage());
  }

  @Test
  void noProblemsThrowNothing() throws Exception {
    ProblemList problems = new ProblemList("f.yaml", lines());
    assertTrue(problems.isEmpty());
    problems.throwIfAny(m -> new IllegalStateException(m.toString()));
  }

  @Test
  void closeTyposFindTheKnownWordAndFarOnesDoNot() {
    List<String> known = List.of("fields", "externalId", "loginUrl");
    assertEquals(Optional.of("fields"), ClosestName.to("feilds", known)); // a swap is one edit
    assertEquals(Optional.of("externalId"), ClosestName.to("external_id", known));
    assertEquals(Optional.of("loginUrl"), ClosestName.to("loginURL", known));
    assertEquals(Optional.empty(), ClosestName.to("xyz", known));
  }
}
