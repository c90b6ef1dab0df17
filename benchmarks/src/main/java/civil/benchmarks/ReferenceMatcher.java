package civil.benchmarks;

import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.PairReasons;
import civil.eldercare.volunteer.PairRule;
import civil.eldercare.volunteer.Volunteer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent check of the matcher's totals: the textbook successive-shortest-path algorithm on
 * the whole graph (every pair that can serve), one unit of flow at a time, shortest paths by
 * Bellman-Ford with a queue. No decomposition, no pricing, no potentials; slow, for small
 * instances only. Returns {filled, cost}.
 */
final class ReferenceMatcher {
  private ReferenceMatcher() {}

  static long[] solve(List<Volunteer> vols, List<Need> needs, CommunityAdjacency adjacency) {
    int nE = needs.size();
    int nV = vols.size();
    int s = 0;
    int t = nE + nV + 1;
    int n = t + 1;
    List<int[]> arcs = new ArrayList<>(); // {from, to, cap, cost}
    for (int e = 0; e < nE; e++) {
      arcs.add(new int[] {s, 1 + e, needs.get(e).volunteersNeeded(), 0});
    }
    for (int e = 0; e < nE; e++) {
      for (int v = 0; v < nV; v++) {
        int cost = PairRule.assess(vols.get(v), needs.get(e), adjacency).map(PairReasons::cost).orElse(-1);
        if (cost >= 0) {
          arcs.add(new int[] {1 + e, 1 + nE + v, 1, cost});
        }
      }
    }
    for (int v = 0; v < nV; v++) {
      arcs.add(new int[] {1 + nE + v, t, vols.get(v).capacity(), 0});
    }
    int m = arcs.size() * 2;
    int[] from = new int[m];
    int[] to = new int[m];
    int[] cap = new int[m];
    int[] cost = new int[m];
    int[] head = new int[n];
    int[] next = new int[m];
    Arrays.fill(head, -1);
    for (int i = 0; i < arcs.size(); i++) {
      int[] a = arcs.get(i);
      for (int r = 0; r < 2; r++) {
        int k = 2 * i + r;
        from[k] = r == 0 ? a[0] : a[1];
        to[k] = r == 0 ? a[1] : a[0];
        cap[k] = r == 0 ? a[2] : 0;
        cost[k] = r == 0 ? a[3] : -a[3];
        next[k] = head[from[k]];
        head[from[k]] = k;
      }
    }
    long filled = 0;
    long total = 0;
    long[] dist = new long[n];
    int[] via = new int[n];
    boolean[] queued = new boolean[n];
    while (true) {
      Arrays.fill(dist, Long.MAX_VALUE);
      Arrays.fill(via, -1);
      dist[s] = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      queued[s] = true;
      while (!queue.isEmpty()) {
        int u = queue.poll();
        queued[u] = false;
        for (int k = head[u]; k != -1; k = next[k]) {
          if (cap[k] > 0 && dist[u] + cost[k] < dist[to[k]]) {
            dist[to[k]] = dist[u] + cost[k];
            via[to[k]] = k;
            if (!queued[to[k]]) {
              queued[to[k]] = true;
              queue.add(to[k]);
            }
          }
        }
      }
      if (dist[t] == Long.MAX_VALUE) {
        return new long[] {filled, total};
      }
      for (int x = t; x != s; x = from[via[x]]) {
        cap[via[x]]--;
        cap[via[x] ^ 1]++;
      }
      filled++;
      total += dist[t];
    }
  }
}
