package civil.benchmarks;

import civil.core.identity.AreaCode;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.PairReasons;
import civil.eldercare.volunteer.PairRule;
import civil.eldercare.volunteer.Volunteer;
import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer: the same instance solved by OR-Tools' {@code MinCostFlow} (C++, cost-scaling
 * push-relabel) with {@code SolveMaxFlowWithMinCost}, places first and least cost second, as the
 * matcher. The candidate pairs are listed here independently of the matcher (breadth-first steps
 * over the adjacency, then {@link PairRule#assess(Volunteer, Need, int)} for each volunteer within
 * two steps); the time reported is OR-Tools' alone: loading the arcs and solving.
 */
final class OrToolsPeer {
  /** The peer's totals and time. */
  record Result(long filled, long cost, long solveMillis, int arcs) {}

  private OrToolsPeer() {}

  static Result solve(List<Volunteer> vols, List<Need> needs, CommunityAdjacency adjacency) {
    Loader.loadNativeLibraries();
    Map<AreaCode, List<Integer>> volunteersIn = new HashMap<>();
    for (int v = 0; v < vols.size(); v++) {
      volunteersIn.computeIfAbsent(vols.get(v).community(), k -> new ArrayList<>()).add(v);
    }
    Map<AreaCode, Map<AreaCode, Integer>> near = new HashMap<>();
    List<int[]> pairs = new ArrayList<>(); // {elder, volunteer, cost}
    for (int e = 0; e < needs.size(); e++) {
      Need n = needs.get(e);
      Map<AreaCode, Integer> steps = near.computeIfAbsent(n.community(), c -> within(c, adjacency));
      for (Map.Entry<AreaCode, Integer> c : steps.entrySet()) {
        for (int v : volunteersIn.getOrDefault(c.getKey(), List.of())) {
          int cost = PairRule.assess(vols.get(v), n, c.getValue()).map(PairReasons::cost).orElse(-1);
          if (cost >= 0) {
            pairs.add(new int[] {e, v, cost});
          }
        }
      }
    }
    int nE = needs.size();
    int nV = vols.size();
    int source = nE + nV;
    int sink = source + 1;
    long start = System.nanoTime();
    MinCostFlow flow = new MinCostFlow(nE + nV + 2, pairs.size() + nE + nV);
    long wanted = 0;
    for (int e = 0; e < nE; e++) {
      flow.addArcWithCapacityAndUnitCost(source, e, needs.get(e).volunteersNeeded(), 0);
      wanted += needs.get(e).volunteersNeeded();
    }
    for (int[] p : pairs) {
      flow.addArcWithCapacityAndUnitCost(p[0], nE + p[1], 1, p[2]);
    }
    for (int v = 0; v < nV; v++) {
      flow.addArcWithCapacityAndUnitCost(nE + v, sink, vols.get(v).capacity(), 0);
    }
    flow.setNodeSupply(source, wanted);
    flow.setNodeSupply(sink, -wanted);
    MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools answered " + status);
    }
    Result result = new Result(flow.getMaximumFlow(), flow.getOptimalCost(), ms, pairs.size());
    flow.delete();
    return result;
  }

  /** Communities within two steps of {@code c}, with their steps. */
  private static Map<AreaCode, Integer> within(AreaCode c, CommunityAdjacency adjacency) {
    Map<AreaCode, Integer> steps = new HashMap<>();
    steps.put(c, 0);
    List<AreaCode> frontier = List.of(c);
    for (int d = 1; d <= PairRule.MAX_STEPS; d++) {
      List<AreaCode> next = new ArrayList<>();
      for (AreaCode at : frontier) {
        for (AreaCode n : adjacency.neighboursOf(at)) {
          if (steps.putIfAbsent(n, d) == null) {
            next.add(n);
          }
        }
      }
      frontier = next;
    }
    return steps;
  }
}
