package civil.eldercare.volunteer;

import java.util.Set;

/**
 * Why a volunteer can serve an elder and what the pair costs: steps between their communities,
 * the domains they share, the needed domains the volunteer lacks, the slots they share, and
 * {@code cost = 10 × steps + 5 × missing domains + (2 if exactly one shared slot)}.
 */
public record PairReasons(int steps, Set<ServiceDomain> sharedDomains, Set<ServiceDomain> missingDomains,
    Set<Slot> sharedSlots, int cost) {
  public PairReasons {
    sharedDomains = Set.copyOf(sharedDomains);
    missingDomains = Set.copyOf(missingDomains);
    sharedSlots = Set.copyOf(sharedSlots);
  }
}
