package dev.bellwether.devorg.metadata;

import java.util.List;

/**
 * What a metadata source (SFDX project or deploy zip) holds, read but not yet installed.
 *
 * @param objects custom objects and custom fields, one entry per object
 * @param apps connected apps
 * @param tabs Lightning tabs whose Aura component embeds a Canvas app
 * @param inert components devorg accepts but does not model (ApexClass, Layout,
 *     PermissionSet, standard-object customisations...): deploying them succeeds and changes
 *     nothing, so a complete package deploys
 * @param problems components that could not be read (malformed XML, unknown field types...)
 */
public record MetadataPackage(List<ObjectChange> objects, List<ConnectedAppChange> apps,
    List<CanvasTabChange> tabs, List<ComponentRef> inert, List<MetadataProblem> problems) {

  public MetadataPackage {
    objects = List.copyOf(objects);
    apps = List.copyOf(apps);
    tabs = List.copyOf(tabs);
    inert = List.copyOf(inert);
    problems = List.copyOf(problems);
  }
}
