package civil.eldercare.activity;

import java.util.Map;

/**
 * A period's activity figures: sessions by kind, person-times (an elder at two sessions counts
 * twice) and distinct elders served.
 */
public record ActivityFigures(Map<ActivityKind, Integer> sessionsByKind, int personTimes, int distinctElders) {
  public ActivityFigures {
    sessionsByKind = Map.copyOf(sessionsByKind);
  }

  public int sessions() {
    return sessionsByKind.values().stream().mapToInt(Integer::intValue).sum();
  }
}
