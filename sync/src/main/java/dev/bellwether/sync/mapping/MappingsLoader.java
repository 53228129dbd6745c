package dev.bellwether.sync.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bellwether.yamlconfig.ClosestName;
import dev.bellwether.yamlconfig.KeyLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads the {@code mappings:} section of Bellwether's YAML file (other top-level keys belong to
 * other parts and are skipped) and validates all of it at once, each problem reported as
 * "FILE:LINE: mappings.Object.fields.Field: what is wrong". A file without the section gets the
 * shipped defaults; a file with it replaces them whole (no merging, so what runs is what is written).
 * Objects sync in the order written, so parents must come before their children.
 */
public final class MappingsLoader {
  /** The top-level key this loader owns. */
  public static final String SECTION = "mappings";
  /** The shipped defaults, on the classpath. */
  public static final String DEFAULTS_RESOURCE = "mappings/default.yaml";
  private static final Logger LOG = LoggerFactory.getLogger(MappingsLoader.class);

  private MappingsLoader() {
  }

  /** The shipped defaults; they are validated like any file, and a problem in them is a bug. */
  public static Mappings defaults() {
    String name = "classpath:" + DEFAULTS_RESOURCE;
    try (InputStream in = MappingsLoader.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      return parseSection(name, new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .orElseThrow(() -> new IllegalStateException(name + " has no '" + SECTION + ":' section"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    } catch (MappingsException e) {
      throw new IllegalStateException("the shipped mappings are invalid:\n" + e.getMessage(), e);
    }
  }

  /** The mappings of a Bellwether YAML file: its {@code mappings:} section, else the defaults. */
  public static Mappings load(Path file) throws MappingsException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MappingsException(List.of(file + ": cannot read the mappings file ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    }
    return parse(file.toString(), text);
  }

  /** Like {@link #load(Path)} for YAML text; {@code name} stands for the file in messages. */
  public static Mappings parse(String name, String text) throws MappingsException {
    Optional<Mappings> own = parseSection(name, text);
    if (own.isPresent()) {
      LOG.info("mappings: {} objects from {}", own.get().objects().size(), name);
      return own.get();
    }
    LOG.info("mappings: {} has no '{}:' section; using the shipped defaults", name, SECTION);
    return defaults();
  }

  /** The file's own mappings, or empty when it has no section. */
  private static Optional<Mappings> parseSection(String name, String text) throws MappingsException {
    YAMLFactory yaml = new YAMLFactory();
    KeyLines lines;
    JsonNode root;
    try (JsonParser parser = yaml.createParser(text)) {
      lines = KeyLines.read(parser);
      root = new ObjectMapper(yaml).readTree(text);
    } catch (JsonProcessingException e) {
      throw new MappingsException(List.of(syntaxError(name, e)));
    } catch (IOException e) {
      throw new MappingsException(List.of(name + ": cannot read the mappings (" + e.getMessage() + ")"));
    }
    MappingProblems problems = new MappingProblems(name, lines);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return Optional.empty(); // an empty file: nothing configured, so the defaults apply
    }
    if (!root.isObject()) {
      problems.addAt(1, SECTION, "the file must be a YAML mapping of top-level keys such as '"
          + SECTION + ":' (was " + ObjectMappingReader.shown(root) + ")");
      problems.throwIfAny();
    }
    if (!root.has(SECTION)) {
      reportMisspeltSection(root, problems);
      problems.throwIfAny();
      return Optional.empty();
    }
    reportDuplicates(lines, problems);
    Mappings mappings = objects(root.get(SECTION), problems);
    problems.throwIfAny();
    return Optional.of(mappings);
  }

  /** A top-level "mapings:" must not silently mean "use the defaults". */
  private static void reportMisspeltSection(JsonNode root, MappingProblems problems) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (ClosestName.to(key, List.of(SECTION)).isPresent()) {
        problems.add(key, "unknown key; did you mean '" + SECTION + "'?");
      }
    }
  }

  private static void reportDuplicates(KeyLines lines, MappingProblems problems) {
    for (KeyLines.Duplicate d : lines.duplicates()) {
      String[] parts = d.path().split("\\.", -1);
      if (!parts[0].equals(SECTION)) {
        continue; // other sections are other loaders' business
      }
      String what = parts.length == 2 ? "object is listed twice"
          : parts.length == 4 && parts[2].equals(ObjectMappingReader.FIELDS) ? "field is listed twice"
          : "is written twice";
      String spelling = d.firstSpelling().equals(parts[parts.length - 1]) ? ""
          : " as '" + d.firstSpelling() + "'; API names ignore case";
      problems.addAt(d.line(), d.path(), what + " (first at line " + d.firstLine() + spelling + ")");
    }
  }

  private static Mappings objects(JsonNode section, MappingProblems problems) {
    if (section == null || section.isNull() || section.isObject() && section.isEmpty()) {
      problems.add(SECTION, "is empty; list the objects to sync, or remove the section to use the"
          + " shipped defaults");
      return new Mappings(List.of());
    }
    if (!section.isObject()) {
      problems.add(SECTION, "must map each object name to its settings, e.g. 'Account: {fields: {Name:"
          + " inbound}}' (was " + ObjectMappingReader.shown(section) + ")");
      return new Mappings(List.of());
    }
    ObjectMappingReader reader = new ObjectMappingReader(problems);
    List<ObjectMapping> objects = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      reader.read(SECTION + "." + e.getKey(), e.getKey(), e.getValue()).ifPresent(objects::add);
    }
    return new Mappings(objects);
  }

  /**
   * "FILE:LINE: invalid YAML: what". SnakeYAML's own problem and mark are preferred: Jackson's
   * message quotes whole lines of the file, which may belong to other sections holding secrets.
   */
  private static String syntaxError(String name, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m && m.getProblem() != null) {
        int line = m.getProblemMark() == null ? 1 : m.getProblemMark().getLine() + 1;
        return name + ":" + line + ": invalid YAML: " + m.getProblem();
      }
    }
    JsonLocation at = e.getLocation();
    int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().split("\\R", 2)[0];
    return name + ":" + line + ": invalid YAML: " + why;
  }
}
