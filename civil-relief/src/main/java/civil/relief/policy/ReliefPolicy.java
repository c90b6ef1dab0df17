package civil.relief.policy;

import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.policy.PolicyDocument;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyProblems;
import civil.core.policy.PolicyRegistry;
import civil.relief.charity.MembershipTier;
import civil.relief.hardship.SelfCareAbility;
import civil.relief.household.AreaType;
import civil.relief.subsistence.IncrementKind;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One version of the district's relief policy. The default, in force from 2026-01-01, ships as
 * {@code relief-policy-2026.json}: standards of ¥720 (urban) and ¥480 (rural) per person and
 * month; assets up to 24 months of the standard; increments of 30% / 30% / 20% / 20% of the
 * standard; a floor of ¥30 per member; hardship support at 130% of the standard plus ¥100 /
 * ¥400 / ¥800 by self-care ability; temporary relief of 1-3 months, at most 6 months of the
 * standard per case and 12 per household and year; 0.5 kg of grain per person and day; dues of
 * ¥1,000 / ¥5,000 / ¥10,000; charitable spending at least 70% of the previous year's income and
 * administrative costs at most 10% of spending.
 *
 * <p>Loading checks that every area type, increment kind, self-care ability and membership tier
 * has exactly one entry and that no figure is negative.
 */
@Value.Immutable
@Value.Enclosing
@JsonDeserialize(as = ImmutableReliefPolicy.class)
public abstract class ReliefPolicy implements PolicyDocument {
  public static final String DOCUMENT = "relief";

  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  @Override
  public abstract Optional<LocalDate> effectiveTo();

  public abstract Subsistence subsistence();

  public abstract Hardship hardship();

  public abstract TemporaryRelief temporaryRelief();

  public abstract GrainRation grainRation();

  public abstract Charity charity();

  /** The district's default relief policy, in force from 2026-01-01. */
  public static ReliefPolicy defaults() {
    return PolicyDocuments.readResource(ReliefPolicy.class, "relief-policy-2026.json", ReliefPolicy.class);
  }

  public static PolicyRegistry<ReliefPolicy> defaultRegistry() {
    return PolicyRegistry.of(DOCUMENT, defaults());
  }

  /** The monthly subsistence standard {@code S} per person for an area type. */
  public Money standard(AreaType areaType) {
    return subsistence().standardsByArea().get(areaType);
  }

  /** 最低生活保障. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.Subsistence.class)
  public abstract static class Subsistence {
    public abstract List<Standard> standards();

    /** Per-capita financial assets may be at most this many months of the standard. */
    public abstract int assetMonths();

    public abstract List<IncrementRate> increments();

    /** From this age a member earns the aged increment (80). */
    public abstract int agedFrom();

    /** Below this age a member is a minor (18). */
    public abstract int minorUnder();

    /** The least monthly allowance per member of an eligible household. */
    @JsonProperty("floorPerMemberFen")
    public abstract Money floorPerMember();

    @Value.Derived
    Map<AreaType, Money> standardsByArea() {
      return indexed(standards(), Standard::areaType, Standard::monthlyStandard, AreaType.class);
    }

    @Value.Derived
    Map<IncrementKind, Ratio> incrementRates() {
      return indexed(increments(), IncrementRate::kind, IncrementRate::ratio, IncrementKind.class);
    }

