package civil.relief.charity;

import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.Theories.qt;
import static civil.relief.testkit.ReliefGenerators.restrictions;

import civil.core.error.DomainException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.InMemoryHouseholdStore;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CharityPropertiesTest {
  /** A donation (with a restriction) or a disbursement (for a purpose), of {@code fen}, on a day of May or June. */
  record Op(boolean donation, int campaign, long fen, Optional<Purpose> restriction, Purpose purpose, int day) {}

  private static Gen<List<Op>> operations() {
    Gen<Op> op = Generate.booleans().zip(Generate.range(0, 1), longsBiased(1, 50_000), restrictions(),
        (d, c, fen, r) -> new Op(d, c, fen, r, r.orElse(Purpose.LIVING), (int) (fen % 45)));
    return SourceDSL.lists().of(op).ofSizeBetween(1, 40);
  }

  @Test
  void everyBucketBalancesAndReceiptNumbersAreGapFreeAndRefusalsChangeNothing() {
    qt(200).forAll(operations()).check(ops -> {
      HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
      String household = households.register(AreaCode.parse("410802001"), Optional.empty(), Household.of(AreaType.URBAN,
          false, false, List.of(HouseholdMember.of(ResidentId.parse("410802194601031234"), Money.zero(), Money.zero(),
              false, false))), LocalDate.of(2026, 1, 1)).householdId();
      CharityAssociation association = new CharityAssociation(ReliefPolicy.defaultRegistry(), new InMemoryCharityStore(),
          households);
      String[] campaigns = {
          association.createCampaign("a", LocalDate.of(2026, 5, 1), Optional.of(LocalDate.of(2026, 5, 31))).campaignId(),
          association.createCampaign("b", LocalDate.of(2026, 5, 10), Optional.empty()).campaignId()};
      List<String> receipts = new ArrayList<>();
      for (Op op : ops) {
        String c = campaigns[op.campaign()];
        LocalDate date = LocalDate.of(2026, 5, 1).plusDays(op.day());
        List<BucketBalance> before = association.ledger(c).balances();
        int disbursementsBefore = association.disbursementsBetween(LocalDate.MIN, LocalDate.MAX).size();
        try {
          if (op.donation()) {
            receipts.add(association.donate(c, Donor.person("x"), Money.ofFen(op.fen()), date, op.restriction())
                .receiptNumber());
          } else {
            association.disburse(c, household, op.purpose(), Money.ofFen(op.fen()), date);
          }
        } catch (DomainException refused) {
          if (!association.ledger(c).balances().equals(before)
              || association.disbursementsBetween(LocalDate.MIN, LocalDate.MAX).size() != disbursementsBefore) {
            return false;
          }
        }
        for (String campaign : campaigns) {
          for (BucketBalance b : association.ledger(campaign).balances()) {
            if (!b.donated().equals(b.disbursed().plus(b.balance())) || b.balance().isNegative()) {
              return false;
            }
          }
        }
      }
      for (int i = 0; i < receipts.size(); i++) {
        if (!receipts.get(i).equals(Donation.receiptNumber(2026, i + 1))) {
          return false;
        }
      }
      return true;
    });
  }
}
