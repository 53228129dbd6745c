package dev.bellwether.devorg.metadata.deploy;

import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.metadata.ComponentOutcome;
import dev.bellwether.devorg.metadata.ComponentOutcome.Kind;
import dev.bellwether.devorg.metadata.CanvasTabChange;
import dev.bellwether.devorg.metadata.ComponentRef;
import dev.bellwether.devorg.metadata.ConnectedAppChange;
import dev.bellwether.devorg.metadata.MetadataPackage;
import dev.bellwether.devorg.metadata.MetadataProblem;
import dev.bellwether.devorg.metadata.MetadataZipReader;
import dev.bellwether.devorg.metadata.SchemaInstaller;
import dev.bellwether.devorg.org.CanvasTab;
import dev.bellwether.devorg.org.Org;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out one deploy zip against the org: reads it, checks every component, then
 * installs what the options allow. checkOnly installs nothing; rollbackOnError with any
 * failure installs nothing; otherwise the components that pass are installed. Objects,
 * fields, connected apps and Canvas tabs change the org; other types deploy without effect.
 */
final class ZipDeployer {
  private final Org org;

  ZipDeployer(Org org) {
    this.org = org;
  }

  /**
   * How a deploy ended: its final status, one message per component, and whether anything
   * was installed (false for checkOnly and for rolled-back deploys).
   */
  record Outcome(DeployStatus status, List<DeployMessage> successes, List<DeployMessage> failures,
      boolean installed) {}

  Outcome deploy(byte[] zip, DeployOptions options, Instant now) {
    MetadataPackage pkg = MetadataZipReader.read(zip);
    SchemaInstaller installer = new SchemaInstaller(org.schema());
    List<ComponentOutcome> outcomes = new ArrayList<>();
    pkg.problems().forEach(p -> outcomes.add(ComponentOutcome.failed(p)));
    List<ComponentOutcome> objects = installer.check(pkg.objects());
    List<ComponentOutcome> apps = planApps(pkg.apps());
    List<ComponentOutcome> tabs = planTabs(pkg.tabs());
    boolean anyFailure = !pkg.problems().isEmpty()
        || objects.stream().anyMatch(o -> !o.succeeded());
    boolean install = !options.checkOnly() && !(anyFailure && options.rollbackOnError());
    if (install) {
      objects = installer.install(pkg.objects());
      pkg.apps().forEach(a -> org.apps().register(a.toApp(org.id())));
      pkg.tabs().forEach(t -> org.canvasTabs().register(t.toTab()));
    }
    outcomes.addAll(objects);
    outcomes.addAll(apps);
    outcomes.addAll(tabs);
    // Types devorg does not model deploy without effect, so their lines read "Unchanged".
    pkg.inert().forEach(c -> outcomes.add(ComponentOutcome.of(c, Kind.UNCHANGED)));

    List<DeployMessage> successes = new ArrayList<>();
    List<DeployMessage> failures = new ArrayList<>();
    boolean manifestFailed = pkg.problems().stream()
        .anyMatch(p -> p.component().fullName().equals("package.xml"));
    if (!manifestFailed) {
      successes.add(DeployMessage.manifest(now));
    }
    for (ComponentOutcome o : outcomes) {
      (o.succeeded() ? successes : failures).add(DeployMessage.of(o, now));
    }
    return new Outcome(status(options, successes, failures), successes, failures, install);
  }

  /** The outcome of every app; an app is keyed by its consumer key, as the org keeps it. */
  private List<ComponentOutcome> planApps(List<ConnectedAppChange> changes) {
    List<ComponentOutcome> out = new ArrayList<>();
    for (ConnectedAppChange change : changes) {
      ConnectedApp app = change.toApp(org.id());
      Optional<ConnectedApp> current = org.apps().byClientId(app.clientId());
      Kind kind = current.isEmpty() ? Kind.CREATED
          : current.get().equals(app) ? Kind.UNCHANGED : Kind.CHANGED;
      out.add(ComponentOutcome.of(change.source(), kind));
    }
    return out;
  }

  /** The outcome of every Canvas tab, compared with the org's tab of the same name. */
  private List<ComponentOutcome> planTabs(List<CanvasTabChange> changes) {
    List<ComponentOutcome> out = new ArrayList<>();
    for (CanvasTabChange change : changes) {
      Optional<CanvasTab> current = org.canvasTabs().byName(change.name());
      Kind kind = current.isEmpty() ? Kind.CREATED
          : current.get().equals(change.toTab()) ? Kind.UNCHANGED : Kind.CHANGED;
      out.add(ComponentOutcome.of(change.source(), kind));
    }
    return out;
  }

  private static DeployStatus status(DeployOptions options, List<DeployMessage> successes,
      List<DeployMessage> failures) {
    if (failures.isEmpty()) {
      return DeployStatus.Succeeded;
    }
    boolean someDeployed = successes.stream().anyMatch(DeployMessage::isComponent);
    return someDeployed && !options.rollbackOnError() ? DeployStatus.SucceededPartial
        : DeployStatus.Failed;
  }

  /** The outcome of a deploy that broke inside devorg: reported, never left hanging. */
  static Outcome broken(RuntimeException e, Instant now) {
    ComponentRef ref = new ComponentRef("", "package.xml", "package.xml");
    MetadataProblem p = MetadataProblem.at(ref, 0, "UNKNOWN_EXCEPTION: devorg failed while"
        + " deploying: " + e);
    return new Outcome(DeployStatus.Failed, List.of(),
        List.of(DeployMessage.of(ComponentOutcome.failed(p), now)), false);
  }
}
