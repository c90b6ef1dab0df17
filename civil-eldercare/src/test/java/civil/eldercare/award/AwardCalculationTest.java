package civil.eldercare.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.period.HalfYear;
import civil.eldercare.assessment.Grade;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's half-year award: about ¥20,000 over a handful of homes. */
class AwardCalculationTest {
  private static final HalfYear H1 = HalfYear.parse("2026-H1");
  private static final LocalDate AUGUST = LocalDate.of(2026, 8, 15);
  private static final List<HomeStanding> HOMES = List.of(
      new HomeStanding("NH-A", Grade.EXCELLENT, List.of(40, 40, 42, 42, 44, 44)), // average 42 × 1.5 = 63
      new HomeStanding("NH-B", Grade.GOOD, List.of(30, 30, 30, 30, 30, 30)), // 30 × 1.2 = 36
      new HomeStanding("NH-C", Grade.PASS, List.of(20, 20, 20, 21, 21, 21)), // 20.5 × 1.0 = 20.5
      new HomeStanding("NH-D", Grade.FAIL, List.of(50, 50, 50, 50, 50, 50)));

  private static Award award(Optional<Money> cap, List<HomeStanding> homes) {
    return AwardCalculation.calculate(H1, Money.ofYuan(20_000), cap, AUGUST, homes, EldercarePolicy.defaults());
  }

  @Test
  void theBudgetIsSplitByAverageOccupiedBedsTimesTheGradeCoefficient() {
    Award a = award(Optional.empty(), HOMES);
    // shares of 2,000,000 fen by 63 : 36 : 20.5 are 1,054,393.31, 602,510.46, 343,096.23;
    // the one fen left over goes to the largest fraction, NH-B
    assertEquals(List.of("NH-A", "NH-B", "NH-C"), a.lines().stream().map(AwardLine::homeId).toList());
    assertEquals(List.of(1_054_393L, 602_511L, 343_096L), a.lines().stream().map(l -> l.amount().fen()).toList());
    assertEquals(Money.zero(), a.unspent());
    assertEquals(Fraction.of(63, 1), a.lines().get(0).weight());
    assertEquals(Fraction.of(41, 2), a.lines().get(2).weight());
    assertEquals(Fraction.of(42, 1), a.lines().get(0).averageOccupiedBeds());
  }

  @Test
  void aCapIsFilledExactlyAndTheRestRedistributed() {
    Award a = award(Optional.of(Money.ofYuan(8_000)), HOMES);
    assertEquals(List.of(800_000L, 764_602L, 435_398L), a.lines().stream().map(l -> l.amount().fen()).toList());
    assertTrue(a.lines().get(0).capped());
    assertEquals(Money.zero(), a.unspent());
  }

  @Test
  void whenEveryHomeIsCappedTheRestIsUnspent() {
    Award a = award(Optional.of(Money.ofYuan(5_000)), HOMES);
    assertEquals(Money.ofYuan(5_000), a.unspent());
    assertEquals(Money.ofYuan(20_000), a.awarded().plus(a.unspent()));
  }

  @Test
  void withoutAnyOccupancyNothingIsSpent() {
    Award a = award(Optional.empty(), List.of(new HomeStanding("NH-A", Grade.GOOD, List.of(0, 0, 0, 0, 0, 0))));
    assertEquals(Money.ofYuan(20_000), a.unspent());
    assertEquals(Money.zero(), a.lines().get(0).amount());
  }

  @Test
  void tiesGoByHomeIdInCodePointOrder() {
    Award a = AwardCalculation.calculate(H1, Money.ofFen(100), Optional.empty(), AUGUST, List.of(
        new HomeStanding("NH-b", Grade.PASS, List.of(1, 1, 1, 1, 1, 1)),
        new HomeStanding("NH-a", Grade.PASS, List.of(1, 1, 1, 1, 1, 1)),
        new HomeStanding("NH-c", Grade.PASS, List.of(1, 1, 1, 1, 1, 1))), EldercarePolicy.defaults());
    assertEquals(List.of(34L, 33L, 33L), a.lines().stream().map(l -> l.amount().fen()).toList());
    assertEquals("NH-a", a.lines().get(0).homeId());
  }
}
