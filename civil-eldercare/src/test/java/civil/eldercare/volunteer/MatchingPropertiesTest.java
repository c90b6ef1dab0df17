package civil.eldercare.volunteer;

import static civil.core.testkit.Theories.qt;
import static civil.eldercare.testkit.VolunteerGenerators.connectedCities;
import static civil.eldercare.testkit.VolunteerGenerators.smallInstances;

import civil.core.identity.AreaCode;
import civil.eldercare.testkit.Cities;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class MatchingPropertiesTest {
  @Test
  void filledPlacesAndTotalCostEqualTheExhaustiveOptimum() {
    qt(400).forAll(smallInstances()).check(i -> {
      Matching m = VolunteerMatcher.match(i.volunteers(), i.needs(), i.adjacency());
      long[] best = new BruteForceMatcher(i.volunteers(), i.needs(), i.adjacency()).best();
      return m.filledPlaces() == best[0] && m.totalCost() == best[1];
    });
  }

  @Test
  void thePotentialsCertifyTheAnswerOnSmallInstances() {
    qt(400).forAll(smallInstances()).check(i -> MatchingCertificate.problem(
        VolunteerMatcher.solve(i.volunteers(), i.needs(), i.adjacency()), i.volunteers(), i.needs(), i.adjacency()).isEmpty());
  }

  @Test
  void thePotentialsCertifyTheAnswerOnConnectedCities() {
    qt(25).forAll(connectedCities(100, 400)).check(c -> {
      VolunteerMatcher.Solved s = VolunteerMatcher.solve(c.volunteers(), c.needs(), c.adjacency());
      return MatchingCertificate.problem(s, c.volunteers(), c.needs(), c.adjacency()).isEmpty();
    });
  }

  @Test
  void thePotentialsCertifyTheAnswerOnCitiesOfIsolatedNeighbourhoods() {
    qt(10).forAll(Generate.longRange(0, Long.MAX_VALUE)).check(seed -> {
      Cities.City c = Cities.generate(Cities.Layout.ISLANDS, 300, seed);
      VolunteerMatcher.Solved s = VolunteerMatcher.solve(c.volunteers(), c.needs(), c.adjacency());
      return MatchingCertificate.problem(s, c.volunteers(), c.needs(), c.adjacency()).isEmpty();
    });
  }

  @Test
  void theCertificateRejectsAnAnswerWithAPlaceLeftOpen() {
    // the check can fail: take one volunteer away from an optimal answer and it must find the augmenting path
    qt(10).forAll(connectedCities(50, 150)).check(c -> {
      VolunteerMatcher.Solved s = VolunteerMatcher.solve(c.volunteers(), c.needs(), c.adjacency());
      Matching m = s.matching();
      if (m.assignments().isEmpty()) {
        return true;
      }
      Assignment first = m.assignments().get(0);
      List<Assignment> fewer = new ArrayList<>(m.assignments().subList(1, m.assignments().size()));
      if (first.volunteers().size() > 1) {
        fewer.add(new Assignment(first.elderId(), first.volunteers().subList(1, first.volunteers().size())));
      }
      Matching worse = new Matching(m.filledPlaces() - 1, m.totalCost() - first.volunteers().get(0).cost(), fewer, m.unfilled());
      return MatchingCertificate.problem(worse, s.elderPotentials(), s.volunteerPotentials(), s.sourcePotential(),
          c.volunteers(), c.needs(), c.adjacency()).isPresent();
    });
  }

  @Test
  void aConnectedCityInAnyOrderWithItsPairsFlippedGivesTheSameAssignments() {
    qt(10).forAll(connectedCities(100, 300), Generate.longRange(0, Long.MAX_VALUE)).check((c, seed) -> {
      Random r = new Random(seed);
      List<Volunteer> vs = new ArrayList<>(c.volunteers());
      List<Need> ns = new ArrayList<>(c.needs());
      List<List<AreaCode>> pairs = new ArrayList<>();
      for (List<AreaCode> p : c.pairs()) {
        pairs.add(r.nextBoolean() ? List.of(p.get(1), p.get(0)) : p);
      }
      Collections.shuffle(vs, r);
      Collections.shuffle(ns, r);
      Collections.shuffle(pairs, r);
      return VolunteerMatcher.match(c.volunteers(), c.needs(), c.adjacency())
          .equals(VolunteerMatcher.match(vs, ns, CommunityAdjacency.of(pairs)));
    });
  }

  @Test
  void noCapacityIsExceededAndEveryPairCanServe() {
    qt().forAll(smallInstances()).check(i -> {
      Matching m = VolunteerMatcher.match(i.volunteers(), i.needs(), i.adjacency());
      Map<String, Integer> load = new HashMap<>();
      for (Assignment a : m.assignments()) {
        Need need = i.needs().stream().filter(n -> n.elderId().equals(a.elderId())).findFirst().orElseThrow();
        if (a.volunteers().size() > need.volunteersNeeded()
            || a.volunteers().stream().map(AssignedVolunteer::id).distinct().count() != a.volunteers().size()) {
          return false;
        }
        for (AssignedVolunteer v : a.volunteers()) {
          Volunteer vol = i.volunteers().stream().filter(x -> x.id().equals(v.id())).findFirst().orElseThrow();
          if (PairRule.assess(vol, need, i.adjacency()).map(PairReasons::cost).orElse(-1) != v.cost()) {
            return false;
          }
          load.merge(v.id(), 1, Integer::sum);
        }
      }
      return i.volunteers().stream().allMatch(v -> load.getOrDefault(v.id(), 0) <= v.capacity());
    });
  }

  @Test
  void shufflingTheRecordsDoesNotChangeTheResult() {
    qt().forAll(smallInstances()).check(i -> {
      List<Volunteer> vs = new ArrayList<>(i.volunteers());
      List<Need> ns = new ArrayList<>(i.needs());
      Random r = new Random(vs.size() * 31L + ns.size());
      Collections.shuffle(vs, r);
      Collections.shuffle(ns, r);
      return VolunteerMatcher.match(i.volunteers(), i.needs(), i.adjacency())
          .equals(VolunteerMatcher.match(vs, ns, i.adjacency()));
    });
  }

  @Test
  void theAdjacencyPairsInAnyOrderAndOrientationGiveTheSameAssignments() {
    qt().forAll(smallInstances(), Generate.longRange(0, Long.MAX_VALUE)).check((i, seed) -> {
      Random r = new Random(seed);
      // the instance's own pairs, every other pair of its four communities at random, repeats too
      List<List<AreaCode>> pairs = new ArrayList<>(i.adjacency().pairs());
      List<AreaCode> communities = List.of(AreaCode.parse("410802001001"), AreaCode.parse("410802001002"),
          AreaCode.parse("410802001003"), AreaCode.parse("410802002001"));
      for (int a = 0; a < communities.size(); a++) {
        for (int b = a + 2; b < communities.size(); b++) {
          if (r.nextBoolean()) {
            pairs.add(List.of(communities.get(a), communities.get(b)));
          }
        }
      }
      List<List<AreaCode>> other = new ArrayList<>();
      for (List<AreaCode> p : pairs) {
        other.add(r.nextBoolean() ? List.of(p.get(1), p.get(0)) : p);
        if (r.nextInt(4) == 0) {
          other.add(p);
        }
      }
      Collections.shuffle(other, r);
      List<Volunteer> vs = new ArrayList<>(i.volunteers());
      List<Need> ns = new ArrayList<>(i.needs());
      Collections.shuffle(vs, r);
      Collections.shuffle(ns, r);
      return VolunteerMatcher.match(i.volunteers(), i.needs(), CommunityAdjacency.of(pairs))
          .equals(VolunteerMatcher.match(vs, ns, CommunityAdjacency.of(other)));
    });
  }

  @Test
  void unfilledPlacesAreExplained() {
    qt().forAll(smallInstances()).check(i -> {
      Matching m = VolunteerMatcher.match(i.volunteers(), i.needs(), i.adjacency());
      long wanted = i.needs().stream().mapToLong(Need::volunteersNeeded).sum();
      long unfilled = m.unfilled().stream().mapToLong(Unfilled::places).sum();
      return wanted == m.filledPlaces() + unfilled && m.unfilled().stream().allMatch(u ->
          (u.reason() == Unfilled.Reason.NO_CANDIDATE) == (u.candidates() == 0));
    });
  }
}
