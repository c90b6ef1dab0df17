package civil.eldercare.volunteer;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimal volunteer matcher (志愿者与老人最优匹配): fills as many places as possible, and among
 * those fillings takes one of least total cost; a volunteer serves an elder at most once and at
 * most {@code capacity} elders, an elder gets at most the number asked.
 *
 * <p>How, for a city's worth of records in seconds:
 * <ol>
 *   <li>Records are sorted by id first, so the same records in any order give the same answer.
 *   <li>The city splits into independent neighbourhoods: communities joined by the adjacency.
 *       No pair crosses two of them, so each is solved alone.
 *   <li>In a neighbourhood the bipartite graph of every pair that can serve is dense (everyone
 *       within two steps), but an optimal answer uses few of its edges. The matcher starts from
 *       each elder's cheapest candidates (as many as asked, plus {@value #EXTRA_CANDIDATES}) and
 *       solves that sparse network exactly as a min-cost flow ({@link MinCostFlow}: places
 *       first by weighting each place with a reward larger than any path's cost).
 *   <li>The flow's dual potentials then price every other pair: one whose reduced cost is
 *       negative could improve the answer and is added; the network is solved again. When no
 *       pair prices negative the potentials certify the answer optimal for the whole graph.
 * </ol>
 */
public final class VolunteerMatcher {
  static final int EXTRA_CANDIDATES = 4;
  private static final int MAX_COST = 10 * PairRule.MAX_STEPS + 5 * ServiceDomain.values().length + 2;
  private static final int SLOT_BITS = Slot.values().length;
  private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;

  private VolunteerMatcher() {}

  /**
   * The optimal matching of {@code needs} with {@code volunteers}.
   *
   * @throws InvalidInputException if two volunteers or two needs share an id
   */
  public static Matching match(Collection<Volunteer> volunteers, Collection<Need> needs, CommunityAdjacency adjacency) {
    return match(volunteers, needs, adjacency, EXTRA_CANDIDATES);
  }

  /** As {@link #match}, starting from {@code extra} candidates beyond the places asked (tests use 0 to exercise pricing). */
  static Matching match(Collection<Volunteer> volunteers, Collection<Need> needs, CommunityAdjacency adjacency, int extra) {
    return new Instance(volunteers, needs, adjacency, extra).solve();
  }

  /** The records in array form, indexed in id order. */
  private static final class Instance {
    final List<Volunteer> vols;
    final List<Need> needs;
    final int[] volCommunity;
    final int[] skills;
    final int[] volSlots;
    final int[] capacity;
    final int[] needCommunity;
    final int[] domains;
    final int[] needSlots;
    final int[] wanted;
    final int[][] volunteersIn; // by community, volunteer indices ascending
    final int[][] packedIn; // by community, alongside volunteersIn: skills << SLOT_BITS | slots
    final int[][] neighbours; // by community
    final int[] component; // by community
    final int[][] near; // by community, lazily: communities within MAX_STEPS
    final int[][] nearSteps;

    // results
    final int[] candidates;
    final List<List<int[]>> assigned; // by elder: {volunteer, cost, steps}

    final int extra;

    Instance(Collection<Volunteer> volunteers, Collection<Need> needList, CommunityAdjacency adjacency, int extra) {
      this.extra = extra;
      vols = new ArrayList<>(volunteers);
      vols.sort(Comparator.comparing(Volunteer::id));
      needs = new ArrayList<>(needList);
      needs.sort(Comparator.comparing(Need::elderId));
      for (int i = 1; i < vols.size(); i++) {
        if (vols.get(i).id().equals(vols.get(i - 1).id())) {
          throw new InvalidInputException("DUPLICATE_ID", "volunteers", "volunteer id " + vols.get(i).id() + " appears twice");
        }
      }
      for (int i = 1; i < needs.size(); i++) {
        if (needs.get(i).elderId().equals(needs.get(i - 1).elderId())) {
          throw new InvalidInputException("DUPLICATE_ID", "needs", "elder id " + needs.get(i).elderId() + " appears twice");
        }
      }
      Map<AreaCode, Integer> index = new HashMap<>();
      volCommunity = new int[vols.size()];
      skills = new int[vols.size()];
      volSlots = new int[vols.size()];
      capacity = new int[vols.size()];
      for (int i = 0; i < vols.size(); i++) {
        Volunteer v = vols.get(i);
        volCommunity[i] = index.computeIfAbsent(v.community(), k -> index.size());
        skills[i] = PairRule.domainMask(v.skills());
        volSlots[i] = PairRule.slotMask(v.slots());
        capacity[i] = v.capacity();
      }
      needCommunity = new int[needs.size()];
      domains = new int[needs.size()];
      needSlots = new int[needs.size()];
      wanted = new int[needs.size()];
      for (int i = 0; i < needs.size(); i++) {
        Need n = needs.get(i);
        needCommunity[i] = index.computeIfAbsent(n.community(), k -> index.size());
        domains[i] = PairRule.domainMask(n.domains());
        needSlots[i] = PairRule.slotMask(n.slots());
        wanted[i] = n.volunteersNeeded();
      }
      List<int[]> edges = new ArrayList<>();
      for (List<AreaCode> p : adjacency.pairs()) {
        int a = index.computeIfAbsent(p.get(0), k -> index.size());
        int b = index.computeIfAbsent(p.get(1), k -> index.size());
        if (a != b) {
          edges.add(new int[] {a, b});
        }
      }
      int communities = index.size();
      int[] degree = new int[communities];
      for (int[] e : edges) {
        degree[e[0]]++;
        degree[e[1]]++;
      }
      neighbours = new int[communities][];
      for (int c = 0; c < communities; c++) {
        neighbours[c] = new int[degree[c]];
      }
      int[] fill = new int[communities];
      int[] parent = new int[communities];
      for (int c = 0; c < communities; c++) {
        parent[c] = c;
      }
      for (int[] e : edges) {
        neighbours[e[0]][fill[e[0]]++] = e[1];
        neighbours[e[1]][fill[e[1]]++] = e[0];
        union(parent, e[0], e[1]);
      }
      component = new int[communities];
      for (int c = 0; c < communities; c++) {
        component[c] = find(parent, c);
      }
      int[] count = new int[communities];
      for (int c : volCommunity) {
        count[c]++;
      }
      volunteersIn = new int[communities][];
      for (int c = 0; c < communities; c++) {
        volunteersIn[c] = new int[count[c]];
      }
      Arrays.fill(fill, 0);
      packedIn = new int[communities][];
      for (int c = 0; c < communities; c++) {
        packedIn[c] = new int[count[c]];
      }
      for (int i = 0; i < vols.size(); i++) {
        int c = volCommunity[i];
        packedIn[c][fill[c]] = skills[i] << SLOT_BITS | volSlots[i];
        volunteersIn[c][fill[c]++] = i;
      }
      near = new int[communities][];
      nearSteps = new int[communities][];
      candidates = new int[needs.size()];
      assigned = new ArrayList<>(needs.size());
      for (int i = 0; i < needs.size(); i++) {
        assigned.add(new ArrayList<>(2));
      }
    }

    private static int find(int[] parent, int c) {
      while (parent[c] != c) {
        parent[c] = parent[parent[c]];
        c = parent[c];
      }
      return c;
    }

    private static void union(int[] parent, int a, int b) {
      int ra = find(parent, a);
      int rb = find(parent, b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    /** Communities within MAX_STEPS of {@code c}, with their steps, by breadth-first search. */
    private void nearOf(int c) {
      if (near[c] != null) {
        return;
      }
      List<Integer> found = new ArrayList<>();
      List<Integer> steps = new ArrayList<>();
      Map<Integer, Integer> seen = new HashMap<>();
      seen.put(c, 0);
      found.add(c);
      steps.add(0);
      for (int head = 0; head < found.size(); head++) {
        int d = steps.get(head);
        if (d == PairRule.MAX_STEPS) {
          continue;
        }
        for (int n : neighbours[found.get(head)]) {
          if (!seen.containsKey(n)) {
            seen.put(n, d + 1);
            found.add(n);
            steps.add(d + 1);
          }
        }
      }
      near[c] = found.stream().mapToInt(Integer::intValue).toArray();
      nearSteps[c] = steps.stream().mapToInt(Integer::intValue).toArray();
    }

    Matching solve() {
      // elders by neighbourhood, neighbourhoods in order of their first elder
      Map<Integer, List<Integer>> byComponent = new HashMap<>();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < needs.size(); i++) {
        int comp = component[needCommunity[i]];
        List<Integer> list = byComponent.get(comp);
        if (list == null) {
          list = new ArrayList<>();
          byComponent.put(comp, list);
          order.add(comp);
        }
        list.add(i);
      }
      int[] communityStart = new int[volunteersIn.length];
      Arrays.fill(communityStart, -1);
      for (int comp : order) {
        new Neighbourhood(byComponent.get(comp).stream().mapToInt(Integer::intValue).toArray(), communityStart).solve();
      }
      return result();
    }

    /** One independent neighbourhood: its elders, the volunteers they can reach, and the sparse network. */
    private final class Neighbourhood {
      final int[] elders;
      final int[] communityStart; // by community: local index of its first volunteer, -1 if not yet numbered
      final List<Integer> touched = new ArrayList<>(); // communities numbered, to reset afterwards
      int[] localVols = new int[64]; // local index → volunteer
      int localCount;
      // every elder's candidates, enumerated once: elder i's are [candStart[i], candStart[i + 1])
      int[] candStart;
      int[] candLocal = new int[256];
      int[] candCost = new int[256];
      int[] candSteps = new int[256];
      // the candidates in the network
      int[] edgeElder = new int[64];
      int[] edgeCandidate = new int[64];
      int edges;

      Neighbourhood(int[] elders, int[] communityStart) {
        this.elders = elders;
        this.communityStart = communityStart;
      }

      /** Numbers the volunteers of community {@code c} locally, once, all together. */
      private int number(int c) {
        if (communityStart[c] < 0) {
          int[] ids = volunteersIn[c];
          communityStart[c] = localCount;
          touched.add(c);
          if (localCount + ids.length > localVols.length) {
            localVols = Arrays.copyOf(localVols, Math.max(localVols.length * 2, localCount + ids.length));
          }
          System.arraycopy(ids, 0, localVols, localCount, ids.length);
          localCount += ids.length;
        }
        return communityStart[c];
      }

      /** Lists every volunteer who can serve each elder, in volunteer order, with cost and steps. */
      void enumerateCandidates() {
        candStart = new int[elders.length + 1];
        int size = 0;
        for (int i = 0; i < elders.length; i++) {
          size = enumerate(i, size);
          candStart[i + 1] = size;
          candidates[elders[i]] = size - candStart[i];
        }
      }

      /** Appends elder {@code i}'s candidates from {@code size} on; returns the new size. */
      private int enumerate(int i, int size) {
        int e = elders[i];
        int c = needCommunity[e];
        nearOf(c);
        int[] comms = near[c];
        int[] steps = nearSteps[c];
        int dm = domains[e];
        int sm = needSlots[e];
        for (int k = 0; k < comms.length; k++) {
          int st = steps[k];
          int base = number(comms[k]);
          int[] packed = packedIn[comms[k]];
          if (size + packed.length > candLocal.length) {
            int grown = Math.max(candLocal.length * 2, size + packed.length);
            candLocal = Arrays.copyOf(candLocal, grown);
            candCost = Arrays.copyOf(candCost, grown);
            candSteps = Arrays.copyOf(candSteps, grown);
          }
          for (int j = 0; j < packed.length; j++) {
            int skill = packed[j] >>> SLOT_BITS;
            int slot = packed[j] & SLOT_MASK;
            if ((skill & dm) != 0 && (slot & sm) != 0) {
              candLocal[size] = base + j;
              candCost[size] = PairRule.cost(skill, slot, dm, sm, st);
              candSteps[size] = st;
              size++;
            }
          }
        }
        return size;
      }

      void choose(int elderLocal, int candidate) {
        if (edges == edgeElder.length) {
          edgeElder = Arrays.copyOf(edgeElder, edges * 2);
          edgeCandidate = Arrays.copyOf(edgeCandidate, edges * 2);
        }
        edgeElder[edges] = elderLocal;
        edgeCandidate[edges] = candidate;
        edges++;
      }

      void solve() {
        enumerateCandidates();
        chooseStart();
        int[] stamp = new int[localCount];
        Pricing pricing = new Pricing();
        while (true) {
          Network net = new Network();
          long[] potential = net.flow.certificate(0, net.sink, net.flowValue);
          Arrays.fill(stamp, -1);
          int before = edges;
          for (int i = 0; i < elders.length; i++) {
            for (int k = net.byElder[i]; k < net.byElder[i + 1]; k++) {
              stamp[candLocal[edgeCandidate[net.order[k]]]] = i;
            }
            pricing.price(i, potential, net, stamp);
          }
          if (edges == before) {
            net.record();
            for (int c : touched) {
              communityStart[c] = -1;
            }
            return;
          }
        }
      }

      /**
       * Prices every pair left out of the network. A pair whose reduced cost is negative could
       * improve the answer; each elder adds its most negative ones, as many as it asks plus the
       * extra, so that the network stays sparse while the pricing converges.
       */
      private final class Pricing {
        long[] bestRc = new long[0];
        int[] bestCandidate = new int[0];

        void price(int i, long[] potential, Network net, int[] stamp) {
          long elderPotential = potential[1 + i];
          int limit = wanted[elders[i]] + extra + 1;
          if (bestRc.length < limit) {
            bestRc = new long[limit];
            bestCandidate = new int[limit];
          }
          int volunteerBase = 1 + elders.length;
          int known = net.nV;
          long sinkPotential = potential[net.sink];
          int kept = 0;
          for (int b = candStart[i], end = candStart[i + 1]; b < end; b++) {
            int lv = candLocal[b];
            if (stamp[lv] == i) {
              continue;
            }
            // A volunteer the network does not reach has no flow and spare capacity: the least
            // potential its one arc (to the sink) allows is the sink's.
            long vp = lv < known ? potential[volunteerBase + lv] : Long.MAX_VALUE;
            long rc = candCost[b] - net.reward + elderPotential - (vp == Long.MAX_VALUE ? sinkPotential : vp);
            if (rc < 0 && (kept < limit || rc < bestRc[kept - 1])) {
              // insertion among the few most negative so far, stable for equal reduced costs
              int at = kept < limit ? kept++ : kept - 1;
              while (at > 0 && bestRc[at - 1] > rc) {
                bestRc[at] = bestRc[at - 1];
                bestCandidate[at] = bestCandidate[at - 1];
                at--;
              }
              bestRc[at] = rc;
              bestCandidate[at] = b;
            }
          }
          for (int k = 0; k < kept; k++) {
            choose(i, bestCandidate[k]);
          }
        }
      }

      /**
       * Starts each elder from its cheapest candidates (as many as asked plus the extra, ties by
       * volunteer order) and from a greedy filling (elders in id order, each taking the cheapest
       * candidates with capacity left), so that the first network can already fill nearly every
       * place the neighbourhood can.
       */
      private void chooseStart() {
        int[] start = new int[MAX_COST + 2];
        int[] byCost = new int[64];
        int[] left = new int[localCount];
        for (int lv = 0; lv < localCount; lv++) {
          left[lv] = capacity[localVols[lv]];
        }
        for (int i = 0; i < elders.length; i++) {
          int from = candStart[i];
          int count = candStart[i + 1] - from;
          if (byCost.length < count) {
            byCost = new int[count * 2];
          }
          // the candidates in cost order: a counting sort, stable, so ties stay in volunteer order
          Arrays.fill(start, 0);
          for (int b = from; b < from + count; b++) {
            start[candCost[b] + 1]++;
          }
          for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
          }
          for (int b = from; b < from + count; b++) {
            byCost[start[candCost[b]]++] = b;
          }
          int cheapest = Math.min(count, wanted[elders[i]] + extra);
          int greedy = wanted[elders[i]];
          for (int k = 0; k < count && (k < cheapest || greedy > 0); k++) {
            int b = byCost[k];
            boolean take = greedy > 0 && left[candLocal[b]] > 0;
            if (take) {
              left[candLocal[b]]--;
              greedy--;
            }
            if (take || k < cheapest) {
              choose(i, b);
            }
          }
        }
      }

      /** The flow network of the chosen candidates, solved. */
      private final class Network {
        final int nE = elders.length;
        final int nV = localCount;
        final int sink = nE + nV + 1;
        final long reward = (long) (MAX_COST + 1) * (nE + nV + 2);
        final MinCostFlow flow = new MinCostFlow(nE + nV + 2);
        final int[] byElder = new int[nE + 1]; // offsets into order, by local elder
        final int[] order = new int[edges]; // edges grouped by elder, in the order chosen
        final int[] arcOf = new int[edges]; // by edge
        final long flowValue;

        Network() {
          for (int k = 0; k < edges; k++) {
            byElder[edgeElder[k] + 1]++;
          }
          for (int i = 0; i < nE; i++) {
            byElder[i + 1] += byElder[i];
          }
          int[] fill = Arrays.copyOf(byElder, nE);
          for (int k = 0; k < edges; k++) {
            order[fill[edgeElder[k]]++] = k;
          }
          for (int v = 0; v < nV; v++) {
            flow.setPotential(1 + nE + v, -reward);
          }
          flow.setPotential(sink, -reward);
          for (int i = 0; i < nE; i++) {
            flow.addArc(0, 1 + i, wanted[elders[i]], 0);
          }
          for (int k : order) {
            int b = edgeCandidate[k];
            arcOf[k] = flow.addArc(1 + edgeElder[k], 1 + nE + candLocal[b], 1, candCost[b] - reward);
          }
          for (int v = 0; v < nV; v++) {
            flow.addArc(1 + nE + v, sink, capacity[localVols[v]], 0);
          }
          flowValue = flow.solve(0, sink);
        }

        void record() {
          for (int k : order) {
            if (flow.flow(arcOf[k]) > 0) {
              int b = edgeCandidate[k];
              assigned.get(elders[edgeElder[k]]).add(new int[] {localVols[candLocal[b]], candCost[b], candSteps[b]});
            }
          }
        }
      }
    }

    Matching result() {
      long filled = 0;
      long totalCost = 0;
      List<Assignment> assignments = new ArrayList<>();
      List<Unfilled> unfilled = new ArrayList<>();
      for (int e = 0; e < needs.size(); e++) {
        Need need = needs.get(e);
        List<int[]> pairs = assigned.get(e);
        pairs.sort(Comparator.comparingInt(p -> p[0]));
        if (!pairs.isEmpty()) {
          List<AssignedVolunteer> list = new ArrayList<>(pairs.size());
          for (int[] p : pairs) {
            Volunteer v = vols.get(p[0]);
            list.add(new AssignedVolunteer(v.id(), p[1], PairRule.assess(v, need, p[2]).orElseThrow()));
            totalCost += p[1];
          }
          assignments.add(new Assignment(need.elderId(), list));
          filled += pairs.size();
        }
        int left = need.volunteersNeeded() - pairs.size();
        if (left > 0) {
          unfilled.add(new Unfilled(need.elderId(), left,
              candidates[e] == 0 ? Unfilled.Reason.NO_CANDIDATE : Unfilled.Reason.ALL_TAKEN, candidates[e]));
        }
      }
      return new Matching(filled, totalCost, assignments, unfilled);
    }
  }
}
