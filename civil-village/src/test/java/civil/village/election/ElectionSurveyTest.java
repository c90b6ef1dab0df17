package civil.village.election;

import static civil.core.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.village.testkit.VillageGenerators;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectionSurveyTest {
  private static final ElectionRules RULES = ElectionRules.defaults();

  private static ResidentId born(String yyyymmdd, int seq) {
    return ResidentId.ofFirst17("410802" + yyyymmdd + String.format("%03d", seq));
  }

  @Test
  void someoneTurning18OnElectionDayVotesAndADayYoungerDoesNot() {
    LocalDate day = LocalDate.of(2026, 12, 20);
    assertEquals(true, ElectionSurvey.ofAge(LocalDate.of(2008, 12, 20), day, 18));
    assertEquals(false, ElectionSurvey.ofAge(LocalDate.of(2008, 12, 21), day, 18));
    // born on 29 February: 18 on 1 March in a common year
    assertEquals(false, ElectionSurvey.ofAge(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28), 18));
    assertEquals(true, ElectionSurvey.ofAge(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1), 18));
  }

  @Test
  void eachPersonHasOneStandingAndTheVillageCountsFollow() {
    LocalDate day = LocalDate.of(2026, 12, 20);
    List<SurveyPerson> people = List.of(
        new SurveyPerson(born("19700101", 2), true, true, 30, false, false),    // resident voter, female (even)
        new SurveyPerson(born("19700101", 1), true, false, 0, false, false),    // away voter, male
        new SurveyPerson(born("19800101", 4), false, true, 1, false, true),     // applicant, female
        new SurveyPerson(born("19800101", 3), false, true, 0, false, true),     // not yet a year: not a voter
        new SurveyPerson(born("19800101", 5), false, true, 5, false, false),    // does not want to: not a voter
        new SurveyPerson(born("19600101", 7), true, true, 40, true, false),     // deprived
        new SurveyPerson(born("20081221", 9), true, true, 18, false, false));   // under 18
    ElectionSurvey s = ElectionSurvey.of("ES-1", day, List.of(new ElectionSurvey.Roll("410802001001", people)), RULES);
    ElectionSurvey.Counts c = s.villages().get(0).counts();
    assertEquals(List.of(4, 6, 1, 1, 1, 2, 1, 1, 3), List.of(c.registered(), c.living(), c.residentVoters(), c.awayVoters(),
        c.applicantVoters(), c.femaleVoters(), c.under18(), c.deprived(), c.seats()));
    assertEquals(c, s.totals());
  }

  @Test
  void seatsFollowTheRegisteredPopulation() {
    assertEquals(3, RULES.seatsFor(1_000));
    assertEquals(5, RULES.seatsFor(1_001));
    assertEquals(5, RULES.seatsFor(3_000));
    assertEquals(7, RULES.seatsFor(3_001));
  }

  @Test
  void aResidentRegisteredInTwoVillagesIsListedOnceWithBothAndAPersonTwiceInOneVillageIsRefused() {
    SurveyPerson p = new SurveyPerson(born("19700101", 1), true, true, 30, false, false);
    ElectionSurvey s = ElectionSurvey.of("ES-1", LocalDate.of(2026, 12, 20), List.of(
        new ElectionSurvey.Roll("410802001002", List.of(p)), new ElectionSurvey.Roll("410802001001", List.of(p))), RULES);
    assertEquals(1, s.duplicates().size());
    assertEquals(List.of("410802001001", "410802001002"), s.duplicates().get(0).villageCodes());
    assertEquals(2, s.totals().residentVoters()); // still counted in each village
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ElectionSurvey.of("ES-2",
        LocalDate.of(2026, 12, 20), List.of(new ElectionSurvey.Roll("410802001001", List.of(p, p))), RULES));
    assertEquals("villages[0].persons[1].residentId", e.problems().get(0).field());
  }

  @Test
  void everyPersonFallsInExactlyOneStandingAndTotalsAreTheSumOfVillages() {
    qt().forAll(VillageGenerators.rolls()).check(rolls -> {
      LocalDate day = LocalDate.of(2026, 12, 20);
      ElectionSurvey s = ElectionSurvey.of("ES", day, rolls, RULES);
      int[] sum = new int[9];
      for (int v = 0; v < rolls.size(); v++) {
        ElectionSurvey.Counts c = s.villages().get(v).counts();
        long notVoters = rolls.get(v).persons().stream()
            .filter(p -> ElectionSurvey.standing(p, day, RULES) == ElectionSurvey.Standing.NOT_A_VOTER).count();
        if (c.voters() + c.under18() + c.deprived() + notVoters != rolls.get(v).persons().size()) {
          return false;
        }
        int[] row = {c.registered(), c.living(), c.residentVoters(), c.awayVoters(), c.applicantVoters(), c.femaleVoters(),
            c.under18(), c.deprived(), c.seats()};
        for (int i = 0; i < 9; i++) {
          sum[i] += row[i];
        }
      }
      ElectionSurvey.Counts t = s.totals();
      return Arrays.equals(sum, new int[] {t.registered(), t.living(), t.residentVoters(), t.awayVoters(),
          t.applicantVoters(), t.femaleVoters(), t.under18(), t.deprived(), t.seats()});
    });
  }
}
