package dev.bellwether.devorg.metadata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a Metadata API deploy zip: package.xml at the root (singlePackage) or in one folder
 * per package (e.g. unpackaged/package.xml), objects/X.object with their {@code <fields>}, and
 * connectedApps/A.connectedApp, and tabs/T.tab with the aura/B/B.cmp markup of the bundles it
 * names (for tabs that show a Canvas app). Only components package.xml names are deployed, as
 * Salesforce does; other types it names are accepted without effect.
 */
public final class MetadataZipReader {
  /** Salesforce's own limits: 10,000 files and 600 MB unzipped per deploy. */
  private static final int MAX_ENTRIES = 10_000;
  private static final long MAX_UNZIPPED_BYTES = 600L * 1024 * 1024;
  private static final Pattern PACKAGE = Pattern.compile("(?:([^/]+)/)?package\\.xml");
  private static final Pattern AURA_MARKUP = Pattern.compile("((?:[^/]+/)?)aura/([^/]+)/([^/]+)\\.cmp");
  private static final Pattern DESTRUCTIVE = Pattern.compile("(?:[^/]+/)?destructiveChanges(Pre|Post)?\\.xml");
  private static final Set<String> READ_HERE = Set.of("CustomObject", "CustomField", "ConnectedApp",
      "CustomTab");

  private MetadataZipReader() {}

  /** What the zip deploys; every unreadable part is a problem in the result, never a throw. */
  public static MetadataPackage read(byte[] zip) {
    PackageAssembler out = new PackageAssembler();
    Map<String, byte[]> entries;
    try {
      entries = unzip(zip);
    } catch (IOException e) {
      out.problem(MetadataProblem.at(packageXml(""), 0,
          "the deploy zip cannot be read: " + e.getMessage()));
      return out.build();
    }
    List<String> prefixes = new ArrayList<>();
    for (String name : entries.keySet()) {
      Matcher m = PACKAGE.matcher(name);
      if (m.matches()) {
        prefixes.add(m.group(1) == null ? "" : m.group(1) + "/");
      }
      if (DESTRUCTIVE.matcher(name).matches()) {
        out.problem(MetadataProblem.at(new ComponentRef("", name, name), 0,
            "destructive changes (deleting components) are not supported by devorg"));
      }
    }
    if (prefixes.isEmpty()) {
      out.problem(MetadataProblem.at(packageXml(""), 0, "No package.xml found"));
    }
    for (String prefix : prefixes) {
      readPackage(prefix, entries, out);
    }
    return out.build();
  }

  private static void readPackage(String prefix, Map<String, byte[]> entries, PackageAssembler out) {
    ComponentRef manifestRef = packageXml(prefix);
    PackageManifest manifest;
    try {
      manifest = PackageManifest.read(
          MetadataXml.parseComponent(entries.get(prefix + "package.xml"), manifestRef), manifestRef);
    } catch (MetadataException e) {
      out.problems(e.problems());
      return;
    }
    readObjects(prefix, entries, manifest, out);
    for (String app : membersWithFiles(prefix, "ConnectedApp", "connectedApps/", ".connectedApp",
        entries, manifest, out)) {
      String file = prefix + "connectedApps/" + app + ".connectedApp";
      ComponentRef ref = new ComponentRef("ConnectedApp", app, file);
      parse(entries.get(file), ref, out).ifPresent(root -> out.app(root, app, ref));
    }
    readAuraMarkup(prefix, entries, manifest, out);
    for (String tab : membersWithFiles(prefix, "CustomTab", "tabs/", ".tab", entries, manifest, out)) {
      String file = prefix + "tabs/" + tab + ".tab";
      ComponentRef ref = new ComponentRef("CustomTab", tab, file);
      parse(entries.get(file), ref, out).ifPresent(root -> out.tab(root, tab, ref));
    }
    for (Map.Entry<String, List<String>> type : manifest.types().entrySet()) {
      if (!READ_HERE.contains(type.getKey())) {
        for (String member : type.getValue()) {
          if (!member.equals("*")) {
            out.inert(new ComponentRef(type.getKey(), member, fileOf(prefix, member, entries)));
          }
        }
      }
    }
  }

  /** objects/X.object files: the object when CustomObject X is named, and its named fields. */
  private static void readObjects(String prefix, Map<String, byte[]> entries,
      PackageManifest manifest, PackageAssembler out) {
    List<String> objects = new ArrayList<>(membersWithFiles(prefix, "CustomObject", "objects/",
        ".object", entries, manifest, out));
    for (String field : manifest.members("CustomField")) {
      int dot = field.indexOf('.');
      if (field.equals("*")) {
        objects.addAll(filesOf(prefix, "objects/", ".object", entries));
      } else if (dot <= 0) {
        out.problem(MetadataProblem.at(new ComponentRef("CustomField", field, prefix + "package.xml"),
            0, "CustomField member '" + field + "' must be Object.Field"));
      } else if (!entries.containsKey(prefix + "objects/" + field.substring(0, dot) + ".object")) {
        out.problem(notFound("CustomField", field, prefix));
      } else {
        objects.add(field.substring(0, dot));
      }
    }
    for (String object : objects.stream().distinct().toList()) {
      String file = prefix + "objects/" + object + ".object";
      ComponentRef ref = new ComponentRef("CustomObject", object, file);
      Optional<XmlElement> root = parse(entries.get(file), ref, out);
      if (root.isEmpty()) {
        continue;
      }
      boolean wholeObject = manifest.includes("CustomObject", object);
      if (wholeObject && !out.object(root.get(), object, ref)) {
        continue;
      }
      List<String> seen = new ArrayList<>();
      for (XmlElement field : root.get().children("fields")) {
        Optional<String> name = field.text("fullName");
        if (name.isEmpty()) {
          out.problem(MetadataProblem.at(new ComponentRef("CustomField", object + ".?", file),
              field, "a <fields> entry has no <fullName>"));
          continue;
        }
        String fullName = object + "." + name.get();
        seen.add(fullName.toLowerCase(Locale.ROOT));
        if (wholeObject || manifest.includes("CustomField", fullName)) {
          out.field(field, object, name.get(), new ComponentRef("CustomField", fullName, file));
        }
      }
      for (String named : manifest.members("CustomField")) {
        if (named.toLowerCase(Locale.ROOT).startsWith(object.toLowerCase(Locale.ROOT) + ".")
            && !seen.contains(named.toLowerCase(Locale.ROOT))) {
          out.problem(notFound("CustomField", named, prefix));
        }
      }
    }
  }

