package dev.bellwether.devorg.seed;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The billing cities of the book, grouped by market. */
final class Geography {
  private static final List<String> US = List.of("Inc.", "LLC", "Corp.", "Co.", "", "", "");
  private static final List<String> CA = List.of("Inc.", "Ltd.", "", "");
  private static final List<String> UK = List.of("Ltd", "plc", "Group", "");
  private static final List<String> DE = List.of("GmbH", "AG", "GmbH & Co. KG");
  private static final List<String> FR = List.of("SAS", "S.A.", "");
  private static final List<String> KR = List.of("Co., Ltd.", "Corp.", "Inc.");
  private static final List<String> JP = List.of("K.K.", "Co., Ltd.", "Inc.");

  private final Map<Market, List<Location>> byMarket = new EnumMap<>(Market.class);

  Geography() {
    byMarket.put(Market.NORTH_AMERICA, List.of(
        us("San Francisco", "CA", "415"), us("Austin", "TX", "512"), us("New York", "NY", "212"),
        us("Chicago", "IL", "312"), us("Seattle", "WA", "206"), us("Boston", "MA", "617"),
        us("Denver", "CO", "303"), us("Atlanta", "GA", "404"), us("Raleigh", "NC", "919"),
        us("Minneapolis", "MN", "612"), us("Salt Lake City", "UT", "801"),
        us("Columbus", "OH", "614"), us("Phoenix", "AZ", "602"), us("Miami", "FL", "305"),
        us("San Diego", "CA", "619"), us("Portland", "OR", "503"), us("Nashville", "TN", "615"),
        us("Pittsburgh", "PA", "412"),
        new Location(Market.NORTH_AMERICA, "Toronto", "ON", "Canada", "(416) 555-01##", CA),
        new Location(Market.NORTH_AMERICA, "Vancouver", "BC", "Canada", "(604) 555-01##", CA),
        new Location(Market.NORTH_AMERICA, "Montréal", "QC", "Canada", "(514) 555-01##", CA)));
    byMarket.put(Market.EMEA, List.of(
        emea("London", null, "United Kingdom", "+44 20 7946 0###", UK),
        emea("Manchester", null, "United Kingdom", "+44 161 496 0###", UK),
        emea("Dublin", null, "Ireland", "+353 1 ### ####", List.of("Ltd", "DAC", "")),
        emea("Berlin", "Berlin", "Germany", "+49 30 ########", DE),
        emea("München", "Bayern", "Germany", "+49 89 #######", DE),
        emea("Paris", "Île-de-France", "France", "+33 1 ## ## ## ##", FR),
        emea("Lyon", "Auvergne-Rhône-Alpes", "France", "+33 4 ## ## ## ##", FR),
        emea("Amsterdam", "Noord-Holland", "Netherlands", "+31 20 ### ####", List.of("B.V.", "")),
        emea("Stockholm", null, "Sweden", "+46 8 ### ### ##", List.of("AB", "")),
        emea("Copenhagen", null, "Denmark", "+45 ## ## ## ##", List.of("A/S", "ApS")),
        emea("Madrid", null, "Spain", "+34 91 ### ## ##", List.of("S.L.", "S.A.")),
        emea("Zürich", "ZH", "Switzerland", "+41 44 ### ## ##", List.of("AG", "GmbH")),
        emea("Warsaw", null, "Poland", "+48 22 ### ## ##", List.of("Sp. z o.o.", "S.A.")),
        emea("Tel Aviv", null, "Israel", "+972 3-###-####", List.of("Ltd", "")),
        emea("Dubai", null, "United Arab Emirates", "+971 4 ### ####", List.of("LLC", "FZ-LLC"))));
    byMarket.put(Market.KOREA, List.of(
        new Location(Market.KOREA, "Seoul", "Seoul", "South Korea", "+82 2-####-####", KR),
        new Location(Market.KOREA, "Seongnam", "Gyeonggi-do", "South Korea", "+82 31-###-####", KR),
        new Location(Market.KOREA, "Busan", "Busan", "South Korea", "+82 51-###-####", KR)));
    byMarket.put(Market.JAPAN, List.of(
        new Location(Market.JAPAN, "Tokyo", "Tokyo", "Japan", "+81 3-####-####", JP),
        new Location(Market.JAPAN, "Osaka", "Osaka", "Japan", "+81 6-####-####", JP),
        new Location(Market.JAPAN, "Fukuoka", "Fukuoka", "Japan", "+81 92-###-####", JP)));
    byMarket.put(Market.APAC_OTHER, List.of(
        new Location(Market.APAC_OTHER, "Singapore", null, "Singapore", "+65 6### ####",
            List.of("Pte. Ltd.")),
        new Location(Market.APAC_OTHER, "Sydney", "NSW", "Australia", "+61 2 #### ####",
            List.of("Pty Ltd", "Limited")),
        new Location(Market.APAC_OTHER, "Melbourne", "VIC", "Australia", "+61 3 #### ####",
            List.of("Pty Ltd", "Limited")),
        new Location(Market.APAC_OTHER, "Bengaluru", "Karnataka", "India", "+91 80 #### ####",
            List.of("Pvt. Ltd.", "Ltd.")),
        new Location(Market.APAC_OTHER, "Auckland", null, "New Zealand", "+64 9-### ####",
            List.of("Limited", ""))));
  }

  Location pick(Dice dice) {
    Market market = Market.values()[dice.weightedIndex(Market.weights())];
    return dice.pick(byMarket.get(market));
  }

  private static Location us(String city, String state, String areaCode) {
    return new Location(
        Market.NORTH_AMERICA, city, state, "United States", "(" + areaCode + ") 555-01##", US);
  }

  private static Location emea(
      String city, String state, String country, String phone, List<String> suffixes) {
    return new Location(Market.EMEA, city, state, country, phone, suffixes);
  }
}
