package civil.eldercare.homecare;

import civil.core.identity.ResidentId;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The home-care eligibility rule: a resident registered in the district who, on the date asked,
 * is aged 80 or more, or is a three-nos elder (三无老人: no income, no ability to work, no legal
 * supporter) aged 60 or more. Funded hours a month: 30 for an eligible three-nos elder, 10 for
 * another elder of 80 or more (both: 30). Age is whole years completed on the date.
 */
public final class HomeCareEligibility {
  private HomeCareEligibility() {}

  public static HomeCareDecision decide(ResidentId residentId, boolean threeNos, boolean registered, LocalDate on,
      EldercarePolicy policy) {
    EldercarePolicy.HomeCare rules = policy.homeCare();
    int age = residentId.ageOn(on);
    List<HomeCareDecision.Reason> reasons = new ArrayList<>();
    reasons.add(registered
        ? new HomeCareDecision.Reason(HomeCareDecision.Code.REGISTERED_IN_DISTRICT, "户籍在本区")
        : new HomeCareDecision.Reason(HomeCareDecision.Code.NOT_REGISTERED_IN_DISTRICT, "户籍不在本区"));
    boolean aged = rules.agedFrom().map(from -> age >= from).orElse(false);
    if (rules.agedFrom().isEmpty()) {
      reasons.add(new HomeCareDecision.Reason(HomeCareDecision.Code.AGE_NOT_A_CRITERION,
          age + "周岁；" + policy.version() + "版政策仅覆盖三无老人"));
    } else {
      int from = rules.agedFrom().get();
      reasons.add(aged
          ? new HomeCareDecision.Reason(HomeCareDecision.Code.AGED_80_PLUS, age + "周岁，满" + from + "周岁")
          : new HomeCareDecision.Reason(HomeCareDecision.Code.UNDER_80, age + "周岁，未满" + from + "周岁"));
    }
    boolean threeNosEligible = threeNos && age >= rules.threeNosFrom();
    if (!threeNos) {
      reasons.add(new HomeCareDecision.Reason(HomeCareDecision.Code.NOT_THREE_NOS, "非三无老人"));
    } else if (threeNosEligible) {
      reasons.add(new HomeCareDecision.Reason(HomeCareDecision.Code.THREE_NOS_AGED_60_PLUS,
          "三无老人，满" + rules.threeNosFrom() + "周岁"));
    } else {
      reasons.add(new HomeCareDecision.Reason(HomeCareDecision.Code.THREE_NOS_UNDER_60,
          "三无老人，未满" + rules.threeNosFrom() + "周岁"));
    }
    boolean eligible = registered && (aged || threeNosEligible);
    int hours = !eligible ? 0 : threeNosEligible ? rules.fundedHoursThreeNos() : rules.fundedHoursAged();
    return new HomeCareDecision(residentId, on, age, eligible, reasons, hours);
  }
}
