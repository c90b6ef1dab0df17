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
import java.util.Comparator;
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

  /** The test's own record of one donation: what is left of it. */
  private static final class Gift {
    final String receipt;
    final LocalDate date;
    final FundingBucket bucket;
    final long amount;
    long left;

    Gift(String receipt, LocalDate date, FundingBucket bucket, long amount) {
      this.receipt = receipt;
      this.date = date;
      this.bucket = bucket;
      this.amount = amount;
      this.left = amount;
    }
  }

  /**
   * Against a ledger kept by the test: a donation is refused outside its campaign's days; a
   * disbursement is refused when the purpose's restricted money plus the unrestricted money donated
   * by its date cannot cover it, and otherwise is funded from the purpose's own bucket first and
   * then from unrestricted money, each oldest first (date, then receipt number); every bucket's
   * donated, disbursed and balance figures equal the test's, and the balance is what is left of
   * its donations; receipt numbers run without a gap; a refusal changes nothing.
   */
  @Test
  void everyDisbursementIsFundedAsTheRuleSaysAndEveryBucketBalancesAgainstAnIndependentLedger() {
    qt(200).forAll(operations()).check(ops -> {
      HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
      String household = households.register(AreaCode.parse("410802001"), Optional.empty(), Household.of(AreaType.URBAN,
          false, false, List.of(HouseholdMember.of(ResidentId.parse("410802194601031234"), Money.zero(), Money.zero(),
              false, false))), LocalDate.of(2026, 1, 1)).householdId();
      CharityAssociation association = new CharityAssociation(ReliefPolicy.defaultRegistry(), new InMemoryCharityStore(),
          households);
      Campaign[] campaigns = {
          association.createCampaign("a", LocalDate.of(2026, 5, 1), Optional.of(LocalDate.of(2026, 5, 31))),
          association.createCampaign("b", LocalDate.of(2026, 5, 10), Optional.empty())};
      List<List<Gift>> gifts = List.of(new ArrayList<>(), new ArrayList<>());
      int receipts = 0;
      for (Op op : ops) {
        Campaign c = campaigns[op.campaign()];
        List<Gift> mine = gifts.get(op.campaign());
        LocalDate date = LocalDate.of(2026, 5, 1).plusDays(op.day());
        if (op.donation()) {
          if (!c.accepts(date)) {
            try {
              association.donate(c.campaignId(), Donor.person("x"), Money.ofFen(op.fen()), date, op.restriction());
              return false;
            } catch (DomainException refused) {
              // as the rule says
            }
          } else {
            Donation d = association.donate(c.campaignId(), Donor.person("x"), Money.ofFen(op.fen()), date,
                op.restriction());
            receipts++;
            if (!d.receiptNumber().equals(Donation.receiptNumber(2026, receipts))) {
              return false;
            }
            mine.add(new Gift(d.receiptNumber(), date, FundingBucket.of(op.restriction()), op.fen()));
          }
        } else {
          List<Gift> usable = mine.stream().filter(g -> !g.date.isAfter(date))
              .sorted(Comparator.<Gift, LocalDate>comparing(g -> g.date).thenComparing(g -> g.receipt))
              .toList();
          long available = usable.stream().filter(g -> g.bucket == op.purpose().bucket()
              || g.bucket == FundingBucket.UNRESTRICTED).mapToLong(g -> g.left).sum();
          if (op.fen() > available) {
            try {
              association.disburse(c.campaignId(), household, op.purpose(), Money.ofFen(op.fen()), date);
              return false;
            } catch (DomainException refused) {
              // as the rule says
            }
          } else {
            List<Funding> expected = new ArrayList<>();
            long need = op.fen();
            for (FundingBucket bucket : List.of(op.purpose().bucket(), FundingBucket.UNRESTRICTED)) {
              for (Gift g : usable) {
                if (g.bucket == bucket && g.left > 0 && need > 0) {
                  long take = Math.min(g.left, need);
                  expected.add(new Funding(g.receipt, bucket, Money.ofFen(take)));
                  g.left -= take;
                  need -= take;
                }
              }
            }
            Disbursement d = association.disburse(c.campaignId(), household, op.purpose(), Money.ofFen(op.fen()), date);
            if (!d.fundedBy().equals(expected)) {
              return false;
            }
          }
        }
        for (int k = 0; k < campaigns.length; k++) {
          for (BucketBalance b : association.ledger(campaigns[k].campaignId()).balances()) {
            List<Gift> inBucket = gifts.get(k).stream().filter(g -> g.bucket == b.bucket()).toList();
            long donated = inBucket.stream().mapToLong(g -> g.amount).sum();
            long left = inBucket.stream().mapToLong(g -> g.left).sum();
            if (b.donated().fen() != donated || b.balance().fen() != left || b.disbursed().fen() != donated - left) {
              return false;
            }
          }
        }
      }
      return true;
    });
  }
}