  /**
   * The markup of every named Aura bundle, read for the Canvas app it embeds. The bundles
   * themselves stay inert: devorg renders no Aura, only the tabs that show such an app.
   */
  private static void readAuraMarkup(String prefix, Map<String, byte[]> entries,
      PackageManifest manifest, PackageAssembler out) {
    List<String> bundles = manifest.members("AuraDefinitionBundle");
    for (String entry : entries.keySet()) {
      Matcher m = AURA_MARKUP.matcher(entry);
      if (entry.startsWith(prefix) && m.matches() && m.group(2).equals(m.group(3))
          && m.group(1).equals(prefix) && (bundles.contains("*") || bundles.contains(m.group(2)))) {
        out.auraMarkup(m.group(2), entries.get(entry),
            new ComponentRef("AuraDefinitionBundle", m.group(2), entry));
      }
    }
  }

  /** The named members of a type that have a file; a named member without one is a problem. */
  private static List<String> membersWithFiles(String prefix, String type, String folder,
      String suffix, Map<String, byte[]> entries, PackageManifest manifest, PackageAssembler out) {
    List<String> found = new ArrayList<>();
    for (String member : manifest.members(type)) {
      if (member.equals("*")) {
        found.addAll(filesOf(prefix, folder, suffix, entries));
      } else if (entries.containsKey(prefix + folder + member + suffix)) {
        found.add(member);
      } else {
        out.problem(notFound(type, member, prefix));
      }
    }
    return found;
  }

  private static List<String> filesOf(String prefix, String folder, String suffix,
      Map<String, byte[]> entries) {
    List<String> names = new ArrayList<>();
    for (String entry : entries.keySet()) {
      String rel = entry.startsWith(prefix + folder) ? entry.substring((prefix + folder).length()) : null;
      if (rel != null && rel.endsWith(suffix) && !rel.contains("/")) {
        names.add(rel.substring(0, rel.length() - suffix.length()));
      }
    }
    return names;
  }

  /**
   * The file an inert component most likely came from (classes/X.cls for ApexClass X, the
   * parent's file for child types such as ListView Account.All), for deploy messages only.
   */
  private static String fileOf(String prefix, String member, Map<String, byte[]> entries) {
    for (String candidate : List.of(member, member.contains(".") ? member.substring(0, member.indexOf('.')) : member)) {
      for (String entry : entries.keySet()) {
        if (!entry.startsWith(prefix) || entry.endsWith("-meta.xml")) {
          continue;
        }
        String rel = entry.substring(prefix.length());
        int slash = rel.indexOf('/');
        String inFolder = slash < 0 ? rel : rel.substring(slash + 1);
        int dot = inFolder.lastIndexOf('.');
        String base = dot < 0 ? inFolder : inFolder.substring(0, dot);
        if (slash > 0 && (base.equals(candidate) || inFolder.startsWith(candidate + "/"))) {
          return inFolder.startsWith(candidate + "/") ? prefix + rel.substring(0, slash + 1) + candidate : entry;
        }
      }
    }
    return prefix + "package.xml";
  }

  private static Optional<XmlElement> parse(byte[] content, ComponentRef ref, PackageAssembler out) {
    try {
      return Optional.of(MetadataXml.parseComponent(content, ref));
    } catch (MetadataException e) {
      out.problems(e.problems());
      return Optional.empty();
    }
  }

  private static MetadataProblem notFound(String type, String member, String prefix) {
    return MetadataProblem.at(new ComponentRef(type, member, prefix + "package.xml"), 0,
        "An object '" + member + "' of type " + type
            + " was named in package.xml, but was not found in zipped directory");
  }

  private static ComponentRef packageXml(String prefix) {
    return new ComponentRef("", "package.xml", prefix + "package.xml");
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      byte[] buffer = new byte[8192];
      while ((e = in.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        if (entries.size() >= MAX_ENTRIES) {
          throw new IOException("more than " + MAX_ENTRIES + " files");
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNZIPPED_BYTES) {
            throw new IOException("more than " + MAX_UNZIPPED_BYTES + " bytes unzipped");
          }
          content.write(buffer, 0, n);
        }
        String name = e.getName().replace('\\', '/');
        entries.put(name.startsWith("./") ? name.substring(2) : name, content.toByteArray());
      }
    }
    if (entries.isEmpty()) {
      throw new IOException("it is empty or not a zip file");
    }
    return entries;
  }
}
