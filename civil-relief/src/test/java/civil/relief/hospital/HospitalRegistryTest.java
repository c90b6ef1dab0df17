package civil.relief.hospital;

import static civil.core.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.RefusedException;
import civil.core.identity.HospitalCode;
import civil.core.testkit.CoreGenerators;
import civil.relief.medical.HospitalLevel;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HospitalRegistryTest {
  private static final HospitalCode CODE = HospitalCode.parse("H41080200001");
  private final HospitalRegistry registry = new HospitalRegistry(new InMemoryHospitalStore());

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void theLevelOnADayIsTheLatestTakenEffectByThen() {
    registry.register(CODE, "解放区人民医院", HospitalLevel.SECONDARY, d(1, 1), Optional.empty());
    DesignatedHospital h = registry.addLevel(CODE, HospitalLevel.TERTIARY, d(4, 1));
    assertEquals(Optional.empty(), h.levelOn(d(1, 1).minusDays(1)));
    assertEquals(Optional.of(HospitalLevel.SECONDARY), h.levelOn(d(3, 31)));
    assertEquals(Optional.of(HospitalLevel.TERTIARY), h.levelOn(d(4, 1)));
    assertEquals("LEVEL_OUT_OF_ORDER", assertThrows(ConflictException.class,
        () -> registry.addLevel(CODE, HospitalLevel.PRIMARY, d(4, 1))).code());
    assertEquals("HOSPITAL_EXISTS", assertThrows(ConflictException.class,
        () -> registry.register(CODE, "again", HospitalLevel.PRIMARY, d(1, 1), Optional.empty())).code());
  }

  @Test
  void aHospitalMaySettleOnlyWhileDesignatedAndNotSuspended() {
    registry.register(CODE, "社区卫生服务中心", HospitalLevel.PRIMARY, d(1, 1), Optional.of(d(6, 30)));
    registry.putDesignation(CODE, d(9, 1), Optional.empty());
    DesignatedHospital h = registry.suspend(CODE, d(3, 1), Optional.of(d(3, 15)), "审计后暂停联网");
    assertTrue(h.maySettleOn(d(2, 28)));
    assertFalse(h.maySettleOn(d(3, 1)));
    assertFalse(h.maySettleOn(d(3, 15)));
    assertTrue(h.maySettleOn(d(3, 16)));
    assertFalse(h.maySettleOn(d(7, 1)));
    assertTrue(h.maySettleOn(d(9, 1)));
    assertEquals("HOSPITAL_NOT_DESIGNATED", assertThrows(RefusedException.class, () -> h.settlingLevelOn(d(8, 1))).code());
    assertEquals("DESIGNATION_OVERLAP", assertThrows(ConflictException.class,
        () -> registry.putDesignation(CODE, d(6, 1), Optional.of(d(9, 5)))).code());
    assertEquals("SUSPENSION_OUTSIDE_DESIGNATION", assertThrows(RefusedException.class,
        () -> registry.suspend(CODE, d(7, 15), Optional.empty(), "x")).code());
    // ending the open period: the same from with a to
    DesignatedHospital ended = registry.putDesignation(CODE, d(9, 1), Optional.of(d(10, 31)));
    assertFalse(ended.maySettleOn(d(11, 1)));
    assertEquals(2, ended.designations().size());
  }

  @Test
  void mayLevelAndSettleAgreeOnAnyDay() {
    registry.register(CODE, "医院", HospitalLevel.SECONDARY, d(2, 1), Optional.of(d(10, 31)));
    registry.addLevel(CODE, HospitalLevel.TERTIARY, d(6, 1));
    DesignatedHospital h = registry.suspend(CODE, d(7, 1), Optional.of(d(7, 31)), "暂停");
    qt().forAll(CoreGenerators.datesBetween(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 31))).check(day -> {
      boolean may = !day.isBefore(d(2, 1)) && !day.isAfter(d(10, 31)) && (day.isBefore(d(7, 1)) || day.isAfter(d(7, 31)));
      Optional<HospitalLevel> level = day.isBefore(d(2, 1)) ? Optional.empty()
          : Optional.of(day.isBefore(d(6, 1)) ? HospitalLevel.SECONDARY : HospitalLevel.TERTIARY);
      return h.maySettleOn(day) == may && h.levelOn(day).equals(level);
    });
  }
}
