package civil.eldercare.volunteer;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * The optimal volunteer matcher (志愿者与老人最优匹配): fills as many places as possible, and among
 * those fillings takes one of least total cost; a volunteer serves an elder at most once and at
 * most {@code capacity} elders, an elder gets at most the number asked.
 *
 * <p>How, for a city's worth of records in seconds, whether its communities form one connected
 * map or many islands:
 * <ol>
 *   <li>Everything is numbered in a canonical order first: communities by code, volunteers and
 *       elders by community and then id (so that neighbours in the graph lie near each other in
 *       memory). The answer depends on nothing else, so the same records in any
 *       order, and the adjacency's pairs in any order and orientation, give the same answer.
 *   <li>Each elder's candidates (every volunteer who can serve, by {@link PairRule}) are listed
 *       once, cheapest first; ties by community (the elder's own first, then the nearer) and
 *       then in that numbering.
 *   <li>The whole candidate graph is solved as one exact min-cost maximum flow
 *       ({@link MatchingFlow}): shortest augmenting paths by distance level, a blocking flow per
 *       level. Places come first because a maximum flow is taken; cost second because every
 *       augmenting path was a shortest one.
 * </ol>
 */
public final class VolunteerMatcher {
  private static final int SLOT_BITS = Slot.values().length;
  private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;
  /** More than any pair costs: 10 × steps + 5 × each of the domains + 2. */
  private static final int MAX_COST = 10 * PairRule.MAX_STEPS + 5 * ServiceDomain.values().length + 3;

  private VolunteerMatcher() {}

  /**
   * The optimal matching of {@code needs} with {@code volunteers}.
   *
   * @throws InvalidInputException if two volunteers or two needs share an id
   */
  public static Matching match(Collection<Volunteer> volunteers, Collection<Need> needs, CommunityAdjacency adjacency) {
    Instance instance = new Instance(volunteers, needs, adjacency);
    instance.flow.solve();
    return instance.result();
  }

  /** The matching with the solved network behind it, for the certificate checks of the tests. */
  static Solved solve(Collection<Volunteer> volunteers, Collection<Need> needs, CommunityAdjacency adjacency) {
    Instance instance = new Instance(volunteers, needs, adjacency);
    instance.flow.solve();
    Map<String, Integer> elders = new HashMap<>();
    for (int e = 0; e < instance.needs.size(); e++) {
      elders.put(instance.needs.get(e).elderId(), instance.flow.elderPotential(e));
    }
    Map<String, Integer> vols = new HashMap<>();
    for (int v = 0; v < instance.vols.size(); v++) {
      vols.put(instance.vols.get(v).id(), instance.flow.volunteerPotential(v));
    }
    return new Solved(instance.result(), elders, vols, instance.flow.sourcePotential());
  }

  /**
   * A solved matching with the dual potentials that certify it (by elder id and volunteer id; the
   * sink's is 0), for the certificate checks of the tests.
   */
  record Solved(Matching matching, Map<String, Integer> elderPotentials,
      Map<String, Integer> volunteerPotentials, int sourcePotential) {}

  /** The records in array form, numbered in canonical order, and the candidate graph. */
  private static final class Instance {
    final List<Volunteer> vols; // by community, then id
    final List<Need> needs; // by community, then id
    final List<Need> needsById;
    final int[] volIdRank; // by volunteer: its place in id order
    final int[] internalOf; // by place in id order: the elder's number
    final int[] candidates; // by elder
    final int[] arcStart;
    final int[] arcVolunteer;
    final byte[] arcCost;
    final byte[] arcSteps;
    final int[] packed; // by volunteer: skills << SLOT_BITS | slots
    final int[] needMasks; // by elder: domains << SLOT_BITS | slots
    final MatchingFlow flow;

    Instance(Collection<Volunteer> volunteers, Collection<Need> needList, CommunityAdjacency adjacency) {
      List<Volunteer> volsById = new ArrayList<>(volunteers);
      volsById.sort(Comparator.comparing(Volunteer::id));
      needsById = new ArrayList<>(needList);
      needsById.sort(Comparator.comparing(Need::elderId));
      for (int i = 1; i < volsById.size(); i++) {
        if (volsById.get(i).id().equals(volsById.get(i - 1).id())) {
          throw new InvalidInputException("DUPLICATE_ID", "volunteers", "volunteer id " + volsById.get(i).id() + " appears twice");
        }
      }
      for (int i = 1; i < needsById.size(); i++) {
        if (needsById.get(i).elderId().equals(needsById.get(i - 1).elderId())) {
          throw new InvalidInputException("DUPLICATE_ID", "needs", "elder id " + needsById.get(i).elderId() + " appears twice");
        }
      }
      // communities numbered in code order; each record's community looked up once
      Map<AreaCode, Integer> seenAt = new HashMap<>();
      List<AreaCode> seen = new ArrayList<>();
      int[] volSeen = new int[volsById.size()];
      for (int i = 0; i < volSeen.length; i++) {
        volSeen[i] = number(volsById.get(i).community(), seenAt, seen);
      }
      int[] needSeen = new int[needsById.size()];
      for (int i = 0; i < needSeen.length; i++) {
        needSeen[i] = number(needsById.get(i).community(), seenAt, seen);
      }
      for (List<AreaCode> pair : adjacency.pairs()) {
        number(pair.get(0), seenAt, seen);
        number(pair.get(1), seenAt, seen);
      }
      Integer[] bySeen = new Integer[seen.size()];
      for (int c = 0; c < bySeen.length; c++) {
        bySeen[c] = c;
      }
      Arrays.sort(bySeen, Comparator.comparing(seen::get));
      int[] rank = new int[bySeen.length]; // by order seen: the place in code order
      AreaCode[] sorted = new AreaCode[bySeen.length];
      for (int r = 0; r < bySeen.length; r++) {
        rank[bySeen[r]] = r;
        sorted[r] = seen.get(bySeen[r]);
      }
      Communities map = new Communities(sorted.length, c -> rank[seenAt.get(c)], adjacency);
      // numbered by community, then id (a stable counting sort): neighbours in the graph lie near
      // each other in memory
      int[] volOrder = byCommunity(volsById.size(), i -> rank[volSeen[i]], sorted.length);
      vols = new ArrayList<>(volOrder.length);
      volIdRank = new int[volOrder.length];
      int[] volCommunity = new int[volOrder.length];
      for (int k = 0; k < volOrder.length; k++) {
        vols.add(volsById.get(volOrder[k]));
        volIdRank[k] = volOrder[k];
        volCommunity[k] = rank[volSeen[volOrder[k]]];
      }
      int[] needOrder = byCommunity(needsById.size(), i -> rank[needSeen[i]], sorted.length);
      needs = new ArrayList<>(needOrder.length);
      internalOf = new int[needOrder.length];
      int[] needCommunity = new int[needOrder.length];
      for (int k = 0; k < needOrder.length; k++) {
        needs.add(needsById.get(needOrder[k]));
        internalOf[needOrder[k]] = k;
        needCommunity[k] = rank[needSeen[needOrder[k]]];
      }
      int nV = vols.size();
      int nE = needs.size();
      int[] capacity = new int[nV];
      packed = new int[nV];
      needMasks = new int[nE];
      for (int i = 0; i < nV; i++) {
        Volunteer v = vols.get(i);
        capacity[i] = v.capacity();
        packed[i] = PairRule.domainMask(v.skills()) << SLOT_BITS | PairRule.slotMask(v.slots());
      }
      // volunteers by community, in id order
      int[] inStart = new int[sorted.length + 1];
      for (int c : volCommunity) {
        inStart[c + 1]++;
      }
      for (int c = 0; c < sorted.length; c++) {
        inStart[c + 1] += inStart[c];
      }
      int[] inCommunity = new int[nV];
      int[] fill = Arrays.copyOf(inStart, sorted.length);
      for (int i = 0; i < nV; i++) {
        inCommunity[fill[volCommunity[i]]++] = i;
      }

      int[] wanted = new int[nE];
      candidates = new int[nE];
      arcStart = new int[nE + 1];
      // one call per elder, not one long loop here: a small method is compiled early and whole,
      // where a long loop in this constructor had it compiled again for every loop in it
      CandidateLists lists = new CandidateLists(nE, packed, inStart, inCommunity);
      for (int e = 0; e < nE; e++) {
        Need n = needs.get(e);
        wanted[e] = n.volunteersNeeded();
        int dm = PairRule.domainMask(n.domains());
        int sm = PairRule.slotMask(n.slots());
        needMasks[e] = dm << SLOT_BITS | sm;
        candidates[e] = lists.add(map.near(needCommunity[e]), dm, sm);
        arcStart[e + 1] = lists.size;
      }
      arcVolunteer = Arrays.copyOf(lists.vol, lists.size);
      arcCost = Arrays.copyOf(lists.cost, lists.size);
      arcSteps = Arrays.copyOf(lists.steps, lists.size);
      flow = new MatchingFlow(wanted, capacity, arcStart, arcVolunteer, arcCost);
    }

    /** The number of {@code code} in the order first seen, numbering it if new. */
    private static int number(AreaCode code, Map<AreaCode, Integer> seenAt, List<AreaCode> seen) {
      Integer n = seenAt.get(code);
      if (n == null) {
        n = seen.size();
        seenAt.put(code, n);
        seen.add(code);
      }
      return n;
    }

    /** The order of {@code count} records by community (stable, so id order within one). */
    private static int[] byCommunity(int count, java.util.function.IntUnaryOperator communityOf, int communities) {
      int[] community = new int[count];
      int[] start = new int[communities + 1];
      for (int i = 0; i < count; i++) {
        community[i] = communityOf.applyAsInt(i);
        start[community[i] + 1]++;
      }
      for (int c = 0; c < communities; c++) {
        start[c + 1] += start[c];
      }
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[start[community[i]]++] = i;
      }
      return order;
    }

    Matching result() {
      long filled = 0;
      long totalCost = 0;
      List<Assignment> assignments = new ArrayList<>();
      List<Unfilled> unfilled = new ArrayList<>();
      // many pairs share their reasons (the same domains shared and missing, slots shared, steps):
      // each is made once
      ReasonsMemo reasons = new ReasonsMemo();
      int[] chosen = new int[8]; // the elder's arcs in use, in volunteer id order
      for (int e : internalOf) {
        Need need = needs.get(e);
        int n = 0;
        for (int a = arcStart[e]; a < arcStart[e + 1]; a++) {
          if (flow.used(a)) {
            if (n == chosen.length) {
              chosen = Arrays.copyOf(chosen, n * 2);
            }
            int rank = volIdRank[arcVolunteer[a]];
            int i = n++;
            for (; i > 0 && volIdRank[arcVolunteer[chosen[i - 1]]] > rank; i--) {
              chosen[i] = chosen[i - 1];
            }
            chosen[i] = a;
          }
        }
        if (n > 0) {
          int domains = needMasks[e] >>> SLOT_BITS;
          int nSlots = needMasks[e] & SLOT_MASK;
          List<AssignedVolunteer> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            int a = chosen[i];
            int v = arcVolunteer[a];
            int skills = packed[v] >>> SLOT_BITS;
            int vSlots = packed[v] & SLOT_MASK;
            long key = ((long) (domains & skills) << 8 | domains & ~skills) << 32 | (long) (vSlots & nSlots) << 2
                | arcSteps[a];
            PairReasons why = reasons.get(key);
            if (why == null) {
              why = PairRule.reasons(skills, vSlots, domains, nSlots, arcSteps[a]);
              reasons.put(key, why);
            }
            list.add(new AssignedVolunteer(vols.get(v).id(), arcCost[a], why));
            totalCost += arcCost[a];
          }
          assignments.add(new Assignment(need.elderId(), list));
          filled += n;
        }
        int left = need.volunteersNeeded() - n;
        if (left > 0) {
          unfilled.add(new Unfilled(need.elderId(), left,
              candidates[e] == 0 ? Unfilled.Reason.NO_CANDIDATE : Unfilled.Reason.ALL_TAKEN, candidates[e]));
        }
      }
      return new Matching(filled, totalCost, assignments, unfilled);
    }
  }

  /** Each elder's candidates in turn, appended to one array of arcs, cheapest first. */
  private static final class CandidateLists {
    private final int[] packed; // by volunteer: skills << SLOT_BITS | slots
    private final int[] inStart; // by community: where its volunteers start in inCommunity
    private final int[] inCommunity;
    int[] vol;
    byte[] cost;
    byte[] steps;
    int size;
    private int[] foundVol = new int[64];
    private byte[] foundCost = new byte[64];
    private final int[] byCost = new int[MAX_COST + 1];

    CandidateLists(int elders, int[] packed, int[] inStart, int[] inCommunity) {
      this.packed = packed;
      this.inStart = inStart;
      this.inCommunity = inCommunity;
      vol = new int[Math.max(16, elders * 4)];
      cost = new byte[vol.length];
      steps = new byte[vol.length];
    }

    /**
     * Appends the candidates of an elder with domains {@code dm} and slots {@code sm} among the
     * volunteers of the communities {@code near} (each {@code community << 2 | steps}); answers
     * how many.
     */
    int add(int[] near, int dm, int sm) {
      int count = 0;
      Arrays.fill(byCost, 0);
      for (int k = 0; k < near.length; k++) {
        int c = near[k] >>> 2;
        int st = near[k] & 3;
        for (int j = inStart[c]; j < inStart[c + 1]; j++) {
          int v = inCommunity[j];
          int skill = packed[v] >>> SLOT_BITS;
          int slot = packed[v] & SLOT_MASK;
          if ((skill & dm) != 0 && (slot & sm) != 0) {
            if (count == foundVol.length) {
              foundVol = Arrays.copyOf(foundVol, count * 2);
              foundCost = Arrays.copyOf(foundCost, count * 2);
            }
            int pairCost = PairRule.cost(skill, slot, dm, sm, st);
            foundVol[count] = v << 2 | st; // steps ride along in the low bits
            foundCost[count++] = (byte) pairCost;
            byCost[pairCost + 1]++;
          }
        }
      }
      // cheapest first, ties in the order found (communities nearest first, then by number): a
      // counting sort, as a pair costs less than MAX_COST
      for (int c = 0; c < MAX_COST; c++) {
        byCost[c + 1] += byCost[c];
      }
      if (size + count > vol.length) {
        int grown = Math.max(vol.length * 2, size + count);
        vol = Arrays.copyOf(vol, grown);
        cost = Arrays.copyOf(cost, grown);
        steps = Arrays.copyOf(steps, grown);
      }
      for (int k = 0; k < count; k++) {
        int at = size + byCost[foundCost[k]]++;
        vol[at] = foundVol[k] >>> 2;
        cost[at] = foundCost[k];
        steps[at] = (byte) (foundVol[k] & 3);
      }
      size += count;
      return count;
    }
  }

  /**
   * Pair reasons by their packed key, in an open-addressed table of primitive keys: a city has a
   * few thousand distinct keys and a hundred thousand lookups, which boxed keys made a tenth of
   * building the answer.
   */
  private static final class ReasonsMemo {
    private long[] keys = new long[256];
    private PairReasons[] values = new PairReasons[256];
    private int size;

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ h >>> 32) & mask;
    }

    PairReasons get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); values[i] != null; i = i + 1 & mask) {
        if (keys[i] == key) {
          return values[i];
        }
      }
      return null;
    }

    void put(long key, PairReasons value) {
      if (2 * (size + 1) > keys.length) {
        long[] oldKeys = keys;
        PairReasons[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new PairReasons[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldValues[i] != null) {
            put(oldKeys[i], oldValues[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (values[i] != null) {
        i = i + 1 & mask;
      }
      keys[i] = key;
      values[i] = value;
      size++;
    }
  }

  /** The community map: neighbours by breadth-first search up to {@link PairRule#MAX_STEPS}, memoised. */
  private static final class Communities {
    final int[][] neighbours;
    final int[][] near;
    final int[] mark;
    int stamp;

    Communities(int n, java.util.function.ToIntFunction<AreaCode> index, CommunityAdjacency adjacency) {
      int[] degree = new int[n];
      List<int[]> edges = new ArrayList<>();
      for (List<AreaCode> p : adjacency.pairs()) {
        int a = index.applyAsInt(p.get(0));
        int b = index.applyAsInt(p.get(1));
        if (a != b) {
          edges.add(new int[] {a, b});
          degree[a]++;
          degree[b]++;
        }
      }
      neighbours = new int[n][];
      for (int c = 0; c < n; c++) {
        neighbours[c] = new int[degree[c]];
      }
      int[] fill = new int[n];
      for (int[] e : edges) {
        neighbours[e[0]][fill[e[0]]++] = e[1];
        neighbours[e[1]][fill[e[1]]++] = e[0];
      }
      near = new int[n][];
      mark = new int[n];
    }

    /** Communities within {@link PairRule#MAX_STEPS} of {@code c}, each packed as {@code community << 2 | steps}. */
    int[] near(int c) {
      if (near[c] == null) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = c << 2;
        mark[c] = ++stamp;
        for (int head = 0; head < count; head++) {
          int at = found[head] >>> 2;
          int d = found[head] & 3;
          if (d == PairRule.MAX_STEPS) {
            continue;
          }
          for (int m : neighbours[at]) {
            if (mark[m] != stamp) {
              mark[m] = stamp;
              if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
              }
              found[count++] = m << 2 | (d + 1);
            }
          }
        }
        near[c] = Arrays.copyOf(found, count);
      }
      return near[c];
    }
  }
}
