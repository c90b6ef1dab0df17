package civil.relief.medical;

import static java.util.Objects.requireNonNull;

import civil.core.money.Money;
import java.util.List;

/**
 * The outcome of settling one bill (一站式结算结果): what basic insurance, critical illness
 * insurance and medical aid pay, what the patient pays, and the resident's year to date before
 * and after. Always {@code basic + critical + aid + selfPay == total}.
 *
 * <p>{@link #steps()} explains it, rule by rule; the steps are worked out when first asked for,
 * so a caller that needs only the amounts does not pay for the text.
 */
public final class Settlement {
  private final Bill bill;
  private final AidCategory category;
  private final MedicalAidPolicy policy;
  private final YearToDate before;
  private final long basic;
  private final long critical;
  private final long aid;
  private final long selfPay;
  private final YearToDate after;
  private volatile List<SettlementStep> steps;

  Settlement(Bill bill, AidCategory category, MedicalAidPolicy policy, YearToDate before,
      long basic, long critical, long aid, long selfPay, YearToDate after) {
    this.bill = requireNonNull(bill);
    this.category = requireNonNull(category);
    this.policy = requireNonNull(policy);
    this.before = requireNonNull(before);
    this.basic = basic;
    this.critical = critical;
    this.aid = aid;
    this.selfPay = selfPay;
    this.after = after;
  }

  public Bill bill() {
    return bill;
  }

  /** The aid category the bill was settled under. */
  public AidCategory category() {
    return category;
  }

  /** The version label of the policy that was in force. */
  public String policyVersion() {
    return policy.version();
  }

  /** 基本医保支付. */
  public Money basicInsurance() {
    return Money.ofFen(basic);
  }

  /** 大病保险支付. */
  public Money criticalIllness() {
    return Money.ofFen(critical);
  }

  /** 医疗救助支付. */
  public Money medicalAid() {
    return Money.ofFen(aid);
  }

  /** 个人自付: what the patient pays at the desk, the out-of-scope part included. */
  public Money selfPay() {
    return Money.ofFen(selfPay);
  }

  public YearToDate yearToDateBefore() {
    return before;
  }

  public YearToDate yearToDateAfter() {
    return after;
  }

  /** What this settlement added to the year to date; a reversal takes exactly this off. */
  public YearToDate contribution() {
    return after.minus(before);
  }

  /** The rules applied, in order, with their figures and a sentence for the desk. */
  public List<SettlementStep> steps() {
    List<SettlementStep> s = steps;
    if (s == null) {
      s = SettlementEngine.explain(bill, category, before, policy);
      steps = s;
    }
    return s;
  }

  @Override
  public String toString() {
    return "Settlement{bill=" + bill.billId() + ", category=" + category + ", basic=" + basicInsurance()
        + ", critical=" + criticalIllness() + ", aid=" + medicalAid() + ", selfPay=" + selfPay() + "}";
  }
}
