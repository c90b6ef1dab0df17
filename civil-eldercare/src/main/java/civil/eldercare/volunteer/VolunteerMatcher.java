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
import java.util.function.Function;

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

    // Every loop over the records is a small method of its own, and this constructor only calls
    // them: the JIT compiles a long method again for each of its loops that runs long, which cost
    // a cold solve of a few thousand elders more time than the loops themselves.
    Instance(Collection<Volunteer> volunteers, Collection<Need> needList, CommunityAdjacency adjacency) {
      List<Volunteer> volsById = new ArrayList<>(volunteers);
      volsById.sort(Comparator.comparing(Volunteer::id));
      needsById = new ArrayList<>(needList);
      needsById.sort(Comparator.comparing(Need::elderId));
      requireDistinct(volsById, Volunteer::id, "volunteers", "volunteer");
      requireDistinct(needsById, Need::elderId, "needs", "elder");
      // communities numbered in code order; each record's community looked up once
      Map<AreaCode, Integer> seenAt = new HashMap<>();
      List<AreaCode> seen = new ArrayList<>();
      int[] volSeen = numberAll(volsById, Volunteer::community, seenAt, seen);
      int[] needSeen = numberAll(needsById, Need::community, seenAt, seen);
      numberPairs(adjacency, seenAt, seen);
      Integer[] bySeen = new Integer[seen.size()];
      Arrays.setAll(bySeen, c -> c);
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
      vols = pick(volsById, volOrder);
      volIdRank = volOrder;
      int[] volCommunity = communities(volOrder, volSeen, rank);
      int[] needOrder = byCommunity(needsById.size(), i -> rank[needSeen[i]], sorted.length);
      needs = pick(needsById, needOrder);
      internalOf = inverse(needOrder);
      int[] needCommunity = communities(needOrder, needSeen, rank);
      int nV = vols.size();
      int nE = needs.size();
      int[] capacity = new int[nV];
      packed = new int[nV];
      volunteerMasks(vols, capacity, packed);
      // the volunteers are numbered community by community: where each community's volunteers begin
      int[] inStart = communityStarts(volCommunity, sorted.length);
      int[] wanted = new int[nE];
      candidates = new int[nE];
      arcStart = new int[nE + 1];
      needMasks = new int[nE];
      CandidateLists lists = new CandidateLists(nE, packed, inStart);
      for (int e = 0; e < nE; e++) {
        addCandidates(e, lists, map, needCommunity[e], wanted);
      }
      arcVolunteer = Arrays.copyOf(lists.vol, lists.size);
      arcCost = Arrays.copyOf(lists.cost, lists.size);
      arcSteps = Arrays.copyOf(lists.steps, lists.size);
      flow = new MatchingFlow(wanted, capacity, arcStart, arcVolunteer, arcCost);
    }

    /** Lists elder {@code e}'s candidates. */
    private void addCandidates(int e, CandidateLists lists, Communities map, int community, int[] wanted) {
      Need n = needs.get(e);
      wanted[e] = n.volunteersNeeded();
      int dm = PairRule.domainMask(n.domains());
      int sm = PairRule.slotMask(n.slots());
      needMasks[e] = dm << SLOT_BITS | sm;
      candidates[e] = lists.add(map.near(community), dm, sm);
      arcStart[e + 1] = lists.size;
    }

    private static <T> void requireDistinct(List<T> byId, Function<T, String> id, String field, String what) {
      for (int i = 1; i < byId.size(); i++) {
        String at = id.apply(byId.get(i));
        if (at.equals(id.apply(byId.get(i - 1)))) {
          throw new InvalidInputException("DUPLICATE_ID", field, what + " id " + at + " appears twice");
        }
      }
    }

    private static <T> int[] numberAll(List<T> records, Function<T, AreaCode> community, Map<AreaCode, Integer> seenAt,
        List<AreaCode> seen) {
      int[] numbers = new int[records.size()];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = number(community.apply(records.get(i)), seenAt, seen);
      }
      return numbers;
    }

    private static void numberPairs(CommunityAdjacency adjacency, Map<AreaCode, Integer> seenAt, List<AreaCode> seen) {
      for (List<AreaCode> pair : adjacency.pairs()) {
        number(pair.get(0), seenAt, seen);
        number(pair.get(1), seenAt, seen);
      }
    }

    private static <T> List<T> pick(List<T> records, int[] order) {
      List<T> picked = new ArrayList<>(order.length);
      for (int i : order) {
        picked.add(records.get(i));
      }
      return picked;
    }

    private static int[] inverse(int[] order) {
      int[] inverse = new int[order.length];
      for (int k = 0; k < order.length; k++) {
        inverse[order[k]] = k;
      }
      return inverse;
    }

    /** By record in {@code order}: its community's place in code order. */
    private static int[] communities(int[] order, int[] seenNumber, int[] rank) {
      int[] community = new int[order.length];
      for (int k = 0; k < order.length; k++) {
        community[k] = rank[seenNumber[order[k]]];
      }
      return community;
    }

    private static void volunteerMasks(List<Volunteer> vols, int[] capacity, int[] packed) {
      for (int i = 0; i < capacity.length; i++) {
        Volunteer v = vols.get(i);
        capacity[i] = v.capacity();
        packed[i] = PairRule.domainMask(v.skills()) << SLOT_BITS | PairRule.slotMask(v.slots());
      }
    }

    /** By community (and one past the last), the number of its first volunteer; {@code volCommunity} is ascending. */
    private static int[] communityStarts(int[] volCommunity, int communities) {
      int[] start = new int[communities + 1];
      for (int c : volCommunity) {
        start[c + 1]++;
      }
      for (int c = 0; c < communities; c++) {
        start[c + 1] += start[c];
      }
      return start;
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
      Answer answer = new Answer();
      for (int e : internalOf) {
        answer.add(e);
      }
      return new Matching(answer.filled, answer.totalCost, answer.assignments, answer.unfilled);
    }

    /** The answer, built one elder at a time (in elder id order). */
    private final class Answer {
      long filled;
      long totalCost;
      final List<Assignment> assignments = new ArrayList<>();
      final List<Unfilled> unfilled = new ArrayList<>();
      // many pairs share their reasons (the same domains shared and missing, slots shared, steps):
      // each is made once
      final ReasonsMemo reasons = new ReasonsMemo();
      int[] chosen = new int[8]; // the elder's arcs in use, in volunteer id order

      void add(int e) {
        Need need = needs.get(e);
        int n = chooseArcs(e);
        if (n > 0) {
          assignments.add(new Assignment(need.elderId(), assigned(e, n)));
          filled += n;
        }
        int left = need.volunteersNeeded() - n;
        if (left > 0) {
          unfilled.add(new Unfilled(need.elderId(), left,
              candidates[e] == 0 ? Unfilled.Reason.NO_CANDIDATE : Unfilled.Reason.ALL_TAKEN, candidates[e]));
        }
      }

      /** Puts elder {@code e}'s arcs in use in {@link #chosen}, in volunteer id order; answers how many. */
      private int chooseArcs(int e) {
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
        return n;
      }

      private List<AssignedVolunteer> assigned(int e, int n) {
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
        return list;
      }
    }
  }

  /** Each elder's candidates in turn, appended to one array of arcs, cheapest first. */
  private static final class CandidateLists {
    private final int[] packed; // by volunteer: skills << SLOT_BITS | slots
    private final int[] inStart; // by community: its first volunteer; its last is the next one's first, less one
    int[] vol;
    byte[] cost;
    byte[] steps;
    int size;
    private int[] foundVol = new int[64];
    private byte[] foundCost = new byte[64];
    private final int[] byCost = new int[MAX_COST + 1];

    CandidateLists(int elders, int[] packed, int[] inStart) {
      this.packed = packed;
      this.inStart = inStart;
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
        count = scan(near[k] >>> 2, near[k] & 3, dm, sm, count);
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

    /** Appends to the found the volunteers of community {@code c}, {@code st} steps away, who can serve. */
    private int scan(int c, int st, int dm, int sm, int count) {
      for (int v = inStart[c]; v < inStart[c + 1]; v++) {
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
