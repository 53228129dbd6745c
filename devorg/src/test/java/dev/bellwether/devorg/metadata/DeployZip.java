package dev.bellwether.devorg.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a Metadata API deploy zip in a test: package.xml plus the files it names. */
public final class DeployZip {
  private final Map<String, List<String>> members = new LinkedHashMap<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private String prefix = "";

  /** Puts everything under a folder, as singlePackage=false zips do (e.g. "unpackaged/"). */
  public DeployZip under(String folder) {
    prefix = folder.endsWith("/") ? folder : folder + "/";
    return this;
  }

  /** Names members of a type in package.xml. */
  public DeployZip member(String type, String... names) {
    members.computeIfAbsent(type, k -> new java.util.ArrayList<>()).addAll(List.of(names));
    return this;
  }

  /** Adds a file at a path relative to the package root. */
  public DeployZip file(String path, String content) {
    files.put(path, content);
    return this;
  }

  /** A custom object file, named in package.xml as CustomObject. */
  public DeployZip object(ObjectFile object) {
    member("CustomObject", object.name());
    return file("objects/" + object.name() + ".object", object.xml());
  }

  public String packageXml() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n");
    members.forEach((type, names) -> {
      b.append("    <types>\n");
      names.forEach(n -> b.append("        <members>").append(n).append("</members>\n"));
      b.append("        <name>").append(type).append("</name>\n    </types>\n");
    });
    return b.append("    <version>64.0</version>\n</Package>\n").toString();
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, prefix + "package.xml", packageXml());
      for (Map.Entry<String, String> f : files.entrySet()) {
        put(zip, prefix + f.getKey(), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
