package civil.relief.medical;

import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.policy.PolicyDocument;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyRegistry;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of the three-payer settlement (三重保障政策参数), one version of a policy
 * document: basic insurance deductibles and ratios by care type and hospital level and its
 * annual cap; critical illness insurance threshold, bands, annual cap and tilt; medical aid
 * threshold, ratio and annual cap by aid category.
 *
 * <p>The district's default, in force from 2026-01-01, ships as the resource
 * {@code medical-aid-policy-2026.json}; {@link #defaults()} loads it. A later version is a
 * second document with a later {@code effectiveFrom}: add it to the registry and bills settled
 * from that day use it, with no change of code.
 *
 * <p>Loading checks: each of the six (care type, hospital level) pairs has terms exactly once;
 * every ratio paid by a payer is at most 100%; amounts are not negative; all bands but the last
 * have a width; the tilt and the aid terms name each category at most once, and aid terms exist
 * for every category but {@code NONE}.
 */
@Value.Immutable
@Value.Enclosing
@JsonDeserialize(as = ImmutableMedicalAidPolicy.class)
public abstract class MedicalAidPolicy implements PolicyDocument {
  /** The name of this document in registries and error messages. */
  public static final String DOCUMENT = "medical-aid";

  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  @Override
  public abstract Optional<LocalDate> effectiveTo();

  /** 城乡居民基本医疗保险. */
  public abstract BasicInsurance basicInsurance();

  /** 大病保险. */
  public abstract CriticalIllness criticalIllness();

  /** 医疗救助. */
  public abstract MedicalAid medicalAid();

  /** The checked, indexed form the engine reads; built once when the document is. */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  CompiledMedicalAidPolicy compiled() {
    return CompiledMedicalAidPolicy.of(this);
  }

  /** The district's default policy, in force from 2026-01-01. */
  public static MedicalAidPolicy defaults() {
    return PolicyDocuments.readResource(MedicalAidPolicy.class, "medical-aid-policy-2026.json", MedicalAidPolicy.class);
  }

  /** A registry holding the district's default policy only. */
  public static PolicyRegistry<MedicalAidPolicy> defaultRegistry() {
    return PolicyRegistry.of(DOCUMENT, defaults());
  }

  /** Basic insurance: terms per (care type, hospital level), and the annual cap on what it pays. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableMedicalAidPolicy.BasicInsurance.class)
  public abstract static class BasicInsurance {
    @JsonProperty("annualCapFen")
    public abstract Money annualCap();

    public abstract List<BasicTerms> terms();
  }

  /** Deductible (起付线, per bill) and ratio (报销比例) for one care type at one hospital level. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableMedicalAidPolicy.BasicTerms.class)
  public abstract static class BasicTerms {
    public abstract CareType careType();

    public abstract HospitalLevel hospitalLevel();

    @JsonProperty("deductibleFen")
    public abstract Money deductible();

    public abstract Ratio ratio();
  }

  /** Critical illness insurance on the year's cumulative in-scope self pay after basic insurance. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableMedicalAidPolicy.CriticalIllness.class)
  public abstract static class CriticalIllness {
    @JsonProperty("thresholdFen")
    public abstract Money threshold();

    /** Bands above the threshold, in order; the last may be open-ended. */
    public abstract List<Band> bands();

    @JsonProperty("annualCapFen")
    public abstract Money annualCap();

    public abstract Tilt tilt();
  }

  /** One band of critical illness insurance: its width above the previous band and its ratio. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableMedicalAidPolicy.Band.class)
  public abstract static class Band {
    /** Empty for an open-ended last band. */
    @JsonProperty("widthFen")
    public abstract Optional<Money> width();

    public abstract Ratio ratio();
  }

  /**
   * The tilt (倾斜政策) of critical illness insurance for the poorest: the threshold times
   * {@code thresholdRatio} (rounded half up), bands measured from that threshold, every band's
   * ratio plus {@code ratioBonus} but at most {@code ratioCeiling}, and (if
   * {@code waiveAnnualCap}) no annual cap.
   */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableMedicalAidPolicy.Tilt.class)
  public abstract static class Tilt {
    public abstract List<AidCategory> categories();

    public abstract Ratio thresholdRatio();

    public abstract Ratio ratioBonus();

    public abstract Ratio ratioCeiling();

    public abstract boolean waiveAnnualCap();
  }

  /** Medical aid: terms per aid category. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableMedicalAidPolicy.MedicalAid.class)
  public abstract static class MedicalAid {
    public abstract List<AidTerms> categories();
  }

  /**
   * The aid terms of one category: the yearly threshold (年度起付线) on cumulative self pay after
   * both insurances, the ratio (救助比例) and the annual cap (年度救助限额).
   */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableMedicalAidPolicy.AidTerms.class)
  public abstract static class AidTerms {
    public abstract AidCategory category();

    @JsonProperty("thresholdFen")
    public abstract Money threshold();

    public abstract Ratio ratio();

    @JsonProperty("annualCapFen")
    public abstract Money annualCap();

    /** Terms built in code, for tests and for callers comparing categories. */
    public static AidTerms of(AidCategory category, Money threshold, Ratio ratio, Money annualCap) {
      return ImmutableMedicalAidPolicy.AidTerms.builder()
          .category(category).threshold(threshold).ratio(ratio).annualCap(annualCap).build();
    }
  }

  static Set<AidCategory> aidCategories() {
    return EnumSet.complementOf(EnumSet.of(AidCategory.NONE));
  }
}
