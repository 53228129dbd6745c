package dev.bellwether.devorg.seed;

/** The product features that usage.ndjson reports, with how widely and heavily each is used. */
enum UsageFeature {
  DASHBOARDS("dashboards", true, 0.75, 12, 3, 20),
  REPORTS("reports", true, 0.50, 8, 10, 60),
  INTEGRATIONS("integrations", true, 0.10, 45, 15, 90),
  AUTOMATIONS("automations", true, 0.20, 18, 30, 150),
  API("api", false, 0.03, 350, 20, 200),
  MOBILE("mobile", false, 0.25, 6, 30, 250);

  /** The value written to the {@code feature} field. */
  final String key;
  /** Key features count toward the feature-adoption measure. */
  final boolean keyFeature;
  /** Share of licensed seats that use the feature in a week at full health. */
  final double reach;
  /** Events per active user per week at full health. */
  final int eventsPerUser;
  /** Typical days from contract start to first use, before onboarding speed is applied. */
  final int firstUseMin;
  final int firstUseMax;

  UsageFeature(String key, boolean keyFeature, double reach, int eventsPerUser, int firstUseMin,
      int firstUseMax) {
    this.key = key;
    this.keyFeature = keyFeature;
    this.reach = reach;
    this.eventsPerUser = eventsPerUser;
    this.firstUseMin = firstUseMin;
    this.firstUseMax = firstUseMax;
  }

  /** Chance an account ever adopts the feature; bigger customers use more of the product. */
  double adoptionChance(Segment segment) {
    return switch (this) {
      case DASHBOARDS -> 1.0;
      case REPORTS -> segment == Segment.SMB ? 0.85 : 0.92;
      case INTEGRATIONS -> switch (segment) {
        case ENTERPRISE -> 0.8;
        case MID_MARKET -> 0.6;
        case SMB -> 0.3;
      };
      case AUTOMATIONS -> switch (segment) {
        case ENTERPRISE -> 0.7;
        case MID_MARKET -> 0.5;
        case SMB -> 0.25;
      };
      case API -> switch (segment) {
        case ENTERPRISE -> 0.45;
        case MID_MARKET -> 0.2;
        case SMB -> 0.05;
      };
      case MOBILE -> switch (segment) {
        case ENTERPRISE -> 0.4;
        case MID_MARKET -> 0.25;
        case SMB -> 0.12;
      };
    };
  }
}
