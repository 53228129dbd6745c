package dev.bellwether.devorg.seed;

/**
 * A generated company.
 *
 * @param domain under the reserved {@code .example} TLD, so no seeded address or site is real
 */
record CompanyName(String name, String domain) {

  String website() {
    return "https://www." + domain;
  }
}
