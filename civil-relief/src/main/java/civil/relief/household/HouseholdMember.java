package civil.relief.household;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A member of a household (家庭成员): resident ID, monthly income and financial assets in fen
 * (neither negative), and the circumstances that earn a classified increment: a grade 1-2
 * disability ({@code severelyDisabled}, 重度残疾) or a serious illness ({@code seriouslyIll},
 * 重病). Age and minority are not stored: they follow from the ID on the date asked.
 */
@Value.Immutable
public abstract class HouseholdMember {
  public abstract ResidentId residentId();

  public abstract Money monthlyIncome();

  public abstract Money financialAssets();

  public abstract boolean severelyDisabled();

  public abstract boolean seriouslyIll();

  public static HouseholdMember of(ResidentId residentId, Money monthlyIncome, Money financialAssets,
      boolean severelyDisabled, boolean seriouslyIll) {
    return ImmutableHouseholdMember.builder().residentId(residentId).monthlyIncome(monthlyIncome)
        .financialAssets(financialAssets).severelyDisabled(severelyDisabled).seriouslyIll(seriouslyIll).build();
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (monthlyIncome().isNegative()) {
      problems.add(new FieldProblem("monthlyIncomeFen", "must not be negative, was " + monthlyIncome().fen()));
    }
    if (financialAssets().isNegative()) {
      problems.add(new FieldProblem("financialAssetsFen", "must not be negative, was " + financialAssets().fen()));
    }
    if (monthlyIncome().isGreaterThan(Household.MAX_AMOUNT)) {
      problems.add(new FieldProblem("monthlyIncomeFen", "must not exceed " + Household.MAX_AMOUNT.fen()));
    }
    if (financialAssets().isGreaterThan(Household.MAX_AMOUNT)) {
      problems.add(new FieldProblem("financialAssetsFen", "must not exceed " + Household.MAX_AMOUNT.fen()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_MEMBER", problems);
    }
  }
}
