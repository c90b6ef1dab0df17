package civil.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {
  private static final Comparator<String> BY_KEY = Comparator.naturalOrder();

  @Test
  void leftoverFenGoToTheLargestRemaindersThenByKey() {
    Allocation<String> a = Allocation.largestRemainder(
        Money.ofFen(100), List.of(Claim.of("c", 1), Claim.of("a", 1), Claim.of("b", 1)), BY_KEY);
    assertEquals(Money.ofFen(34), a.amountOf("a"));
    assertEquals(Money.ofFen(33), a.amountOf("b"));
    assertEquals(Money.ofFen(33), a.amountOf("c"));
    assertEquals(List.of("c", "a", "b"), List.copyOf(a.amounts().keySet()));
    assertEquals(Money.zero(), a.unspent());
  }

  @Test
  void largerFractionsWinOverKeyOrder() {
    // shares 10 × 2/7 = 2.857…, 10 × 5/7 = 7.142…: the first has the larger fraction
    Allocation<String> a = Allocation.largestRemainder(
        Money.ofFen(10), List.of(Claim.of("z", 2), Claim.of("a", 5)), BY_KEY);
    assertEquals(Money.ofFen(3), a.amountOf("z"));
    assertEquals(Money.ofFen(7), a.amountOf("a"));
  }

  @Test
  void aCappedPartyGetsItsCapAndTheRestIsSharedByWeight() {
    Allocation<String> a = Allocation.largestRemainder(
        Money.ofFen(1_000),
        List.of(Claim.of("a", 1), Claim.of("b", 1), Claim.capped("c", 2, Money.ofFen(300))),
        BY_KEY);
    assertEquals(Money.ofFen(300), a.amountOf("c"));
    assertTrue(a.isCapped("c"));
    assertEquals(Money.ofFen(350), a.amountOf("a"));
    assertEquals(Money.ofFen(350), a.amountOf("b"));
    assertEquals(Money.zero(), a.unspent());
  }

  @Test
  void cappingCascadesUntilNoShareExceedsItsCap() {
    // 900 by 1:1:1 is 300 each; a capped at 100 → 400 each for b, c; b capped at 350 → c gets 450
    Allocation<String> a = Allocation.largestRemainder(
        Money.ofFen(900),
        List.of(Claim.capped("a", 1, Money.ofFen(100)), Claim.capped("b", 1, Money.ofFen(350)), Claim.of("c", 1)),
        BY_KEY);
    assertEquals(Money.ofFen(100), a.amountOf("a"));
    assertEquals(Money.ofFen(350), a.amountOf("b"));
    assertEquals(Money.ofFen(450), a.amountOf("c"));
  }

  @Test
  void whatNobodyCanTakeIsUnspent() {
    Allocation<String> allCapped = Allocation.largestRemainder(
        Money.ofFen(1_000), List.of(Claim.capped("a", 1, Money.ofFen(100)), Claim.capped("b", 3, Money.ofFen(200))), BY_KEY);
    assertEquals(Money.ofFen(700), allCapped.unspent());

    Allocation<String> noWeight = Allocation.largestRemainder(
        Money.ofFen(1_000), List.of(Claim.of("a", 0), Claim.of("b", 0)), BY_KEY);
    assertEquals(Money.ofFen(1_000), noWeight.unspent());
    assertEquals(Money.zero(), noWeight.amountOf("a"));

    Allocation<String> nobody = Allocation.largestRemainder(Money.ofFen(5), List.<Claim<String>>of(), BY_KEY);
    assertEquals(Money.ofFen(5), nobody.unspent());
  }

  @Test
  void aCapEqualToTheShareIsNotCapped() {
    Allocation<String> a = Allocation.largestRemainder(
        Money.ofFen(1_000), List.of(Claim.capped("a", 1, Money.ofFen(500)), Claim.of("b", 1)), BY_KEY);
    assertFalse(a.isCapped("a"));
    assertEquals(Money.ofFen(500), a.amountOf("a"));
  }

  @Test
  void badClaimsAreRefused() {
    assertThrows(InvalidInputException.class, () -> Claim.of("a", -1));
    assertThrows(InvalidInputException.class, () -> Claim.capped("a", 1, Money.ofFen(-1)));
    assertThrows(InvalidInputException.class,
        () -> Allocation.largestRemainder(Money.ofFen(-1), List.of(Claim.of("a", 1)), BY_KEY));
    assertThrows(InvalidInputException.class,
        () -> Allocation.largestRemainder(Money.ofFen(1), List.of(Claim.of("a", 1), Claim.of("a", 2)), BY_KEY));
  }
}
