package civil.eldercare.volunteer;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rule of a pair, in one place. A volunteer can serve an elder when they share at least one
 * domain and one slot and their communities are at most {@value #MAX_STEPS} steps apart. The
 * pair costs {@code 10 × steps + 5 × (needed domains the volunteer lacks) + (2 if they share
 * exactly one slot, else 0)}.
 *
 * <p>Domains and slots are also handled as bit masks (bit {@code ordinal()}), the form the
 * matcher computes with.
 */
public final class PairRule {
  /** The farthest apart, in steps, a volunteer and an elder may live. */
  public static final int MAX_STEPS = 2;

  private PairRule() {}

  static int domainMask(Set<ServiceDomain> domains) {
    int m = 0;
    for (ServiceDomain d : domains) {
      m |= 1 << d.ordinal();
    }
    return m;
  }

  static int slotMask(Set<Slot> slots) {
    int m = 0;
    for (Slot s : slots) {
      m |= 1 << s.ordinal();
    }
    return m;
  }

  /** Can serve, given the masks and the steps apart ({@code -1} for too far or unreachable). */
  static boolean canServe(int skills, int volunteerSlots, int domains, int needSlots, int steps) {
    return steps >= 0 && steps <= MAX_STEPS && (skills & domains) != 0 && (volunteerSlots & needSlots) != 0;
  }

  /** The cost of a pair that can serve. */
  static int cost(int skills, int volunteerSlots, int domains, int needSlots, int steps) {
    return 10 * steps + 5 * Integer.bitCount(domains & ~skills)
        + (Integer.bitCount(volunteerSlots & needSlots) == 1 ? 2 : 0);
  }

  /** The reasons of a pair, or empty when the volunteer cannot serve the elder. */
  public static Optional<PairReasons> assess(Volunteer v, Need n, CommunityAdjacency adjacency) {
    return assess(v, n, adjacency.steps(v.community(), n.community(), MAX_STEPS));
  }

  /**
   * The reasons of a pair whose communities are {@code steps} apart ({@code -1} for farther than
   * {@link #MAX_STEPS} or unreachable), or empty when the volunteer cannot serve the elder.
   */
  public static Optional<PairReasons> assess(Volunteer v, Need n, int steps) {
    int skills = domainMask(v.skills());
    int vSlots = slotMask(v.slots());
    int domains = domainMask(n.domains());
    int nSlots = slotMask(n.slots());
    if (!canServe(skills, vSlots, domains, nSlots, steps)) {
      return Optional.empty();
    }
    return Optional.of(reasons(skills, vSlots, domains, nSlots, steps));
  }

  /** The reasons of a pair that can serve, from the masks and the steps apart. */
  static PairReasons reasons(int skills, int volunteerSlots, int domains, int needSlots, int steps) {
    return new PairReasons(steps, of(ServiceDomain.class, domains & skills), of(ServiceDomain.class, domains & ~skills),
        of(Slot.class, volunteerSlots & needSlots), cost(skills, volunteerSlots, domains, needSlots, steps));
  }

  private static <E extends Enum<E>> Set<E> of(Class<E> type, int mask) {
    Set<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if ((mask & 1 << e.ordinal()) != 0) {
        set.add(e);
      }
    }
    return set;
  }
}