    /** The rate of an increment kind, as a share of the standard. */
    public Ratio incrementRate(IncrementKind kind) {
      return incrementRates().get(kind);
    }

  }

  /** The monthly subsistence standard of one area type. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.Standard.class)
  public abstract static class Standard {
    public abstract AreaType areaType();

    @JsonProperty("monthlyStandardFen")
    public abstract Money monthlyStandard();
  }

  /** The rate of one classified increment, as a share of the standard. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.IncrementRate.class)
  public abstract static class IncrementRate {
    public abstract IncrementKind kind();

    public abstract Ratio ratio();
  }

  /** 特困人员供养. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.Hardship.class)
  public abstract static class Hardship {
    /** Basic living support as a share of the area's subsistence standard (130%). */
    public abstract Ratio basicRatio();

    public abstract List<CareAllowance> careAllowances();

    @Value.Derived
    Map<SelfCareAbility, Money> careByAbility() {
      return indexed(careAllowances(), CareAllowance::selfCareAbility, CareAllowance::monthly, SelfCareAbility.class);
    }

    /** The monthly care allowance for a self-care ability. */
    public Money careAllowance(SelfCareAbility ability) {
      return careByAbility().get(ability);
    }

  }

  /** The monthly care allowance of one self-care ability. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.CareAllowance.class)
  public abstract static class CareAllowance {
    public abstract SelfCareAbility selfCareAbility();

    @JsonProperty("monthlyFen")
    public abstract Money monthly();
  }

  /** 临时救助: months per case, and the caps counted in months of the standard. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.TemporaryRelief.class)
  public abstract static class TemporaryRelief {
    public abstract int maxMonths();

    public abstract int perCaseStandardMonths();

    public abstract int yearlyStandardMonths();

  }

  /** 春荒口粮: grain per person and day, in grams. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.GrainRation.class)
  public abstract static class GrainRation {
    public abstract int gramsPerPersonPerDay();

  }

  /** 慈善协会: dues by tier and the Charity Law thresholds. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.Charity.class)
  public abstract static class Charity {
    public abstract List<Due> dues();

    /** Charitable spending in a year must be at least this share of the previous year's income (70%). */
    public abstract Ratio charitableSpendingMinimum();

    /** Administrative expenses must be at most this share of the year's total spending (10%). */
    public abstract Ratio administrativeMaximum();

    @Value.Derived
    Map<MembershipTier, Money> duesByTier() {
      return indexed(dues(), Due::tier, Due::yearly, MembershipTier.class);
    }

    /** The yearly due of a membership tier. */
    public Money due(MembershipTier tier) {
      return duesByTier().get(tier);
    }
  }

  /** The yearly due of one membership tier. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableReliefPolicy.Due.class)
  public abstract static class Due {
    public abstract MembershipTier tier();

    @JsonProperty("yearlyFen")
    public abstract Money yearly();
  }

  /**
   * Every rule of the document, checked at once so that loading names every problem: figures
   * not negative, one entry per area type, increment kind, self-care ability and membership tier.
   */
  @Value.Check
  void check() {
    PolicyProblems all = PolicyProblems.create();
    PolicyProblems p = all.under("subsistence");
    Subsistence sub = subsistence();
    p.check(sub.assetMonths() >= 0, "assetMonths", "must not be negative");
    p.check(sub.agedFrom() > 0, "agedFrom", "must be positive");
    p.check(sub.minorUnder() > 0, "minorUnder", "must be positive");
    p.nonNegative(sub.floorPerMember(), "floorPerMemberFen");
    for (int i = 0; i < sub.standards().size(); i++) {
      p.check(sub.standards().get(i).monthlyStandard().isPositive(), "standards[" + i + "].monthlyStandardFen",
          "must be positive");
    }
    p.onePerConstant(sub.standards(), Standard::areaType, Standard::monthlyStandard, AreaType.class, "standards");
    p.onePerConstant(sub.increments(), IncrementRate::kind, IncrementRate::ratio, IncrementKind.class, "increments");
    PolicyProblems h = all.under("hardship");
    for (int i = 0; i < hardship().careAllowances().size(); i++) {
      h.nonNegative(hardship().careAllowances().get(i).monthly(), "careAllowances[" + i + "].monthlyFen");
    }
    h.onePerConstant(hardship().careAllowances(), CareAllowance::selfCareAbility, CareAllowance::monthly,
        SelfCareAbility.class, "careAllowances");
    PolicyProblems t = all.under("temporaryRelief");
    t.check(temporaryRelief().maxMonths() >= 1, "maxMonths", "must be at least 1");
    t.check(temporaryRelief().perCaseStandardMonths() >= 0, "perCaseStandardMonths", "must not be negative");
    t.check(temporaryRelief().yearlyStandardMonths() >= 0, "yearlyStandardMonths", "must not be negative");
    all.under("grainRation").check(grainRation().gramsPerPersonPerDay() > 0, "gramsPerPersonPerDay", "must be positive");
    PolicyProblems c = all.under("charity");
    for (int i = 0; i < charity().dues().size(); i++) {
      c.nonNegative(charity().dues().get(i).yearly(), "dues[" + i + "].yearlyFen");
    }
    c.onePerConstant(charity().dues(), Due::tier, Due::yearly, MembershipTier.class, "dues");
    all.throwIfAny();
  }

  /** The entries by their key; what is wrong with them is reported by the document's check. */
  static <E extends Enum<E>, T, V> Map<E, V> indexed(List<T> entries, Function<T, E> key, Function<T, V> value,
      Class<E> type) {
    return PolicyProblems.create().onePerConstant(entries, key, value, type, "");
  }
}
