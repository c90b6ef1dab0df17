package civil.eldercare.volunteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exhaustive search for the best filling of a small instance, independent of the matcher:
 * dynamic programming over elders and every subset of each elder's candidates, with the
 * volunteers' remaining capacities as the state. Returns {filled, cost}.
 */
final class BruteForceMatcher {
  private final List<Volunteer> vols;
  private final List<Need> needs;
  private final CommunityAdjacency adjacency;
  private final Map<String, long[]> memo = new HashMap<>();

  BruteForceMatcher(List<Volunteer> vols, List<Need> needs, CommunityAdjacency adjacency) {
    this.vols = vols;
    this.needs = needs;
    this.adjacency = adjacency;
  }

  long[] best() {
    int[] caps = vols.stream().mapToInt(Volunteer::capacity).toArray();
    return best(0, caps);
  }

  private long[] best(int elder, int[] caps) {
    if (elder == needs.size()) {
      return new long[] {0, 0};
    }
    String key = elder + ":" + Arrays.toString(caps);
    long[] cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    Need n = needs.get(elder);
    int[] cost = new int[vols.size()];
    for (int v = 0; v < vols.size(); v++) {
      cost[v] = PairRule.assess(vols.get(v), n, adjacency).map(PairReasons::cost).orElse(-1);
    }
    long[] bestSoFar = null;
    for (int subset = 0; subset < (1 << vols.size()); subset++) {
      if (Integer.bitCount(subset) > n.volunteersNeeded()) {
        continue;
      }
      boolean ok = true;
      long c = 0;
      for (int v = 0; v < vols.size() && ok; v++) {
        if ((subset & (1 << v)) != 0) {
          ok = cost[v] >= 0 && caps[v] > 0;
          c += Math.max(0, cost[v]);
        }
      }
      if (!ok) {
        continue;
      }
      int[] rest = caps.clone();
      for (int v = 0; v < vols.size(); v++) {
        if ((subset & (1 << v)) != 0) {
          rest[v]--;
        }
      }
      long[] tail = best(elder + 1, rest);
      long[] candidate = {tail[0] + Integer.bitCount(subset), tail[1] + c};
      if (bestSoFar == null || candidate[0] > bestSoFar[0] || (candidate[0] == bestSoFar[0] && candidate[1] < bestSoFar[1])) {
        bestSoFar = candidate;
      }
    }
    memo.put(key, bestSoFar);
    return bestSoFar;
  }
}
