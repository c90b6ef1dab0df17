package civil.village.testkit;

import static civil.core.testkit.CoreGenerators.datesBetween;
import static civil.core.testkit.CoreGenerators.residentIdsBornBetween;

import civil.village.election.ElectionSurvey;
import civil.village.election.SurveyPerson;
import civil.village.openness.Publication;
import civil.village.openness.VillageEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for village affairs, built from the public constructors: a village's
 * events and publications over the first half of 2026 (on time, late, twice, or not at all), and
 * survey lists of people of every standing, born around the age of majority.
 */
public final class VillageGenerators {
  /** The village every generated record belongs to. */
  public static final String VILLAGE = "410802001001";

  private VillageGenerators() {}

  /** Events of the ON_EVENT items in the first half of 2026, with ids E1, E2, …. */
  public static Gen<List<VillageEvent>> events() {
    Gen<VillageEvent> one = Generate.pick(List.of("SUBSIDIES", "PROJECTS", "LAND", "DECISIONS"))
        .zip(datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), (item, on) ->
            new VillageEvent(VILLAGE, item, "x", on, "事项"));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 6).map(list -> {
      List<VillageEvent> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        VillageEvent e = list.get(i);
        named.add(new VillageEvent(VILLAGE, e.itemCode(), "E" + (i + 1), e.eventOn(), e.title()));
      }
      return named;
    });
  }

  /** Publications of the periods of 2026-H1 and of the given events, each at a random day around its due day, some twice, some never. */
  public static Gen<List<Publication>> publications(List<VillageEvent> events) {
    List<String[]> subjects = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      subjects.add(new String[] {"FINANCE", String.format("2026-%02d", m), "p"});
    }
    for (String item : List.of("ASSETS", "RELIEF_ROLL", "CADRE_PAY")) {
      subjects.add(new String[] {item, "2026-Q1", "p"});
      subjects.add(new String[] {item, "2026-Q2", "p"});
    }
    for (VillageEvent e : events) {
      subjects.add(new String[] {e.itemCode(), e.eventId(), "e"});
    }
    Gen<List<Integer>> offsets = SourceDSL.lists().of(Generate.range(-1, 80)).ofSize(subjects.size() * 2);
    return offsets.map(days -> {
      List<Publication> out = new ArrayList<>();
      for (int i = 0; i < subjects.size(); i++) {
        String[] s = subjects.get(i);
        for (int k = 0; k < 2; k++) {
          int d = days.get(2 * i + k);
          if (d < 0 || k == 1 && d > 40) {
            continue; // never published, or no second publication
          }
          LocalDate on = LocalDate.of(2026, 1, 1).plusDays(d * 3L);
          out.add(new Publication(VILLAGE, s[0], s[2].equals("p") ? Optional.of(s[1]) : Optional.empty(),
              s[2].equals("e") ? Optional.of(s[1]) : Optional.empty(), on));
        }
      }
      return out;
    });
  }

  /** One person of any standing, born around 18 years before 2026. */
  public static Gen<SurveyPerson> persons() {
    Gen<Boolean> rarely = Generate.range(0, 5).map(i -> i == 0);
    return residentIdsBornBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2012, 12, 31))
        .mix(residentIdsBornBetween(LocalDate.of(2008, 2, 1), LocalDate.of(2008, 12, 31)), 30)
        .zip(Generate.booleans(), Generate.booleans(), Generate.range(0, 5), (id, reg, lives, years) ->
            new SurveyPerson(id, reg, lives, years, false, false))
        .zip(rarely, Generate.booleans(), (p, deprived, wants) -> new SurveyPerson(p.residentId(), p.registeredHere(),
            p.livesHere(), p.yearsResident(), deprived, wants));
  }

  /** Up to four villages' lists, each person once per village, some registered in two villages. */
  public static Gen<List<ElectionSurvey.Roll>> rolls() {
    Gen<List<SurveyPerson>> list = SourceDSL.lists().of(persons()).ofSizeBetween(0, 12);
    return SourceDSL.lists().of(list).ofSizeBetween(1, 4).map(lists -> {
      List<ElectionSurvey.Roll> rolls = new ArrayList<>();
      for (int v = 0; v < lists.size(); v++) {
        Set<Object> seen = new HashSet<>();
        List<SurveyPerson> once = lists.get(v).stream().filter(p -> seen.add(p.residentId())).toList();
        rolls.add(new ElectionSurvey.Roll(String.format("4108020010%02d", v + 1), once));
      }
      return rolls;
    });
  }
}
