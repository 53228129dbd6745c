package dev.bellwether.sync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad mappings files under mappings/bad/: each file states, in its "# expect:"
 * header lines, exactly the problems the loader must report, all at once and in file order.
 */
class BadMappingFilesTest {
  private static final String EXPECT = "# expect: ";

  static Stream<Path> badFiles() throws IOException, URISyntaxException {
    URL dir = BadMappingFilesTest.class.getClassLoader().getResource("mappings/bad");
    assertTrue(dir != null, "the corpus mappings/bad is on the test classpath");
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void eachBadFileIsRefusedWithExactlyTheProblemsItsHeaderExpects(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> expected = text.lines().filter(l -> l.startsWith(EXPECT))
        .map(l -> l.substring(EXPECT.length())).toList();
    assertFalse(expected.isEmpty(), file + " states what it expects");

    String name = file.getFileName().toString();
    MappingsException e = assertThrows(MappingsException.class, () -> MappingsLoader.parse(name, text));

    assertEquals(expected, e.problems());
    assertEquals(String.join("\n", expected), e.getMessage());
  }

  @Test
  void theCorpusHoldsAFileForEachKindOfProblemTheLoaderReports() throws Exception {
    List<String> names = badFiles().map(f -> f.getFileName().toString()).toList();
    assertTrue(names.containsAll(List.of("unknown-keys.yaml", "direction-misspelt.yaml",
        "field-listed-twice.yaml", "object-listed-twice.yaml", "object-without-fields.yaml",
        "invalid-api-names.yaml", "external-id-not-mapped.yaml", "invalid-yaml.yaml",
        "many-problems.yaml")), () -> "corpus: " + names);
  }
}
