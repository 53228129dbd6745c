package dev.bellwether.devorg.metadata.deploy;

import java.util.List;

/**
 * The metadata types describeMetadata lists. devorg installs CustomObject, CustomField,
 * ConnectedApp and CustomTabs that show a Canvas app; the others deploy without effect, so a
 * full SFDX package (Bellwether's manifests/ included) goes through.
 */
final class MetadataTypeCatalog {
  /** One DescribeMetadataObject. */
  record Type(String xmlName, String directoryName, String suffix, boolean inFolder,
      boolean metaFile, List<String> childXmlNames) {}

  private static final List<Type> TYPES = List.of(
      new Type("ApexClass", "classes", "cls", false, true, List.of()),
      new Type("ApexPage", "pages", "page", false, true, List.of()),
      new Type("ApexTrigger", "triggers", "trigger", false, true, List.of()),
      new Type("AuraDefinitionBundle", "aura", null, false, false, List.of()),
      new Type("ConnectedApp", "connectedApps", "connectedApp", false, false, List.of()),
      new Type("CspTrustedSite", "cspTrustedSites", "cspTrustedSite", false, false, List.of()),
      new Type("CustomApplication", "applications", "app", false, false, List.of()),
      new Type("CustomLabels", "labels", "labels", false, false, List.of("CustomLabel")),
      new Type("CustomMetadata", "customMetadata", "md", false, false, List.of()),
      new Type("CustomObjectTranslation", "objectTranslations", "objectTranslation", false, false,
          List.of()),
      new Type("CustomObject", "objects", "object", false, false, List.of("CustomField",
          "Index", "BusinessProcess", "CompactLayout", "RecordType", "WebLink",
          "ValidationRule", "SharingReason", "ListView", "FieldSet")),
      new Type("CustomPermission", "customPermissions", "customPermission", false, false, List.of()),
      new Type("CustomTab", "tabs", "tab", false, false, List.of()),
      new Type("Dashboard", "dashboards", "dashboard", true, false, List.of()),
      new Type("FlexiPage", "flexipages", "flexipage", false, false, List.of()),
      new Type("Flow", "flows", "flow", false, false, List.of()),
      new Type("GlobalValueSet", "globalValueSets", "globalValueSet", false, false, List.of()),
      new Type("Layout", "layouts", "layout", false, false, List.of()),
      new Type("LightningComponentBundle", "lwc", null, false, false, List.of()),
      new Type("PermissionSet", "permissionsets", "permissionset", false, false, List.of()),
      new Type("Profile", "profiles", "profile", false, false, List.of()),
      new Type("QuickAction", "quickActions", "quickAction", false, false, List.of()),
      new Type("RemoteSiteSetting", "remoteSiteSettings", "remoteSite", false, false, List.of()),
      new Type("Report", "reports", "report", true, false, List.of()),
      new Type("ReportType", "reportTypes", "reportType", false, false, List.of()),
      new Type("StaticResource", "staticresources", "resource", false, true, List.of()),
      new Type("Translations", "translations", "translation", false, false, List.of()));

  private MetadataTypeCatalog() {}

  static List<Type> types() {
    return TYPES;
  }
}
