package dev.bellwether.devorg.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects what the readers find, file by file, into a {@link MetadataPackage}: fields are
 * grouped with their object whichever file they come from, and one bad component becomes a
 * problem instead of stopping the others.
 */
final class PackageAssembler {
  private final Map<String, ObjectSpec> objects = new LinkedHashMap<>();
  private final Map<String, String> objectNames = new LinkedHashMap<>();
  private final Map<String, List<FieldChange>> fields = new LinkedHashMap<>();
  private final List<ConnectedAppChange> apps = new ArrayList<>();
  private final List<PendingTab> tabs = new ArrayList<>();
  private final Map<String, AuraCanvasReader.Embed> embeds = new LinkedHashMap<>();
  private final List<ComponentRef> inert = new ArrayList<>();
  private final List<MetadataProblem> problems = new ArrayList<>();
  private final CustomObjectReader objectReader = new CustomObjectReader();
  private final CustomFieldReader fieldReader = new CustomFieldReader();
  private final ConnectedAppReader appReader = new ConnectedAppReader();

  /** Reads a CustomObject file's own definition; false when it is unusable. */
  boolean object(XmlElement root, String objectName, ComponentRef ref) {
    try {
      objectReader.read(root, objectName, ref).ifPresentOrElse(spec -> {
        name(objectName);
        objects.put(key(objectName), spec);
      }, () -> inert.add(ref));
      return true;
    } catch (MetadataException e) {
      problems.addAll(e.problems());
      return false;
    }
  }

  /**
   * Reads one field of an object. Fields of standard objects that are not custom (Industry,
   * Type...) are accepted without effect: devorg keeps its own standard fields.
   */
  void field(XmlElement element, String objectName, String fieldName, ComponentRef ref) {
    try {
      if (!MetadataNames.isCustom(fieldName) || MetadataNames.isOtherCustomKind(objectName)) {
        inert.add(ref);
        return;
      }
      String invalid = MetadataNames.invalidCustomName(fieldName);
      if (invalid != null) {
        throw new MetadataException(MetadataProblem.at(ref, element, invalid));
      }
      if (!element.name().equals("CustomField") && !element.name().equals("fields")) {
        throw new MetadataException(MetadataProblem.at(ref, element,
            "the root element is <" + element.name() + ">, expected <CustomField>"));
      }
      FieldChange change = fieldReader.read(element, objectName, fieldName, ref);
      name(objectName);
      fields.computeIfAbsent(key(objectName), k -> new ArrayList<>()).add(change);
    } catch (MetadataException e) {
      problems.addAll(e.problems());
    }
  }

  void app(XmlElement root, String fullName, ComponentRef ref) {
    try {
      apps.add(appReader.read(root, fullName, ref));
    } catch (MetadataException e) {
      problems.addAll(e.problems());
    }
  }

  /**
   * Reads a CustomTab. Only a tab showing an Aura component is kept; whether it becomes a
   * Canvas tab is decided in {@link #build()}, once every bundle of the package has been read.
   */
  void tab(XmlElement root, String name, ComponentRef ref) {
    ComponentElement f = new ComponentElement(root, ref);
    if (!root.name().equals("CustomTab")) {
      problems.add(MetadataProblem.at(ref, root, "the root element is <" + root.name()
          + ">, expected <CustomTab>"));
      return;
    }
    Optional<String> aura = f.optional("auraComponent");
    if (aura.isEmpty()) {
      inert.add(ref);
      return;
    }
    String component = aura.get().startsWith("c:") ? aura.get().substring(2) : aura.get();
    tabs.add(new PendingTab(ref, name, f.optional("label").orElse(name), component));
  }

  /** Reads an Aura bundle's markup (X/X.cmp) for the Canvas app it embeds, if any. */
  void auraMarkup(String bundle, byte[] markup, ComponentRef ref) {
    try {
      AuraCanvasReader.read(markup, ref).ifPresent(e -> embeds.put(key(bundle), e));
    } catch (MetadataException e) {
      problems.addAll(e.problems());
    }
  }

  void inert(ComponentRef ref) {
    inert.add(ref);
  }

  void problem(MetadataProblem problem) {
    problems.add(problem);
  }

  void problems(List<MetadataProblem> more) {
    problems.addAll(more);
  }

  MetadataPackage build() {
    List<ObjectChange> changes = new ArrayList<>();
    for (Map.Entry<String, String> e : objectNames.entrySet()) {
      changes.add(new ObjectChange(e.getValue(), objects.get(e.getKey()),
          fields.getOrDefault(e.getKey(), List.of())));
    }
    List<CanvasTabChange> canvasTabs = new ArrayList<>();
    List<ComponentRef> inertToo = new ArrayList<>(inert);
    for (PendingTab t : tabs) {
      AuraCanvasReader.Embed embed = embeds.get(key(t.component()));
      if (embed == null) {
        // A component without Canvas, or one deployed earlier: devorg has nothing to show.
        inertToo.add(t.ref());
      } else {
        canvasTabs.add(new CanvasTabChange(t.ref(), t.name(), t.label(), embed.developerName(),
            embed.parameters()));
      }
    }
    return new MetadataPackage(changes, apps, canvasTabs, inertToo, problems);
  }

  /** A tab read before the bundles it may refer to. */
  private record PendingTab(ComponentRef ref, String name, String label, String component) {}

  private void name(String objectName) {
    objectNames.putIfAbsent(key(objectName), objectName);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
