package civil.eldercare.nursinghome;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.period.HalfYear;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.award.Award;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A {@link NursingHomeStore} in memory, for tests and embedding. */
public final class InMemoryNursingHomeStore implements NursingHomeStore {
  private final TreeMap<String, NursingHome> homes = new TreeMap<>();
  private final Map<String, Occupancy> occupancy = new HashMap<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private final LinkedHashMap<String, Rectification> rectifications = new LinkedHashMap<>();
  private final TreeMap<HalfYear, Award> awards = new TreeMap<>();
  private final Map<String, Integer> ids = new HashMap<>();

  @Override
  public synchronized NursingHome addHome(Function<String, NursingHome> create) {
    NursingHome h = create.apply(String.format("NH-%04d", ids.getOrDefault("NH", 0) + 1));
    ids.merge("NH", 1, Integer::sum);
    homes.put(h.homeId(), h);
    return h;
  }

  @Override
  public synchronized Optional<NursingHome> home(String homeId) {
    return Optional.ofNullable(homes.get(homeId));
  }

  @Override
  public synchronized List<NursingHome> homes() {
    return List.copyOf(homes.values());
  }

  @Override
  public synchronized void putOccupancy(Occupancy o) {
    occupancy.put(o.homeId() + "/" + o.month(), o);
  }

  @Override
  public synchronized List<Occupancy> occupancy(String homeId) {
    return occupancy.values().stream().filter(o -> o.homeId().equals(homeId))
        .sorted(Comparator.comparing(Occupancy::month)).toList();
  }

  @Override
  public synchronized AssessmentRecord addAssessment(Function<Function<String, String>, AssessmentRecord> create) {
    Map<String, Integer> staged = new HashMap<>(ids);
    AssessmentRecord r = create.apply(prefix -> String.format("%s-%06d", prefix, staged.merge(prefix, 1, Integer::sum)));
    ids.putAll(staged);
    assessments.add(r.assessment());
    r.rectifications().forEach(t -> rectifications.put(t.rectificationId(), t));
    return r;
  }

  @Override
  public synchronized List<Assessment> assessments(String homeId) {
    return assessments.stream().filter(a -> a.homeId().equals(homeId)).toList();
  }

  @Override
  public synchronized List<Assessment> assessmentsBetween(LocalDate from, LocalDate to) {
    return assessments.stream().filter(a -> !a.assessedOn().isBefore(from) && !a.assessedOn().isAfter(to)).toList();
  }

  @Override
  public synchronized Optional<Rectification> rectification(String rectificationId) {
    return Optional.ofNullable(rectifications.get(rectificationId));
  }

  @Override
  public synchronized Rectification replaceRectification(String rectificationId, UnaryOperator<Rectification> change) {
    Rectification current = rectifications.get(rectificationId);
    if (current == null) {
      throw new NotFoundException("rectification", rectificationId);
    }
    Rectification next = change.apply(current);
    rectifications.put(rectificationId, next);
    return next;
  }

  @Override
  public synchronized List<Rectification> rectifications() {
    return List.copyOf(rectifications.values());
  }

  @Override
  public synchronized Optional<Award> award(HalfYear period) {
    return Optional.ofNullable(awards.get(period));
  }

  @Override
  public synchronized Award addAward(Award award) {
    if (awards.containsKey(award.period())) {
      throw new ConflictException("AWARD_EXISTS", "the award for " + award.period() + " is already stored");
    }
    awards.put(award.period(), award);
    return award;
  }

  @Override
  public synchronized List<Award> awards() {
    return List.copyOf(awards.values());
  }
}
