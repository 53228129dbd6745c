package dev.bellwether.devorg.seed;

import java.util.List;

/** The Account.Industry picklist values the seed uses, with nouns that make names fit them. */
enum Industry {
  TECHNOLOGY("Technology", 25, true,
      List.of("Software", "Systems", "Labs", "Cloud", "Data", "Networks", "Digital", "Robotics")),
  FINANCE("Finance", 12, true,
      List.of("Capital", "Financial", "Bancorp", "Insurance", "Payments", "Securities", "Advisors",
          "Lending")),
  HEALTHCARE("Healthcare", 12, true,
      List.of("Health", "Medical", "Therapeutics", "Clinics", "Biosciences", "Care", "Diagnostics",
          "Pharma")),
  RETAIL("Retail", 10, true,
      List.of("Outfitters", "Markets", "Goods", "Brands", "Home", "Apparel", "Grocers", "Supply")),
  MANUFACTURING("Manufacturing", 12, true,
      List.of("Industries", "Manufacturing", "Components", "Machining", "Fabrication", "Plastics",
          "Materials", "Tooling")),
  EDUCATION("Education", 7, true,
      List.of("Learning", "Academy", "Education", "EdTech", "Tutoring", "Institute", "Classroom",
          "Campus")),
  MEDIA("Media", 6, true,
      List.of("Media", "Studios", "Publishing", "Broadcasting", "Pictures", "Records", "Press",
          "Games")),
  TRANSPORTATION("Transportation", 7, true,
      List.of("Logistics", "Freight", "Transit", "Shipping", "Airways", "Mobility", "Trucking",
          "Couriers")),
  ENERGY("Energy", 5, true,
      List.of("Energy", "Power", "Solar", "Utilities", "Renewables", "Grid", "Hydrogen", "Wind")),
  // Public bodies carry no legal suffix ("Cedar County", not "Cedar County Inc.").
  GOVERNMENT("Government", 4, false,
      List.of("County", "Water District", "Transit Authority", "Public Schools",
          "Housing Authority", "Port Authority", "Parks Department", "Library System"));

  final String label;
  /** Relative share of the book. */
  final int weight;
  final boolean corporate;
  final List<String> nouns;

  Industry(String label, int weight, boolean corporate, List<String> nouns) {
    this.label = label;
    this.weight = weight;
    this.corporate = corporate;
    this.nouns = nouns;
  }

  static double[] weights() {
    Industry[] all = values();
    double[] weights = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      weights[i] = all[i].weight;
    }
    return weights;
  }
}
