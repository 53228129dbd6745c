package dev.bellwether.devorg.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Converts SFDX source folders into a Metadata API deploy zip the way `sf project deploy start`
 * does before it calls deploy (checked against sf 2.150.6's `project convert source` output
 * for manifests/): objects and object translations are merged from their decomposed files,
 * X.suffix-meta.xml becomes X.suffix, report and dashboard folders become F-meta.xml (named
 * "F/" in package.xml), Aura bundles are copied whole, and package.xml lists every member.
 */
final class SourceToMdapi {
  /** Folder in source format → Metadata API type, for the one-file-per-component types. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("permissionsets", "PermissionSet"), Map.entry("customPermissions", "CustomPermission"),
      Map.entry("tabs", "CustomTab"), Map.entry("flexipages", "FlexiPage"),
      Map.entry("layouts", "Layout"), Map.entry("reportTypes", "ReportType"),
      Map.entry("connectedApps", "ConnectedApp"), Map.entry("translations", "Translations"),
      Map.entry("applications", "CustomApplication"), Map.entry("classes", "ApexClass"));
  private static final Pattern META = Pattern.compile("(.+)\\.([A-Za-z]+)-meta\\.xml");
  private static final Pattern ROOT = Pattern.compile("(?s)^\\s*(?:<\\?xml[^>]*\\?>)?\\s*<([A-Za-z]+)[^>]*>(.*)</\\1>\\s*$");

  private final Map<String, TreeSet<String>> members = new TreeMap<>();
  private final Map<String, String> files = new TreeMap<>();
  private final Map<String, StringBuilder> merged = new TreeMap<>();
  private final Map<String, String> mergedRoots = new TreeMap<>();

  private SourceToMdapi() {}

  /** The deploy zip (singlePackage: package.xml at the root) of these package folders. */
  static byte[] zip(Path project, List<String> packageDirs, Map<String, String> replacements) {
    SourceToMdapi c = new SourceToMdapi();
    for (String dir : packageDirs) {
      Path root = project.resolve(dir).resolve("main/default");
      for (Path file : list(root)) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        c.add(rel, read(file, replacements));
      }
    }
    return c.bytes();
  }

  private void add(String rel, String content) {
    String[] parts = rel.split("/");
    String folder = parts[0];
    switch (folder) {
      case "objects" -> object(parts, content);
      case "objectTranslations" -> objectTranslation(parts, content);
      case "aura" -> {
        member("AuraDefinitionBundle", parts[1]);
        files.put(rel, content);
      }
      case "reports", "dashboards" -> inFolder(folder, parts, content);
      default -> {
        Matcher m = META.matcher(parts[parts.length - 1]);
        String type = TYPES.get(folder);
        if (type == null || parts.length != 2 || !m.matches()) {
          throw new IllegalArgumentException("SourceToMdapi does not convert " + rel);
        }
        member(type, m.group(1));
        files.put(folder + "/" + m.group(1) + "." + m.group(2), content);
      }
    }
  }

  /** objects/X/X.object-meta.xml and objects/X/fields/F.field-meta.xml → objects/X.object. */
  private void object(String[] parts, String content) {
    String object = parts[1];
    String target = "objects/" + object + ".object";
    if (parts.length == 3) {
      member("CustomObject", object);
      mergedRoots.put(target, inner(content));
      merged.computeIfAbsent(target, k -> new StringBuilder());
    } else if (parts.length == 4 && parts[2].equals("fields")) {
      String field = parts[3].replace(".field-meta.xml", "");
      member("CustomField", object + "." + field);
      merged.computeIfAbsent(target, k -> new StringBuilder())
          .append("    <fields>").append(inner(content)).append("</fields>\n");
    } else {
      throw new IllegalArgumentException("SourceToMdapi does not convert objects/" + String.join("/", parts));
    }
  }

  /** objectTranslations/X-ko/… → objectTranslations/X-ko.objectTranslation. */
  private void objectTranslation(String[] parts, String content) {
    String name = parts[1];
    String target = "objectTranslations/" + name + ".objectTranslation";
    member("CustomObjectTranslation", name);
    if (parts[2].endsWith(".objectTranslation-meta.xml")) {
      mergedRoots.put(target, inner(content));
      merged.computeIfAbsent(target, k -> new StringBuilder());
    } else {
      merged.computeIfAbsent(target, k -> new StringBuilder())
          .append("    <fields>").append(inner(content)).append("</fields>\n");
    }
  }

  /** reports/F.reportFolder-meta.xml → reports/F-meta.xml; reports/F/R.report-meta.xml → reports/F/R.report. */
  private void inFolder(String folder, String[] parts, String content) {
    String type = folder.equals("reports") ? "Report" : "Dashboard";
    String suffix = folder.equals("reports") ? "report" : "dashboard";
    if (parts.length == 2) {
      String name = parts[1].replace("." + suffix + "Folder-meta.xml", "");
      member(type, name + "/");
      files.put(folder + "/" + name + "-meta.xml", content);
    } else {
      String name = parts[2].replace("." + suffix + "-meta.xml", "");
      member(type, parts[1] + "/" + name);
      files.put(folder + "/" + parts[1] + "/" + name + "." + suffix, content);
    }
  }

  private void member(String type, String name) {
    members.computeIfAbsent(type, k -> new TreeSet<>()).add(name);
  }

  private byte[] bytes() {
    for (Map.Entry<String, StringBuilder> m : merged.entrySet()) {
      String root = m.getKey().startsWith("objects/") ? "CustomObject" : "CustomObjectTranslation";
      files.put(m.getKey(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\""
          + MetadataXml.NAMESPACE + "\">" + mergedRoots.getOrDefault(m.getKey(), "\n")
          + m.getValue() + "</" + root + ">\n");
    }
    StringBuilder pkg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Package xmlns=\""
        + MetadataXml.NAMESPACE + "\">\n");
    members.forEach((type, names) -> {
      pkg.append("    <types>\n");
      names.forEach(n -> pkg.append("        <members>").append(n).append("</members>\n"));
      pkg.append("        <name>").append(type).append("</name>\n    </types>\n");
    });
    pkg.append("    <version>64.0</version>\n</Package>\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "package.xml", pkg.toString());
      for (Map.Entry<String, String> f : files.entrySet()) {
        put(zip, f.getKey(), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String inner(String xml) {
    Matcher m = ROOT.matcher(xml);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a single-root metadata file: " + xml.substring(0, Math.min(80, xml.length())));
    }
    return m.group(2);
  }

  private static String read(Path file, Map<String, String> replacements) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> r : replacements.entrySet()) {
        text = text.replace(r.getKey(), r.getValue());
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
