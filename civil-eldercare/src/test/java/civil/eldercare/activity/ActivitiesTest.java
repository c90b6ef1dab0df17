package civil.eldercare.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.identity.AreaCode;
import civil.eldercare.volunteer.InMemoryVolunteerStore;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.Slot;
import civil.eldercare.volunteer.Volunteer;
import civil.eldercare.volunteer.VolunteerService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivitiesTest {
  private static final AreaCode A = AreaCode.parse("410802001001");
  private final VolunteerService volunteers = new VolunteerService(new InMemoryVolunteerStore());
  private final Activities activities = new Activities(new InMemoryActivityStore(), volunteers);

  @Test
  void figuresCountSessionsByKindPersonTimesAndDistinctElders() {
    volunteers.register(Volunteer.of("v1", A, Set.of(ServiceDomain.PERFORMANCE), Set.of(Slot.SAT_PM), 3));
    activities.record(ActivityKind.PERFORMANCE, ServiceDomain.PERFORMANCE, "戏曲小表演", LocalDate.of(2026, 4, 3), A,
        List.of("v1"), List.of("e1", "e2", "e3"));
    activities.record(ActivityKind.LECTURE, ServiceDomain.HEALTH, "防跌倒小讲座", LocalDate.of(2026, 5, 9), A,
        List.of("v1"), List.of("e1", "e4"));
    activities.record(ActivityKind.CONTEST, ServiceDomain.HOBBY, "象棋小比赛", LocalDate.of(2026, 7, 2), A,
        List.of("v1"), List.of("e5"));
    ActivityFigures f = activities.figures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    assertEquals(2, f.sessions());
    assertEquals(1, f.sessionsByKind().get(ActivityKind.PERFORMANCE));
    assertEquals(0, f.sessionsByKind().get(ActivityKind.CONTEST));
    assertEquals(5, f.personTimes());
    assertEquals(4, f.distinctElders());
  }

  @Test
  void leadersAreRegisteredVolunteersAndAttendeesAreListedOnce() {
    assertThrows(NotFoundException.class, () -> activities.record(ActivityKind.LECTURE, ServiceDomain.RIGHTS, "x",
        LocalDate.of(2026, 4, 3), A, List.of("nobody"), List.of()));
    volunteers.register(Volunteer.of("v1", A, Set.of(ServiceDomain.RIGHTS), Set.of(Slot.SAT_PM), 1));
    assertThrows(InvalidInputException.class, () -> activities.record(ActivityKind.LECTURE, ServiceDomain.RIGHTS, "x",
        LocalDate.of(2026, 4, 3), A, List.of("v1"), List.of("e1", "e1")));
  }
}
