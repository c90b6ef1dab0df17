package civil.village.register;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.identity.AreaCode;
import civil.core.policy.PolicyRegistry;
import civil.village.election.ElectionRules;
import civil.village.election.ElectionSurvey;
import civil.village.openness.Frequency;
import civil.village.openness.Inspection;
import civil.village.openness.ModelVillages;
import civil.village.openness.OpennessCatalog;
import civil.village.openness.OpennessPeriod;
import civil.village.openness.Publication;
import civil.village.openness.VillageEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Village affairs (村务), an application service: registers villages, records the events and
 * publications of village-affairs openness, inspects them, finds the model-village candidates of a
 * year, and keeps the election groundwork surveys. Each rule is that of the catalogue or the
 * election rules in force on the day concerned.
 */
public final class VillageAffairs {
  private final PolicyRegistry<OpennessCatalog> catalogs;
  private final PolicyRegistry<ElectionRules> electionRules;
  private final VillageStore store;

  public VillageAffairs(PolicyRegistry<OpennessCatalog> catalogs, PolicyRegistry<ElectionRules> electionRules,
      VillageStore store) {
    this.catalogs = requireNonNull(catalogs);
    this.electionRules = requireNonNull(electionRules);
    this.store = requireNonNull(store);
  }

  public Village register(AreaCode code, String name) {
    return store.add(new Village(code, name));
  }

  /**
   * A registered village.
   *
   * @throws NotFoundException if there is none with that code
   */
  public Village village(String villageCode) {
    return store.find(villageCode).orElseThrow(() -> new NotFoundException("village", villageCode));
  }

  public List<Village> villages() {
    return store.all();
  }

  /** The catalogue in force on a day. */
  public OpennessCatalog catalog(LocalDate on) {
    return catalogs.inForceOn(on);
  }

  /**
   * Records an event that must be published.
   *
   * @throws NotFoundException for an unknown village or item
   * @throws InvalidInputException {@code NOT_AN_EVENT_ITEM} for a periodic item
   * @throws civil.core.error.ConflictException {@code EVENT_EXISTS} for an event id the village recorded
   */
  public VillageEvent recordEvent(String villageCode, String itemCode, String eventId, LocalDate eventOn, String title) {
    village(villageCode);
    OpennessCatalog.Item item = catalogs.inForceOn(eventOn).item(itemCode);
    if (item.frequency() != Frequency.ON_EVENT) {
      throw new InvalidInputException("NOT_AN_EVENT_ITEM", "itemCode", itemCode + " is published "
          + item.frequency() + ", not after events");
    }
    return store.addEvent(new VillageEvent(villageCode, itemCode, eventId, eventOn, title));
  }

  /**
   * Records a publication of a period ({@code period}, in the form its frequency uses) or of a
   * recorded event ({@code eventId}).
   *
   * @throws NotFoundException for an unknown village, item or event
   * @throws InvalidInputException {@code INVALID_PERIOD} for a period in another form, or
   *     {@code INVALID_PUBLICATION} when the item's kind and the subject named disagree
   */
  public Publication publish(String villageCode, String itemCode, Optional<String> period, Optional<String> eventId,
      LocalDate publishedOn) {
    village(villageCode);
    OpennessCatalog.Item item = catalogs.inForceOn(publishedOn).item(itemCode);
    if (item.frequency() == Frequency.ON_EVENT) {
      if (eventId.isEmpty() || period.isPresent()) {
        throw new InvalidInputException("INVALID_PUBLICATION", "eventId", "an " + itemCode + " publication names its event");
      }
      VillageEvent event = store.events(villageCode).stream().filter(e -> e.eventId().equals(eventId.get())).findFirst()
          .orElseThrow(() -> new NotFoundException("event", eventId.get()));
      if (!event.itemCode().equals(itemCode)) {
        throw new InvalidInputException("INVALID_PUBLICATION", "itemCode", "event " + event.eventId() + " is of "
            + event.itemCode() + ", not " + itemCode);
      }
      return store.addPublication(new Publication(villageCode, itemCode, Optional.empty(), eventId, publishedOn));
    }
    if (period.isEmpty() || eventId.isPresent()) {
      throw new InvalidInputException("INVALID_PUBLICATION", "period", "a " + itemCode + " publication names its period");
    }
    OpennessPeriod p = OpennessPeriod.parse(item.frequency(), period.get(), "period");
    return store.addPublication(new Publication(villageCode, itemCode, Optional.of(p.toString()), Optional.empty(),
        publishedOn));
  }

  /** Inspects a village over {@code from}–{@code to} as of {@code inspectedOn}, and keeps the result. */
  public Inspection inspect(String villageCode, LocalDate inspectedOn, LocalDate from, LocalDate to) {
    village(villageCode);
    OpennessCatalog catalog = catalogs.inForceOn(inspectedOn);
    List<VillageEvent> events = store.events(villageCode);
    List<Publication> publications = store.publications(villageCode);
    return store.addInspection(id -> Inspection.inspect(id, villageCode, inspectedOn, from, to, catalog, events,
        publications));
  }

  public List<Inspection> inspections(Optional<String> villageCode) {
    return store.inspections(villageCode);
  }

  /** The model-village candidates of a year, under the catalogue in force on its last day. */
  public List<ModelVillages.Candidate> modelVillages(int year) {
    return ModelVillages.candidates(year, store.inspections(Optional.empty()),
        catalogs.inForceOn(LocalDate.of(year, 12, 31)));
  }

  /**
   * Surveys the villages' lists for an election day, and keeps the result.
   *
   * @throws NotFoundException for an unregistered village
   */
  public ElectionSurvey survey(LocalDate electionDay, List<ElectionSurvey.Roll> rolls) {
    rolls.forEach(r -> village(r.villageCode()));
    ElectionRules rules = electionRules.inForceOn(electionDay);
    return store.addSurvey(id -> ElectionSurvey.of(id, electionDay, rolls, rules));
  }

  public ElectionSurvey surveyById(String surveyId) {
    return store.survey(surveyId).orElseThrow(() -> new NotFoundException("election survey", surveyId));
  }

  public List<ElectionSurvey> surveys() {
    return store.surveys();
  }
}
