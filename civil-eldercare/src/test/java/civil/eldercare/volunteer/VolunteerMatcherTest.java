package civil.eldercare.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VolunteerMatcherTest {
  private static final AreaCode A = AreaCode.parse("410802001001");
  private static final AreaCode B = AreaCode.parse("410802001002");
  private static final AreaCode C = AreaCode.parse("410802001003");
  private static final AreaCode D = AreaCode.parse("410802001004");
  private static final CommunityAdjacency LINE = CommunityAdjacency.of(List.of(List.of(A, B), List.of(B, C), List.of(C, D)));

  private static Volunteer vol(String id, AreaCode c, Set<ServiceDomain> skills, Set<Slot> slots, int cap) {
    return Volunteer.of(id, c, skills, slots, cap);
  }

  private static Need need(String id, AreaCode c, Set<ServiceDomain> domains, Set<Slot> slots, int n) {
    return Need.of(id, c, domains, slots, n);
  }

  @Test
  void thePairCostCountsStepsMissingDomainsAndASingleSharedSlot() {
    Volunteer v = vol("v", B, Set.of(ServiceDomain.HEALTH), Set.of(Slot.MON_AM, Slot.TUE_PM), 1);
    Need n = need("e", A, Set.of(ServiceDomain.HEALTH, ServiceDomain.HOUSEKEEPING), Set.of(Slot.MON_AM), 1);
    PairReasons r = PairRule.assess(v, n, LINE).orElseThrow();
    assertEquals(1, r.steps());
    assertEquals(Set.of(ServiceDomain.HEALTH), r.sharedDomains());
    assertEquals(Set.of(ServiceDomain.HOUSEKEEPING), r.missingDomains());
    assertEquals(Set.of(Slot.MON_AM), r.sharedSlots());
    assertEquals(10 + 5 + 2, r.cost());
    assertTrue(PairRule.assess(vol("far", D, Set.of(ServiceDomain.HEALTH), Set.of(Slot.MON_AM), 1), n, LINE).isEmpty());
    assertEquals(2, LINE.steps(A, C, 2));
    assertEquals(-1, LINE.steps(A, D, 2));
  }

  @Test
  void oneToOneTakesTheCheapestVolunteer() {
    Matching m = VolunteerMatcher.match(List.of(
            vol("v1", B, Set.of(ServiceDomain.HEALTH), Set.of(Slot.MON_AM, Slot.MON_PM), 1),
            vol("v2", A, Set.of(ServiceDomain.HEALTH), Set.of(Slot.MON_AM, Slot.MON_PM), 1)),
        List.of(need("e1", A, Set.of(ServiceDomain.HEALTH), Set.of(Slot.MON_AM, Slot.MON_PM), 1)), LINE);
    assertEquals(1, m.filledPlaces());
    assertEquals(0, m.totalCost());
    assertEquals("v2", m.assignments().get(0).volunteers().get(0).id());
    assertTrue(m.unfilled().isEmpty());
  }

  @Test
  void twoToOneAndManyToOneFillEveryPlaceTheyCan() {
    Set<ServiceDomain> h = Set.of(ServiceDomain.COMPANIONSHIP);
    Set<Slot> s = Set.of(Slot.SAT_AM, Slot.SAT_PM);
    Matching m = VolunteerMatcher.match(List.of(
            vol("v1", A, h, s, 2), vol("v2", A, h, s, 1), vol("v3", B, h, s, 1), vol("v4", C, h, s, 1)),
        List.of(need("two", A, h, s, 2), need("many", B, h, s, 3)), LINE);
    assertEquals(5, m.filledPlaces());
    // two: v1 and v2 at 0; many: v1 (10), v3 (0), v4 (10)
    assertEquals(20, m.totalCost());
    assertEquals(List.of("v1", "v2"), m.assignments().get(1).volunteers().stream().map(AssignedVolunteer::id).toList());
    assertEquals(List.of("v1", "v3", "v4"), m.assignments().get(0).volunteers().stream().map(AssignedVolunteer::id).toList());
  }

  @Test
  void anElderNobodyCanServeIsSaidToHaveNoCandidate() {
    Matching m = VolunteerMatcher.match(List.of(vol("v1", A, Set.of(ServiceDomain.HEALTH), Set.of(Slot.MON_AM), 1)),
        List.of(need("e1", A, Set.of(ServiceDomain.RIGHTS), Set.of(Slot.MON_AM), 2)), LINE);
    assertEquals(List.of(new Unfilled("e1", 2, Unfilled.Reason.NO_CANDIDATE, 0)), m.unfilled());
    assertTrue(m.assignments().isEmpty());
  }

  @Test
  void aVolunteerAtCapacityLeavesTheOtherElderAllTaken() {
    Set<ServiceDomain> h = Set.of(ServiceDomain.HOUSEKEEPING);
    Set<Slot> s = Set.of(Slot.WED_AM);
    Matching m = VolunteerMatcher.match(List.of(vol("v1", A, h, s, 1)),
        List.of(need("e1", A, h, s, 1), need("e2", B, h, s, 1)), LINE);
    // e1 is closer (cost 2 against 12), so e2 is left, with one candidate
    assertEquals("e1", m.assignments().get(0).elderId());
    assertEquals(List.of(new Unfilled("e2", 1, Unfilled.Reason.ALL_TAKEN, 1)), m.unfilled());
  }

  @Test
  void placesComeBeforeCost() {
    // v1 could serve e1 cheaply, but then e2 (whom only v1 can serve) would be left: fill both
    Set<ServiceDomain> h = Set.of(ServiceDomain.HEALTH);
    Set<Slot> s = Set.of(Slot.MON_AM, Slot.MON_PM);
    Matching m = VolunteerMatcher.match(List.of(
            vol("v1", A, Set.of(ServiceDomain.HEALTH, ServiceDomain.HOBBY), s, 1),
            vol("v2", C, h, s, 1)),
        List.of(need("e1", B, h, s, 1), need("e2", A, Set.of(ServiceDomain.HOBBY), s, 1)), LINE);
    assertEquals(2, m.filledPlaces());
    assertEquals(10, m.totalCost());
  }

  @Test
  void costTiesAreResolvedTheSameWayWhateverTheOrder() {
    Set<ServiceDomain> h = Set.of(ServiceDomain.HEALTH);
    Set<Slot> s = Set.of(Slot.MON_AM, Slot.MON_PM);
    List<Volunteer> vols = List.of(vol("v2", A, h, s, 1), vol("v1", A, h, s, 1), vol("v3", A, h, s, 1));
    List<Need> needs = List.of(need("e2", A, h, s, 1), need("e1", A, h, s, 1));
    Matching m = VolunteerMatcher.match(vols, needs, LINE);
    assertEquals(m, VolunteerMatcher.match(List.of(vols.get(2), vols.get(0), vols.get(1)), List.of(needs.get(1), needs.get(0)), LINE));
    assertEquals(2, m.filledPlaces());
  }

  @Test
  void duplicateIdsAreRefused() {
    Volunteer v = vol("v1", A, Set.of(ServiceDomain.HEALTH), Set.of(Slot.MON_AM), 1);
    assertThrows(InvalidInputException.class, () -> VolunteerMatcher.match(List.of(v, v), List.of(), LINE));
  }
}
