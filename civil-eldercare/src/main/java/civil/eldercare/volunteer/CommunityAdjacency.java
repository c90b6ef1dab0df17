package civil.eldercare.volunteer;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which communities border which (社区相邻关系): undirected pairs. {@link #steps} is the length of
 * the shortest path through any communities; a community is 0 steps from itself; one that
 * appears in no pair reaches only itself.
 */
public final class CommunityAdjacency {
  private final List<List<AreaCode>> pairs;
  private final Map<AreaCode, Set<AreaCode>> neighbours = new HashMap<>();

  private CommunityAdjacency(List<List<AreaCode>> pairs) {
    this.pairs = List.copyOf(pairs);
    for (List<AreaCode> p : pairs) {
      if (!p.get(0).equals(p.get(1))) {
        neighbours.computeIfAbsent(p.get(0), k -> new LinkedHashSet<>()).add(p.get(1));
        neighbours.computeIfAbsent(p.get(1), k -> new LinkedHashSet<>()).add(p.get(0));
      }
    }
  }

  /** The adjacency of the given pairs; a pair of one community with itself adds nothing. */
  public static CommunityAdjacency of(List<List<AreaCode>> pairs) {
    List<List<AreaCode>> copy = new ArrayList<>();
    for (List<AreaCode> p : pairs) {
      if (p.size() != 2) {
        throw new InvalidInputException("INVALID_ADJACENCY", "adjacency", "each pair names two communities");
      }
      copy.add(List.of(p.get(0), p.get(1)));
    }
    return new CommunityAdjacency(copy);
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
