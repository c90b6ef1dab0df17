package civil.eldercare.testkit;

import civil.core.identity.AreaCode;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.Slot;
import civil.eldercare.volunteer.Volunteer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for volunteer matching: small instances (up to 7 elders and 7
 * volunteers) over four communities in a line, with domains and slots drawn from a few values
 * so that pairs overlap often, ties in cost are common and some elders have no candidate.
 */
public final class VolunteerGenerators {
  private static final List<AreaCode> COMMUNITIES = List.of(
      AreaCode.parse("410802001001"), AreaCode.parse("410802001002"),
      AreaCode.parse("410802001003"), AreaCode.parse("410802002001"));
  private static final List<ServiceDomain> DOMAINS =
      List.of(ServiceDomain.HEALTH, ServiceDomain.COMPANIONSHIP, ServiceDomain.HOUSEKEEPING);
  private static final List<Slot> SLOTS = List.of(Slot.MON_AM, Slot.MON_PM, Slot.WED_AM, Slot.SAT_EVE);

  private VolunteerGenerators() {}

  /** A small instance: volunteers, needs and an adjacency. */
  public record SmallInstance(List<Volunteer> volunteers, List<Need> needs, CommunityAdjacency adjacency) {}

  private static <T extends Enum<T>> Gen<Set<T>> nonEmptySubsets(List<T> values, Class<T> type) {
    return Generate.range(1, (1 << values.size()) - 1).map(mask -> {
      Set<T> set = EnumSet.noneOf(type);
      for (int i = 0; i < values.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(values.get(i));
        }
      }
      return set;
    });
  }

  public static Gen<Volunteer> volunteers() {
    return Generate.range(0, COMMUNITIES.size() - 1).zip(nonEmptySubsets(DOMAINS, ServiceDomain.class),
        nonEmptySubsets(SLOTS, Slot.class), Generate.range(1, 3),
        (c, d, s, cap) -> Volunteer.of("V", COMMUNITIES.get(c), d, s, cap));
  }

  public static Gen<Need> needs() {
    Gen<Integer> wanted = Generate.pick(List.of(1, 1, 1, 2, 2, 3, 5));
    return Generate.range(0, COMMUNITIES.size() - 1).zip(nonEmptySubsets(DOMAINS, ServiceDomain.class),
        nonEmptySubsets(SLOTS, Slot.class), wanted,
        (c, d, s, w) -> Need.of("E", COMMUNITIES.get(c), d, s, w));
  }

  /** Up to 7 volunteers and 7 needs with unique ids, and a random subset of a line of communities. */
  public static Gen<SmallInstance> smallInstances() {
    Gen<List<Volunteer>> vols = SourceDSL.lists().of(volunteers()).ofSizeBetween(0, 7);
    Gen<List<Need>> needs = SourceDSL.lists().of(needs()).ofSizeBetween(0, 7);
    Gen<Integer> adjacencyMask = Generate.range(0, 7);
    return vols.zip(needs, adjacencyMask, (vs, ns, mask) -> {
      List<Volunteer> named = new ArrayList<>();
      for (int i = 0; i < vs.size(); i++) {
        Volunteer v = vs.get(i);
        named.add(Volunteer.of("V" + (char) ('a' + i), v.community(), v.skills(), v.slots(), v.capacity()));
      }
      List<Need> namedNeeds = new ArrayList<>();
      for (int i = 0; i < ns.size(); i++) {
        Need n = ns.get(i);
        namedNeeds.add(Need.of("E" + (char) ('a' + i), n.community(), n.domains(), n.slots(), n.volunteersNeeded()));
      }
      List<List<AreaCode>> pairs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        if ((mask & (1 << i)) != 0) {
          pairs.add(List.of(COMMUNITIES.get(i), COMMUNITIES.get(i + 1)));
        }
      }
      return new SmallInstance(named, namedNeeds, CommunityAdjacency.of(pairs));
    });
  }

  /** Connected cities (see {@link Cities}) of {@code minElders} to {@code maxElders} elders, from random seeds. */
  public static Gen<Cities.City> connectedCities(int minElders, int maxElders) {
    return Generate.range(minElders, maxElders).zip(Generate.longRange(0, Long.MAX_VALUE),
        (elders, seed) -> Cities.generate(Cities.Layout.CONNECTED, elders, seed));
  }
}
