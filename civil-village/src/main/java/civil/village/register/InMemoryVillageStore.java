package civil.village.register;

import civil.core.error.ConflictException;
import civil.village.election.ElectionSurvey;
import civil.village.openness.Inspection;
import civil.village.openness.Publication;
import civil.village.openness.VillageEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A {@link VillageStore} in memory, for tests and embedding. */
public final class InMemoryVillageStore implements VillageStore {
  private final Map<String, Village> villages = new TreeMap<>();
  private final List<VillageEvent> events = new ArrayList<>();
  private final List<Publication> publications = new ArrayList<>();
  private final List<Inspection> inspections = new ArrayList<>();
  private final List<ElectionSurvey> surveys = new ArrayList<>();

  @Override
  public synchronized Village add(Village village) {
    if (villages.putIfAbsent(village.code().value(), village) != null) {
      throw new ConflictException("VILLAGE_EXISTS", "village " + village.code() + " is already registered");
    }
    return village;
  }

  @Override
  public synchronized Optional<Village> find(String villageCode) {
    return Optional.ofNullable(villages.get(villageCode));
  }

  @Override
  public synchronized List<Village> all() {
    return List.copyOf(villages.values());
  }

  @Override
  public synchronized VillageEvent addEvent(VillageEvent event) {
    if (events.stream().anyMatch(e -> e.villageCode().equals(event.villageCode()) && e.eventId().equals(event.eventId()))) {
      throw new ConflictException("EVENT_EXISTS", "village " + event.villageCode() + " recorded event " + event.eventId()
          + " already");
    }
    events.add(event);
    return event;
  }

  @Override
  public synchronized List<VillageEvent> events(String villageCode) {
    return events.stream().filter(e -> e.villageCode().equals(villageCode)).toList();
  }

  @Override
  public synchronized Publication addPublication(Publication publication) {
    publications.add(publication);
    return publication;
  }

  @Override
  public synchronized List<Publication> publications(String villageCode) {
    return publications.stream().filter(p -> p.villageCode().equals(villageCode)).toList();
  }

  @Override
  public synchronized Inspection addInspection(Function<String, Inspection> make) {
    Inspection i = make.apply(String.format("VI-%06d", inspections.size() + 1));
    inspections.add(i);
    return i;
  }

  @Override
  public synchronized List<Inspection> inspections(Optional<String> villageCode) {
    return inspections.stream().filter(i -> villageCode.map(i.villageCode()::equals).orElse(true)).toList();
  }

  @Override
  public synchronized ElectionSurvey addSurvey(Function<String, ElectionSurvey> make) {
    ElectionSurvey s = make.apply(String.format("ES-%06d", surveys.size() + 1));
    surveys.add(s);
    return s;
  }

  @Override
  public synchronized Optional<ElectionSurvey> survey(String surveyId) {
    return surveys.stream().filter(s -> s.surveyId().equals(surveyId)).findFirst();
  }

  @Override
  public synchronized List<ElectionSurvey> surveys() {
    return List.copyOf(surveys);
  }
}
