package civil.eldercare.volunteer;

import civil.core.identity.AreaCode;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a matching's optimality from the outside, with nothing of the solver but its answer and
 * its dual potentials: every pair is priced again with {@link PairRule}, the answer must be
 * feasible, no augmenting path may be left (breadth-first search over the residual network: places
 * are maximal), and every residual arc must have a non-negative reduced cost under the potentials
 * (cost is least among maximal fillings). Returns the first problem found.
 */
final class MatchingCertificate {
  private MatchingCertificate() {}

  static Optional<String> problem(Matching m, Map<String, Integer> elderPotentials, Map<String, Integer> volunteerPotentials,
      int sourcePotential, List<Volunteer> vols, List<Need> needs, CommunityAdjacency adjacency) {
    int nE = needs.size();
    int nV = vols.size();
    Map<String, Integer> elderIndex = new HashMap<>();
    for (int e = 0; e < nE; e++) {
      elderIndex.put(needs.get(e).elderId(), e);
    }
    Map<String, Integer> volunteerIndex = new HashMap<>();
    for (int v = 0; v < nV; v++) {
      volunteerIndex.put(vols.get(v).id(), v);
    }
    Map<List<AreaCode>, Integer> steps = new HashMap<>();
    int[][] cost = new int[nE][nV];
    for (int e = 0; e < nE; e++) {
      for (int v = 0; v < nV; v++) {
        Need n = needs.get(e);
        Volunteer vol = vols.get(v);
        int st = steps.computeIfAbsent(List.of(vol.community(), n.community()),
            k -> adjacency.steps(k.get(0), k.get(1), PairRule.MAX_STEPS));
        cost[e][v] = PairRule.assess(vol, n, st).map(PairReasons::cost).orElse(-1);
      }
    }
    boolean[][] used = new boolean[nE][nV];
    int[] filled = new int[nE];
    int[] load = new int[nV];
    long total = 0;
    long places = 0;
    for (Assignment a : m.assignments()) {
      int e = elderIndex.get(a.elderId());
      for (AssignedVolunteer av : a.volunteers()) {
        int v = volunteerIndex.get(av.id());
        if (used[e][v]) {
          return Optional.of(a.elderId() + " has " + av.id() + " twice");
        }
        if (cost[e][v] < 0 || cost[e][v] != av.cost()) {
          return Optional.of(av.id() + " cannot serve " + a.elderId() + " at cost " + av.cost());
        }
        used[e][v] = true;
        filled[e]++;
        load[v]++;
        total += av.cost();
        places++;
      }
    }
    if (total != m.totalCost() || places != m.filledPlaces()) {
      return Optional.of("the totals do not add up");
    }
    for (int e = 0; e < nE; e++) {
      if (filled[e] > needs.get(e).volunteersNeeded()) {
        return Optional.of(needs.get(e).elderId() + " has more volunteers than asked");
      }
    }
    for (int v = 0; v < nV; v++) {
      if (load[v] > vols.get(v).capacity()) {
        return Optional.of(vols.get(v).id() + " serves more elders than its capacity");
      }
    }
    // places are maximal: t cannot be reached from s in the residual network
    Set<Integer> reached = new HashSet<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int e = 0; e < nE; e++) {
      if (filled[e] < needs.get(e).volunteersNeeded()) {
        reached.add(e);
        queue.add(e);
      }
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      if (u < nE) {
        for (int v = 0; v < nV; v++) {
          if (cost[u][v] >= 0 && !used[u][v] && reached.add(nE + v)) {
            queue.add(nE + v);
          }
        }
      } else {
        int v = u - nE;
        if (load[v] < vols.get(v).capacity()) {
          return Optional.of("an augmenting path ends at " + vols.get(v).id() + ": places are not maximal");
        }
        for (int e = 0; e < nE; e++) {
          if (used[e][v] && reached.add(e)) {
            queue.add(e);
          }
        }
      }
    }
    // cost is least: no residual arc has a negative reduced cost
    long ps = sourcePotential;
    for (int e = 0; e < nE; e++) {
      long pe = elderPotentials.get(needs.get(e).elderId());
      if (filled[e] < needs.get(e).volunteersNeeded() && ps - pe < 0 || filled[e] > 0 && pe - ps < 0) {
        return Optional.of("the arc of s to " + needs.get(e).elderId() + " prices negative");
      }
      for (int v = 0; v < nV; v++) {
        if (cost[e][v] >= 0) {
          long rc = cost[e][v] + pe - volunteerPotentials.get(vols.get(v).id());
          if (used[e][v] ? rc > 0 : rc < 0) {
            return Optional.of("the pair " + needs.get(e).elderId() + "-" + vols.get(v).id() + " prices negative");
          }
        }
      }
    }
    for (int v = 0; v < nV; v++) {
      long pv = volunteerPotentials.get(vols.get(v).id());
      if (load[v] < vols.get(v).capacity() && pv < 0 || load[v] > 0 && pv > 0) {
        return Optional.of("the arc of " + vols.get(v).id() + " to t prices negative");
      }
    }
    return Optional.empty();
  }

  static Optional<String> problem(VolunteerMatcher.Solved s, List<Volunteer> vols, List<Need> needs,
      CommunityAdjacency adjacency) {
    return problem(s.matching(), s.elderPotentials(), s.volunteerPotentials(), s.sourcePotential(), vols, needs, adjacency);
  }
}
