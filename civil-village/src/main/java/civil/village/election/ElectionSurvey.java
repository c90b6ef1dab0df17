package civil.village.election;

import static java.util.Objects.requireNonNull;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.core.identity.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The groundwork survey for a village committee election (换届选举摸底调查): per village, who is
 * registered and who lives there, the voters by class, female voters, those under 18 and those
 * deprived of political rights, and the committee's seats; the totals; and the residents registered
 * in more than one village of the survey.
 *
 * <p>A person is of voting age when born on or before the election day's date {@code votingAge}
 * years earlier (someone born on 29 February turns 18 on 1 March in a common year). Each voter is
 * in one class: {@code resident} (registered and living here), {@code away} (registered here,
 * living elsewhere) or {@code applicant} (registered elsewhere, living here for the rules' years and
 * wanting to register). Those deprived of political rights are never voters.
 */
public record ElectionSurvey(String surveyId, LocalDate electionDay, List<VillageCount> villages, Counts totals,
    List<Duplicate> duplicates) {

  /** A village's list, as surveyed. */
  public record Roll(String villageCode, List<SurveyPerson> persons) {
    public Roll {
      requireNonNull(villageCode, "villageCode");
      persons = List.copyOf(persons);
    }
  }

  /** The counts of a village, or of the whole survey. */
  public record Counts(int registered, int living, int residentVoters, int awayVoters, int applicantVoters,
      int femaleVoters, int under18, int deprived, int seats) {
    public int voters() {
      return residentVoters + awayVoters + applicantVoters;
    }

    Counts plus(Counts o) {
      return new Counts(registered + o.registered, living + o.living, residentVoters + o.residentVoters,
          awayVoters + o.awayVoters, applicantVoters + o.applicantVoters, femaleVoters + o.femaleVoters,
          under18 + o.under18, deprived + o.deprived, seats + o.seats);
    }
  }

  /** One village's counts. */
  public record VillageCount(String villageCode, Counts counts) {}

  /** A resident registered in two or more villages of the survey, with every such village (sorted). */
  public record Duplicate(ResidentId residentId, List<String> villageCodes) {}

  public ElectionSurvey {
    requireNonNull(surveyId, "surveyId");
    villages = List.copyOf(villages);
    duplicates = List.copyOf(duplicates);
  }

  /** How a person counts. */
  public enum Standing {
    RESIDENT_VOTER,
    AWAY_VOTER,
    APPLICANT_VOTER,
    UNDER_18,
    DEPRIVED,
    NOT_A_VOTER
  }

  /** Whether someone born on {@code birth} is of voting age on {@code electionDay}. */
  public static boolean ofAge(LocalDate birth, LocalDate electionDay, int votingAge) {
    return !birth.isAfter(electionDay.minusYears(votingAge));
  }

  /** Exactly one standing per person. */
  public static Standing standing(SurveyPerson p, LocalDate electionDay, ElectionRules rules) {
    if (!ofAge(p.residentId().birthDate(), electionDay, rules.votingAge())) {
      return Standing.UNDER_18;
    }
    if (p.deprivedOfPoliticalRights()) {
      return Standing.DEPRIVED;
    }
    if (p.registeredHere()) {
      return p.livesHere() ? Standing.RESIDENT_VOTER : Standing.AWAY_VOTER;
    }
    if (p.livesHere() && p.yearsResident() >= rules.applicantMinimumYears() && p.wantsToRegister()) {
      return Standing.APPLICANT_VOTER;
    }
    return Standing.NOT_A_VOTER;
  }

  /**
   * Surveys the villages' lists.
   *
   * @throws InvalidInputException {@code DUPLICATE_PERSON} naming the village and index of a
   *     resident listed twice in one village
   */
  public static ElectionSurvey of(String surveyId, LocalDate electionDay, List<Roll> rolls, ElectionRules rules) {
    List<FieldProblem> twice = new ArrayList<>();
    for (int v = 0; v < rolls.size(); v++) {
      Set<ResidentId> seen = new HashSet<>();
      List<SurveyPerson> persons = rolls.get(v).persons();
      for (int i = 0; i < persons.size(); i++) {
        if (!seen.add(persons.get(i).residentId())) {
          twice.add(new FieldProblem("villages[" + v + "].persons[" + i + "].residentId",
              "is listed twice in village " + rolls.get(v).villageCode()));
        }
      }
    }
    if (!twice.isEmpty()) {
      throw new InvalidInputException("DUPLICATE_PERSON", twice);
    }
    List<VillageCount> counts = new ArrayList<>();
    Counts totals = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
    Map<ResidentId, Set<String>> registeredIn = new TreeMap<>();
    for (Roll roll : rolls) {
      int registered = 0;
      int living = 0;
      int[] by = new int[Standing.values().length];
      int female = 0;
      for (SurveyPerson p : roll.persons()) {
        registered += p.registeredHere() ? 1 : 0;
        living += p.livesHere() ? 1 : 0;
        Standing s = standing(p, electionDay, rules);
        by[s.ordinal()]++;
        boolean voter = s == Standing.RESIDENT_VOTER || s == Standing.AWAY_VOTER || s == Standing.APPLICANT_VOTER;
        if (voter && p.residentId().sex() == Sex.FEMALE) {
          female++;
        }
        if (p.registeredHere()) {
          registeredIn.computeIfAbsent(p.residentId(), k -> new TreeSet<>()).add(roll.villageCode());
        }
      }
      Counts c = new Counts(registered, living, by[Standing.RESIDENT_VOTER.ordinal()], by[Standing.AWAY_VOTER.ordinal()],
          by[Standing.APPLICANT_VOTER.ordinal()], female, by[Standing.UNDER_18.ordinal()], by[Standing.DEPRIVED.ordinal()],
          rules.seatsFor(registered));
      counts.add(new VillageCount(roll.villageCode(), c));
      totals = totals.plus(c);
    }
    List<Duplicate> duplicates = new ArrayList<>();
    registeredIn.forEach((id, villages) -> {
      if (villages.size() > 1) {
        duplicates.add(new Duplicate(id, List.copyOf(villages)));
      }
    });
    return new ElectionSurvey(surveyId, electionDay, counts, totals, duplicates);
  }
}
