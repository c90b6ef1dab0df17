package civil.eldercare.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.ConflictException;
import civil.core.identity.AreaCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VolunteerServiceTest {
  private static final AreaCode A = AreaCode.parse("410802001001");
  private static final AreaCode B = AreaCode.parse("410802001002");
  private final VolunteerService service = new VolunteerService(new InMemoryVolunteerStore());

  @Test
  void matchingRunsOverTheStoredRecordsAndIsKeptWithItsDate() {
    Set<ServiceDomain> h = Set.of(ServiceDomain.HEALTH);
    Set<Slot> s = Set.of(Slot.TUE_AM, Slot.TUE_PM);
    service.register(Volunteer.of("v1", B, h, s, 2));
    service.register(Need.of("e1", A, h, s, 1));
    service.register(Need.of("e2", A, h, s, 3));
    MatchingRun none = service.run(LocalDate.of(2026, 3, 1));
    assertEquals(0, none.matching().filledPlaces()); // not adjacent yet
    service.setAdjacency(CommunityAdjacency.of(List.of(List.of(A, B))));
    MatchingRun run = service.run(LocalDate.of(2026, 4, 1));
    assertEquals(2, run.matching().filledPlaces());
    assertEquals(ServiceForm.MANY_TO_ONE, run.forms().get("e2"));
    assertEquals(List.of(run), service.runsBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
  }

  @Test
  void anIdIsRegisteredOnce() {
    Volunteer v = Volunteer.of("v1", A, Set.of(ServiceDomain.HOBBY), Set.of(Slot.SUN_PM), 1);
    service.register(v);
    assertThrows(ConflictException.class, () -> service.register(v));
  }
}
