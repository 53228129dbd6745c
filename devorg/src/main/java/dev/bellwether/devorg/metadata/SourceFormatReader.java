package dev.bellwether.devorg.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an SFDX project in source format: every package directory of sfdx-project.json, minus
 * .forceignore, for objects/X/X.object-meta.xml, objects/X/fields/F.field-meta.xml,
 * connectedApps/A.connectedApp-meta.xml, and tabs/T.tab-meta.xml with the aura/B/B.cmp markup
 * they show (for tabs that show a Canvas app). Other metadata (layouts, permission sets,
 * Apex...) is not modelled by devorg and is skipped here.
 */
public final class SourceFormatReader {
  private static final Pattern OBJECT = Pattern.compile("(?:^|.*/)objects/([^/]+)/([^/]+)\\.object-meta\\.xml");
  private static final Pattern FIELD = Pattern.compile("(?:^|.*/)objects/([^/]+)/fields/([^/]+)\\.field-meta\\.xml");
  private static final Pattern APP = Pattern.compile("(?:^|.*/)connectedApps/([^/]+)\\.connectedApp-meta\\.xml");
  private static final Pattern TAB = Pattern.compile("(?:^|.*/)tabs/([^/]+)\\.tab-meta\\.xml");
  private static final Pattern AURA = Pattern.compile("(?:^|.*/)aura/([^/]+)/([^/]+)\\.cmp");
  private static final String PROJECT_FILE = "sfdx-project.json";

  private SourceFormatReader() {}

  /**
   * What the project defines. A project that cannot be read at all (no sfdx-project.json, a
   * missing package directory) throws; a component that cannot be read is a problem in the
   * result, so every bad file is reported at once.
   */
  public static MetadataPackage read(Path projectDir) throws MetadataException {
    PackageAssembler out = new PackageAssembler();
    ForceIgnore ignore;
    try {
      ignore = ForceIgnore.of(projectDir);
    } catch (IOException e) {
      throw projectProblem(".forceignore", "cannot read: " + e.getMessage());
    }
    for (String dir : packageDirectories(projectDir)) {
      Path root = projectDir.resolve(dir).normalize();
      if (!root.startsWith(projectDir.normalize()) || !Files.isDirectory(root)) {
        throw projectProblem(PROJECT_FILE, "package directory '" + dir + "' is not a folder of "
            + projectDir);
      }
      for (Path file : files(root)) {
        Path relative = projectDir.relativize(file);
        if (!ignore.ignores(relative)) {
          readFile(file, relative.toString().replace('\\', '/'), out);
        }
      }
    }
    return out.build();
  }

  private static void readFile(Path file, String relative, PackageAssembler out) {
    Matcher m;
    if ((m = FIELD.matcher(relative)).matches()) {
      String object = m.group(1);
      String field = m.group(2);
      ComponentRef ref = new ComponentRef("CustomField", object + "." + field, relative);
      parse(file, ref, out).ifPresent(root -> {
        String fullName = root.text("fullName").orElse(field);
        if (!fullName.equals(field)) {
          out.problem(MetadataProblem.at(ref, root.child("fullName").orElseThrow(),
              "<fullName> '" + fullName + "' does not match the file name '" + field + "'"));
        } else {
          out.field(root, object, field, ref);
        }
      });
    } else if ((m = OBJECT.matcher(relative)).matches() && m.group(1).equals(m.group(2))) {
      String object = m.group(1);
      ComponentRef ref = new ComponentRef("CustomObject", object, relative);
      parse(file, ref, out).ifPresent(root -> out.object(root, object, ref));
    } else if ((m = APP.matcher(relative)).matches()) {
      String app = m.group(1);
      ComponentRef ref = new ComponentRef("ConnectedApp", app, relative);
      parse(file, ref, out).ifPresent(root -> out.app(root, app, ref));
    } else if ((m = TAB.matcher(relative)).matches()) {
      String tab = m.group(1);
      ComponentRef ref = new ComponentRef("CustomTab", tab, relative);
      parse(file, ref, out).ifPresent(root -> out.tab(root, tab, ref));
    } else if ((m = AURA.matcher(relative)).matches() && m.group(1).equals(m.group(2))) {
      ComponentRef ref = new ComponentRef("AuraDefinitionBundle", m.group(1), relative);
      try {
        out.auraMarkup(m.group(1), Files.readAllBytes(file), ref);
      } catch (IOException e) {
        out.problem(MetadataProblem.at(ref, 0, "cannot read: " + e.getMessage()));
      }
    }
  }

  private static Optional<XmlElement> parse(Path file, ComponentRef ref,
      PackageAssembler out) {
    try {
      return Optional.of(MetadataXml.parseComponent(Files.readAllBytes(file), ref));
    } catch (IOException e) {
      out.problem(MetadataProblem.at(ref, 0, "cannot read: " + e.getMessage()));
    } catch (MetadataException e) {
      out.problems(e.problems());
    }
    return Optional.empty();
  }

  private static List<String> packageDirectories(Path projectDir) throws MetadataException {
    Path file = projectDir.resolve(PROJECT_FILE);
    if (!Files.isRegularFile(file)) {
      throw projectProblem(PROJECT_FILE, "not found in " + projectDir
          + " (an SFDX project needs one)");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      ComponentRef ref = new ComponentRef("SfdxProject", PROJECT_FILE, PROJECT_FILE);
      throw new MetadataException(new MetadataProblem(ref, PROJECT_FILE,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw projectProblem(PROJECT_FILE, "cannot read: " + e.getMessage());
    }
    List<String> dirs = new ArrayList<>();
    for (JsonNode d : root.path("packageDirectories")) {
      if (!d.path("path").isTextual() || d.path("path").asText().isBlank()) {
        throw projectProblem(PROJECT_FILE, "every packageDirectories entry needs a \"path\"");
      }
      dirs.add(d.path("path").asText());
    }
    if (dirs.isEmpty()) {
      throw projectProblem(PROJECT_FILE, "\"packageDirectories\" is missing or empty");
    }
    return dirs;
  }

  private static List<Path> files(Path root) throws MetadataException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw projectProblem(root.toString(), "cannot list files: " + e.getMessage());
    }
  }

  private static MetadataException projectProblem(String fileName, String message) {
    return new MetadataException(MetadataProblem.at(
        new ComponentRef("SfdxProject", PROJECT_FILE, fileName), 0, message));
  }
}
