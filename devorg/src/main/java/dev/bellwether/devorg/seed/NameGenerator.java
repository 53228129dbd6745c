package dev.bellwether.devorg.seed;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person and company names that look real, never repeat a company, and vary with the seed.
 *
 * <p>Names include Hangul, accents and apostrophes on purpose: the demo org should exercise the
 * same encoding and escaping paths a real customer org does.
 */
final class NameGenerator {
  private static final List<String> ENGLISH_FIRST = List.of(
      "James", "Olivia", "Michael", "Emma", "David", "Sophia", "Daniel", "Ava", "Matthew",
      "Isabella", "Andrew", "Mia", "Joshua", "Charlotte", "Ryan", "Amelia", "Brandon", "Harper",
      "Tyler", "Evelyn", "Kevin", "Abigail", "Jason", "Emily", "Marcus", "Grace", "Carlos",
      "Lucia", "Jamal", "Aaliyah", "Ethan", "Chloe", "Nathan", "Zoe", "Derek", "Natalie", "Rohan",
      "Maya", "Luis", "Hannah", "Trevor", "Megan", "Omar", "Leah", "Scott", "Rachel", "Kenji",
      "Nina", "Patrick", "Julia");
  private static final List<String> ENGLISH_LAST = List.of(
      "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
      "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
      "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
      "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green",
      "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
      "Patel", "O'Connor", "Chen", "Okafor", "Sullivan");
  private static final List<String> EUROPEAN_FIRST = List.of(
      "Sophie", "Lukas", "Emma", "Matteo", "Léa", "Jonas", "Chloé", "Noah", "Zoë", "Mateusz",
      "Anja", "Søren", "Inês", "Björn", "Amélie", "Luca", "Freya", "Oskar", "Elif", "Yusuf",
      "Aoife", "Ciarán", "Noor", "Omar", "Hannah", "Felix", "Clara", "Théo", "Marta", "Pablo",
      "Ingrid", "Henrik", "Giulia", "Tomás", "Nadia", "Jakob");
  private static final List<String> EUROPEAN_LAST = List.of(
      "Müller", "Schmidt", "Dubois", "Martin", "Rossi", "Bianchi", "García", "Fernández",
      "Jansen", "de Vries", "Nielsen", "Andersson", "Kowalski", "Nowak", "O'Brien", "Murphy",
      "Byrne", "Walsh", "Smith", "Jones", "Taylor", "Cohen", "Levi", "Haddad", "Khan", "Schneider",
      "Fischer", "Weber", "Lefèvre", "Moreau", "Hansen", "Johansson", "Lindqvist", "Łukasiewicz",
      "Sørensen", "Costa");
  // Hangul and its romanisation side by side: the CRM stores Hangul, e-mail needs ASCII.
  private static final List<String[]> KOREAN_LAST = List.of(
      new String[] {"김", "kim"}, new String[] {"이", "lee"}, new String[] {"박", "park"},
      new String[] {"최", "choi"}, new String[] {"정", "jung"}, new String[] {"강", "kang"},
      new String[] {"조", "cho"}, new String[] {"윤", "yoon"}, new String[] {"장", "jang"},
      new String[] {"임", "lim"}, new String[] {"한", "han"}, new String[] {"오", "oh"},
      new String[] {"서", "seo"}, new String[] {"신", "shin"}, new String[] {"권", "kwon"});
  private static final List<String[]> KOREAN_FIRST = List.of(
      new String[] {"민준", "minjun"}, new String[] {"서연", "seoyeon"},
      new String[] {"지훈", "jihoon"}, new String[] {"하은", "haeun"},
      new String[] {"도윤", "doyoon"}, new String[] {"수빈", "subin"},
      new String[] {"예준", "yejun"}, new String[] {"지민", "jimin"},
      new String[] {"현우", "hyunwoo"}, new String[] {"유진", "yujin"},
      new String[] {"성민", "sungmin"}, new String[] {"은지", "eunji"},
      new String[] {"태양", "taeyang"}, new String[] {"다은", "daeun"},
      new String[] {"준서", "junseo"}, new String[] {"소연", "soyeon"},
      new String[] {"상훈", "sanghoon"}, new String[] {"혜진", "hyejin"});
  private static final List<String> JAPANESE_FIRST = List.of(
      "Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura", "Kenji", "Naoko", "Takumi",
      "Mei", "Daiki", "Ayaka", "Kaito", "Misaki");
  private static final List<String> JAPANESE_LAST = List.of(
      "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
      "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura");
  private static final List<String> APAC_FIRST = List.of(
      "Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Divya", "Wei Ling", "Jun Jie", "Mei Xin",
      "Liam", "Charlotte", "Jack", "Isla", "Aroha", "Nikhil", "Sanjana");
  private static final List<String> APAC_LAST = List.of(
      "Sharma", "Iyer", "Reddy", "Gupta", "Nair", "Tan", "Lim", "Ng", "Wong", "Williams",
      "Thompson", "Kelly", "Ngata", "Menon", "Chua", "Singh");

