package civil.eldercare.volunteer;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which communities border which (社区相邻关系): undirected pairs. {@link #steps} is the length of
 * the shortest path through any communities; a community is 0 steps from itself; one that
 * appears in no pair reaches only itself.
 *
 * <p>The pairs are kept in one canonical form, whatever order and orientation they were given
 * in: each pair smaller code first, the pairs sorted, repeats and pairs of a community with
 * itself dropped. So matching over the same map always gives the same assignments.
 */
public final class CommunityAdjacency {
  private final List<List<AreaCode>> pairs;
  private final Map<AreaCode, Set<AreaCode>> neighbours = new HashMap<>();

  private CommunityAdjacency(List<List<AreaCode>> pairs) {
    this.pairs = List.copyOf(pairs);
    // TreeSets: neighbours in code order, not in the order the pairs came
    for (List<AreaCode> p : pairs) {
      if (!p.get(0).equals(p.get(1))) {
        neighbours.computeIfAbsent(p.get(0), k -> new TreeSet<>()).add(p.get(1));
        neighbours.computeIfAbsent(p.get(1), k -> new TreeSet<>()).add(p.get(0));
      }
    }
  }

  /** The adjacency of the given pairs, in any order and orientation; a pair of one community with itself adds nothing. */
  public static CommunityAdjacency of(List<List<AreaCode>> pairs) {
    Comparator<List<AreaCode>> byCodes = Comparator.<List<AreaCode>, AreaCode>comparing(p -> p.get(0))
        .thenComparing(p -> p.get(1));
    Set<List<AreaCode>> canonical = new TreeSet<>(byCodes);
    for (List<AreaCode> p : pairs) {
      if (p.size() != 2) {
        throw new InvalidInputException("INVALID_ADJACENCY", "adjacency", "each pair names two communities");
      }
      AreaCode a = p.get(0);
      AreaCode b = p.get(1);
      if (!a.equals(b)) {
        canonical.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
      }
    }
    return new CommunityAdjacency(new ArrayList<>(canonical));
  }

  public static CommunityAdjacency none() {
    return new CommunityAdjacency(List.of());
  }

  public List<List<AreaCode>> pairs() {
    return pairs;
  }

  /** The communities one step from {@code community}. */
  public Set<AreaCode> neighboursOf(AreaCode community) {
    return neighbours.getOrDefault(community, Set.of());
  }

  /**
   * Steps from {@code a} to {@code b} by breadth-first search, up to {@code limit}; {@code -1} if
   * farther than that or unreachable.
   */
  public int steps(AreaCode a, AreaCode b, int limit) {
    if (a.equals(b)) {
      return 0;
    }
    Set<AreaCode> seen = new HashSet<>(List.of(a));
    List<AreaCode> frontier = List.of(a);
    for (int d = 1; d <= limit; d++) {
      List<AreaCode> next = new ArrayList<>();
      for (AreaCode c : frontier) {
        for (AreaCode n : neighboursOf(c)) {
          if (n.equals(b)) {
            return d;
          }
          if (seen.add(n)) {
            next.add(n);
          }
        }
      }
      frontier = next;
    }
    return -1;
  }
}
