package dev.bellwether.store.signals;

import java.util.Locale;

/** Which survey an answer belongs to, and the scores it allows. */
public enum SurveyType {
  /** "Would you recommend us?": 0 to 10. */
  NPS("nps", 0, 10),
  /** "How satisfied were you?": 1 to 5. */
  CSAT("csat", 1, 5);

  private final String code;
  private final int minScore;
  private final int maxScore;

  SurveyType(String code, int minScore, int maxScore) {
    this.code = code;
    this.minScore = minScore;
    this.maxScore = maxScore;
  }

  /** The value stored in {@code signal_survey.survey}. */
  public String code() {
    return code;
  }

  public int minScore() {
    return minScore;
  }

  public int maxScore() {
    return maxScore;
  }

  /** Whether a score is one this survey allows. */
  public boolean allows(long score) {
    return score >= minScore && score <= maxScore;
  }

  /** The survey of a code, any case ({@code NPS}, {@code nps}); null when there is none. */
  public static SurveyType fromCode(String code) {
    String lower = code.toLowerCase(Locale.ROOT);
    for (SurveyType type : values()) {
      if (type.code.equals(lower)) {
        return type;
      }
    }
    return null;
  }
}
