package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.org.Org;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads an SFDX project (the repository's manifests/) into an org at start-up: its custom
 * objects and fields into the schema, its connected apps into the org's apps, its Canvas tabs
 * into the org's tabs. Loading twice,
 * or over an org restored from disk, redefines in place rather than duplicating.
 */
public final class ManifestLoader {
  private ManifestLoader() {}

  /** How much a load installed. */
  public record Loaded(int objectsCreated, int fieldsInstalled, int apps, int canvasTabs) {}

  /**
   * Installs everything or nothing: any unreadable or inconsistent file fails the whole load
   * with one exception listing every problem by file and line.
   */
  public static Loaded loadInto(Org org, Path sfdxProjectDir) throws MetadataException {
    MetadataPackage pkg = SourceFormatReader.read(sfdxProjectDir);
    SchemaInstaller installer = new SchemaInstaller(org.schema());
    List<MetadataProblem> problems = new ArrayList<>(pkg.problems());
    installer.check(pkg.objects()).stream().filter(o -> !o.succeeded())
        .forEach(o -> problems.add(o.problem()));
    if (!problems.isEmpty()) {
      throw new MetadataException(problems);
    }
    int objects = 0;
    int fields = 0;
    for (ComponentOutcome o : installer.install(pkg.objects())) {
      boolean didSomething = o.kind() != ComponentOutcome.Kind.UNCHANGED;
      if (o.component().type().equals("CustomObject") && o.kind() == ComponentOutcome.Kind.CREATED) {
        objects++;
      } else if (o.component().type().equals("CustomField") && didSomething) {
        fields++;
      }
    }
    for (ConnectedAppChange app : pkg.apps()) {
      org.apps().register(app.toApp(org.id()));
    }
    for (CanvasTabChange tab : pkg.tabs()) {
      org.canvasTabs().register(tab.toTab());
    }
    return new Loaded(objects, fields, pkg.apps().size(), pkg.tabs().size());
  }
}
