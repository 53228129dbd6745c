package dev.bellwether.devorg.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deploy's package.xml: which members of which metadata types the zip deploys. */
final class PackageManifest {
  private final Map<String, List<String>> membersByType;

  private PackageManifest(Map<String, List<String>> membersByType) {
    this.membersByType = membersByType;
  }

  static PackageManifest read(XmlElement root, ComponentRef ref) throws MetadataException {
    ComponentElement f = new ComponentElement(root, ref);
    if (!root.name().equals("Package")) {
      throw f.problem(root, "the root element is <" + root.name() + ">, expected <Package>");
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (XmlElement types : root.children("types")) {
      String name = types.text("name").orElseThrow(() -> f.problem(types,
          "a <types> entry has no <name>"));
      List<String> members = byType.computeIfAbsent(name, k -> new ArrayList<>());
      types.children("members").forEach(m -> members.add(m.text()));
    }
    return new PackageManifest(byType);
  }

  /** The types named, in file order, with their members ("*" for all). */
  Map<String, List<String>> types() {
    return membersByType;
  }

  /** The members listed for a type (empty when the type is not listed). */
  List<String> members(String type) {
    return membersByType.getOrDefault(type, List.of());
  }

  /** Whether a member of a type is deployed, by name or by the "*" wildcard. */
  boolean includes(String type, String member) {
    for (String m : members(type)) {
      if (m.equals("*") || m.equalsIgnoreCase(member)) {
        return true;
      }
    }
    return false;
  }
}
