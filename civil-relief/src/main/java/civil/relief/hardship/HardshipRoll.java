package civil.relief.hardship;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.identity.ResidentId;
import civil.core.policy.PolicyRegistry;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roll of special hardship support (特困供养名册), an application service: enrols and ends
 * support, and pays a month to everyone supported on at least one day of it (a whole month's
 * support, no proration), each person once per month, under the policy in force on the month's
 * first day.
 */
public final class HardshipRoll {
  private final PolicyRegistry<ReliefPolicy> policies;
  private final HardshipStore store;

  public HardshipRoll(PolicyRegistry<ReliefPolicy> policies, HardshipStore store) {
    this.policies = requireNonNull(policies);
    this.store = requireNonNull(store);
  }

  /**
   * Puts a person on the roll. Everything is checked before anything is stored: a refused
   * enrolment leaves the roll as it was.
   *
   * @throws civil.core.policy.NoPolicyInForceException if no relief policy is in force on the first day of support
   *     (there would be no amount to pay)
   * @throws ConflictException {@code ALREADY_SUPPORTED} if their support has not ended before the
   *     new start
   */
  public HardshipRecipient enrol(HardshipRecipient recipient) {
    policies.inForceOn(recipient.supportedFrom());
    return store.update(recipient.residentId(), current -> {
      if (current.isPresent() && current.get().period().overlaps(recipient.period())) {
        throw new ConflictException("ALREADY_SUPPORTED",
            recipient.residentId().masked() + " is already supported from " + current.get().supportedFrom());
      }
      return recipient;
    });
  }

  /**
   * Ends a person's support on {@code lastDay}.
   *
   * @throws NotFoundException if they are not on the roll
   */
  public HardshipRecipient end(ResidentId residentId, LocalDate lastDay) {
    return store.update(residentId, current -> {
      HardshipRecipient r = current.orElseThrow(() -> new NotFoundException("hardship recipient", residentId.masked()));
      if (lastDay.isBefore(r.supportedFrom())) {
        throw new InvalidInputException("DATE_RANGE", "supportedUntil", "must not be before " + r.supportedFrom());
      }
      return r.endedOn(lastDay);
    });
  }

  /**
   * The monthly support of a recipient on {@code on}: on that day if they are supported then,
   * else on their last or first day of support, whichever is nearer; empty when no relief policy
   * is in force on that day (a read never fails for want of a policy).
   */
  public Optional<HardshipEntitlement> entitlementOn(HardshipRecipient recipient, LocalDate on) {
    LocalDate day = on.isBefore(recipient.supportedFrom()) ? recipient.supportedFrom()
        : recipient.supportedUntil().filter(on::isAfter).orElse(on);
    return policies.find(day).map(p -> HardshipSupport.monthly(recipient.areaType(), recipient.selfCareAbility(), p));
  }

  public boolean isSupportedOn(ResidentId residentId, LocalDate date) {
    return store.recipient(residentId).map(r -> r.isSupportedOn(date)).orElse(false);
  }

  /**
   * Pays {@code month} to everyone supported in it who has not been paid for it yet.
   *
   * @throws InvalidInputException {@code DATE_RANGE} if {@code paidOn} is before the month's first
   *     day: support is paid for a month that has begun, never ahead
   */
  public List<HardshipPayment> payMonth(YearMonth month, LocalDate paidOn) {
    if (paidOn.isBefore(month.atDay(1))) {
      throw new InvalidInputException("DATE_RANGE", "paidOn", "a month is paid on or after its first day ("
          + month.atDay(1) + "), was " + paidOn);
    }
    ReliefPolicy policy = policies.inForceOn(month.atDay(1));
    List<HardshipRecipient> roll = store.recipients();
    return store.recordPayments(month, (Set<ResidentId> alreadyPaid) -> {
      List<HardshipPayment> made = new ArrayList<>();
      for (HardshipRecipient r : roll) {
        if (r.isSupportedIn(month) && !alreadyPaid.contains(r.residentId())) {
          made.add(HardshipPayment.of(r, month, paidOn,
              HardshipSupport.monthly(r.areaType(), r.selfCareAbility(), policy)));
        }
      }
      return made;
    });
  }

  public List<HardshipRecipient> recipients() {
    return store.recipients();
  }

  public List<HardshipPayment> payments(YearMonth from, YearMonth to) {
    return store.payments(from, to);
  }
}
