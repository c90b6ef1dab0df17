package civil.village.register;

import civil.village.election.ElectionSurvey;
import civil.village.openness.Inspection;
import civil.village.openness.Publication;
import civil.village.openness.VillageEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Port: villages, their events and publications, inspections and election surveys. */
public interface VillageStore {
  /**
   * Stores a new village.
   *
   * @throws civil.core.error.ConflictException {@code VILLAGE_EXISTS} if its code is registered
   */
  Village add(Village village);

  Optional<Village> find(String villageCode);

  List<Village> all();

  /**
   * Stores an event.
   *
   * @throws civil.core.error.ConflictException {@code EVENT_EXISTS} if the village recorded that event id
   */
  VillageEvent addEvent(VillageEvent event);

  List<VillageEvent> events(String villageCode);

  Publication addPublication(Publication publication);

  List<Publication> publications(String villageCode);

  /** Stores the inspection {@code make} builds from a new id. */
  Inspection addInspection(Function<String, Inspection> make);

  /** Inspections, of one village or of every one, in the order made. */
  List<Inspection> inspections(Optional<String> villageCode);

  /** Stores the survey {@code make} builds from a new id. */
  ElectionSurvey addSurvey(Function<String, ElectionSurvey> make);

  Optional<ElectionSurvey> survey(String surveyId);

  /** Every survey, in the order made. */
  List<ElectionSurvey> surveys();
}