  private static final List<String> COMPANY_WORDS = List.of(
      "Alder", "Amber", "Apex", "Arbor", "Aspen", "Atlas", "Aurora", "Beacon", "Birch", "Bluff",
      "Bright", "Cedar", "Cinder", "Clearwater", "Cobalt", "Copper", "Coral", "Crescent", "Crest",
      "Crystal", "Delta", "Driftwood", "Eagle", "Ember", "Evergreen", "Falcon", "Fern", "Firefly",
      "Foxglove", "Granite", "Harbor", "Hawthorne", "Helix", "Horizon", "Indigo", "Iron", "Ivy",
      "Juniper", "Keystone", "Lantern", "Larch", "Lighthouse", "Linden", "Lumen", "Maple",
      "Marble", "Meadow", "Meridian", "Mesa", "Mosaic", "Nimbus", "North Star", "Oakridge", "Onyx",
      "Orchid", "Osprey", "Pacific", "Palisade", "Pinnacle", "Pine", "Prairie", "Quarry", "Quartz",
      "Raven", "Redwood", "Ridge", "Riverbend", "Saffron", "Sage", "Sequoia", "Sierra", "Silver",
      "Slate", "Sparrow", "Spruce", "Stone", "Summit", "Sycamore", "Tidal", "Timber", "Topaz",
      "Trident", "Tundra", "Union", "Vale", "Vantage", "Velvet", "Vertex", "Willow", "Wren",
      "Zenith", "Zephyr", "Blue Harbor", "Red Oak", "Silver Lake", "Iron Gate", "True North");
  private static final List<String> COMPANY_TAILS = List.of(
      "works", "line", "point", "field", "gate", "wave", "stack", "bridge", "path", "scale",
      "forge", "light");
  private static final List<String> KOREAN_WORDS = List.of(
      "Hanbit", "Saebyeok", "Mirae", "Haneul", "Daon", "Sejong", "Gaon", "Nuri", "Hanul",
      "Dasol", "Areum", "Baekdu", "Jinju", "Sora", "Yeoul", "Bitna", "Saerom", "Onnuri");
  private static final List<String> JAPANESE_WORDS = List.of(
      "Kaze", "Hikari", "Midori", "Kumo", "Mirai", "Hoshi", "Tsubasa", "Aozora", "Kawa", "Nami",
      "Shiro", "Kaede", "Hinode", "Tsuki", "Yama", "Sora");

  private final Set<String> usedCompanyStems = new HashSet<>();
  private final Set<String> usedDomains = new HashSet<>();

  PersonName person(Market market, Dice dice) {
    return switch (market) {
      case KOREA -> {
        String[] last = dice.pick(KOREAN_LAST);
        String[] first = dice.pick(KOREAN_FIRST);
        yield new PersonName(first[0], last[0], first[1] + "." + last[1]);
      }
      case JAPAN -> latin(dice.pick(JAPANESE_FIRST), dice.pick(JAPANESE_LAST));
      case EMEA -> dice.chance(0.7)
          ? latin(dice.pick(EUROPEAN_FIRST), dice.pick(EUROPEAN_LAST))
          : latin(dice.pick(ENGLISH_FIRST), dice.pick(ENGLISH_LAST));
      case APAC_OTHER -> latin(dice.pick(APAC_FIRST), dice.pick(APAC_LAST));
      case NORTH_AMERICA -> latin(dice.pick(ENGLISH_FIRST), dice.pick(ENGLISH_LAST));
    };
  }

  /** A company whose name (ignoring its legal suffix) and domain were not generated before. */
  CompanyName company(Industry industry, Location location, Dice dice) {
    for (int attempt = 0; attempt < 40; attempt++) {
      String stem = stem(industry, location.market(), dice);
      if (usedCompanyStems.add(stem.toLowerCase(Locale.ROOT))) {
        return new CompanyName(withSuffix(stem, industry, location, dice), domainFor(stem));
      }
    }
    // The word lists hold thousands of stems per industry, so this is only reached in books far
    // larger than the demo's; the city and a counter still keep the name unique.
    String stem = stem(industry, location.market(), dice) + " " + location.city();
    for (int n = 2; !usedCompanyStems.add(stem.toLowerCase(Locale.ROOT)); n++) {
      stem = stem.replaceAll(" \\d+$", "") + " " + n;
    }
    return new CompanyName(withSuffix(stem, industry, location, dice), domainFor(stem));
  }

  private String stem(Industry industry, Market market, Dice dice) {
    String noun = dice.pick(industry.nouns);
    String word = switch (market) {
      case KOREA -> dice.chance(0.7) ? dice.pick(KOREAN_WORDS) : englishWord(dice);
      case JAPAN -> dice.chance(0.7) ? dice.pick(JAPANESE_WORDS) : englishWord(dice);
      default -> englishWord(dice);
    };
    return word + " " + noun;
  }

  private static String englishWord(Dice dice) {
    String word = dice.pick(COMPANY_WORDS);
    // Compounds ("Cobaltgate") multiply the names available without looking templated.
    if (!word.contains(" ") && dice.chance(0.3)) {
      return word + dice.pick(COMPANY_TAILS);
    }
    return word;
  }

  private static String withSuffix(String stem, Industry industry, Location location, Dice dice) {
    if (!industry.corporate) {
      return stem;
    }
    String suffix = dice.pick(location.legalSuffixes());
    return suffix.isEmpty() ? stem : stem + " " + suffix;
  }

  private String domainFor(String stem) {
    String base = ascii(stem);
    String domain = base + ".example";
    for (int n = 2; !usedDomains.add(domain); n++) {
      domain = base + n + ".example";
    }
    return domain;
  }

  private static PersonName latin(String first, String last) {
    return new PersonName(first, last, ascii(first) + "." + ascii(last));
  }

  /** Folds a name to lower-case ASCII letters: "Søren" to "soren", "O'Brien" to "obrien". */
  static String ascii(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
        .replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
        .replace("ß", "ss").replace("æ", "ae")
        .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
