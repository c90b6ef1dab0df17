package civil.eldercare.volunteer;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why a volunteer can serve an elder and what the pair costs: steps between their communities,
 * the domains they share, the needed domains the volunteer lacks, the slots they share, and
 * {@code cost = 10 × steps + 5 × missing domains + (2 if exactly one shared slot)}. The sets
 * iterate in the enums' order, so the same pair always reads the same.
 */
public record PairReasons(int steps, Set<ServiceDomain> sharedDomains, Set<ServiceDomain> missingDomains,
    Set<Slot> sharedSlots, int cost) {
  public PairReasons {
    sharedDomains = frozen(ServiceDomain.class, sharedDomains);
    missingDomains = frozen(ServiceDomain.class, missingDomains);
    sharedSlots = frozen(Slot.class, sharedSlots);
  }

  private static <E extends Enum<E>> Set<E> frozen(Class<E> type, Collection<E> values) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }
}
