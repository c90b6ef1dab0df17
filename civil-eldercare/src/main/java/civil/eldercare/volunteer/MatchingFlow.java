package civil.eldercare.volunteer;

import java.util.Arrays;

/**
 * The exact min-cost maximum flow of the matching network {@code s → elder → volunteer → t}: an
 * elder's arc from {@code s} carries the places asked, a pair's arc one unit at the pair's cost, a
 * volunteer's arc to {@code t} its capacity. Solved on the whole candidate graph at once by the
 * primal–dual method:
 *
 * <ol>
 *   <li>A Dijkstra pass over reduced costs (a bucket queue: costs are small integers) from every
 *       elder with places left finds the length {@code D} of the shortest augmenting path; it stops
 *       as soon as {@code t} is reached, and only the nodes it settled change potential.
 *   <li>One depth-first pass then pushes a blocking flow along the arcs whose reduced cost is now
 *       zero, as many augmenting paths of length {@code D} as it finds, not one.
 *   <li>Repeat until no augmenting path is left: the flow is then maximal (places first), and as
 *       every augmentation was along a shortest path it is of least cost among maximal flows.
 * </ol>
 *
 * <p>The potentials are the optimality certificate: under them every residual arc ({@code s →
 * elder} while places are left, {@code elder → s} while it holds any, unused pairs forward, used
 * ones backward, {@code volunteer → t} while capacity is left, {@code t → volunteer} while it
 * serves anyone) has a non-negative reduced cost; the tests check this from the outside. Every
 * volunteer's potential stays at most {@code t}'s, so an elder's arc, kept sorted by cost, bounds
 * its volunteer's distance from below: the search relaxes an elder's arcs only as its distance
 * reaches their bounds (an arc due later waits in the queue), and the blocking flow scans them
 * only up to the first that cannot be tight. Nothing depends on the
 * order records came in: elders, volunteers and arcs are numbered by the caller in a canonical
 * order, and ties are broken by those numbers.
 */
final class MatchingFlow {
  private static final int INF = Integer.MAX_VALUE / 4;

  private final int nE;
  private final int nV;
  private final int sink;
  private final int[] wanted; // by elder
  private final int[] capacity; // by volunteer
  private final int[] arcStart; // by elder: its arcs are [arcStart[e], arcStart[e + 1]), cost ascending
  private final int[] arcVolunteer;
  private final byte[] arcCost;

  // the flow
  private final boolean[] used; // by arc
  private final int[] filled; // by elder
  private final int[] load; // by volunteer
  private final int[] servedFrom; // by volunteer: its slots are [servedFrom[v], servedFrom[v] + load[v])
  private final int[] servedArc; // by slot: the arc in use
  private final int[] servedElder; // by slot: its elder

  // potentials: node u's real potential is q + a common offset that never matters; t's stays 0
  private final int[] qE;
  private final int[] qV;
  private int qS;

  // per phase scratch, indexed by node (elders, then volunteers, then t)
  private final int[] dist;
  private final int[] seen;
  private final int[] settledIn;
  private final int[] dead;
  private final int[] deadForPhase; // dead for the rest of the phase: no later pass can reach t through it
  private final int[] tainted; // by pass: the node passed over an arc it may be wrong to pass over later
  private final int[] onPath;
  private final int[] current;
  private final int[] nextArc; // by elder, in this phase: its first arc not yet relaxed
  private final int[] currentIn;
  private final int[] settled;
  private int settledCount;
  private int phase;
  private int pass;
  private final BucketQueue queue = new BucketQueue();
  // elders with places left, compacted as they fill
  private int[] open;
  private int openCount;

  MatchingFlow(int[] wanted, int[] capacity, int[] arcStart, int[] arcVolunteer, byte[] arcCost) {
    this.nE = wanted.length;
    this.nV = capacity.length;
    this.sink = nE + nV;
    this.wanted = wanted;
    this.capacity = capacity;
    this.arcStart = arcStart;
    this.arcVolunteer = arcVolunteer;
    this.arcCost = arcCost;
    used = new boolean[arcVolunteer.length];
    filled = new int[nE];
    load = new int[nV];
    servedFrom = new int[nV + 1];
    for (int v = 0; v < nV; v++) {
      servedFrom[v + 1] = servedFrom[v] + capacity[v];
    }
    servedArc = new int[servedFrom[nV]];
    servedElder = new int[servedFrom[nV]];
    qE = new int[nE];
    qV = new int[nV];
    int n = nE + nV + 1;
    dist = new int[n];
    seen = new int[n];
    settledIn = new int[n];
    dead = new int[n];
    deadForPhase = new int[n];
    tainted = new int[n];
    onPath = new int[n];
    current = new int[n];
    currentIn = new int[n];
    settled = new int[n]; // a phase settles each node at most once
    nextArc = new int[nE];
    pathNode = new int[n + 1]; // a path enters each node at most once
    pathVia = new int[n + 1];
    open = new int[nE];
    for (int e = 0; e < nE; e++) {
      if (wanted[e] > 0 && arcStart[e + 1] > arcStart[e]) {
        open[openCount++] = e;
      }
    }
  }

  /** Solves to a maximum flow of least cost. */
  void solve() {
    while (shortestPaths()) {
      // a pass can miss paths that earlier augmentations opened; passes are cheaper than a
      // Dijkstra at the same level, so repeat while one finds any
      boolean found;
      do {
        pass++;
        found = blockingFlow();
      } while (found);
    }
  }

  /** The potential of elder {@code e}: with {@link #volunteerPotential} and {@link #sourcePotential}, the certificate. */
  int elderPotential(int e) {
    // an elder without candidates is never searched: it takes the potential of s
    return arcStart[e] == arcStart[e + 1] ? qS : qE[e];
  }

  int volunteerPotential(int v) {
    return qV[v];
  }

  /** The potential of {@code s}; that of {@code t} is 0. */
  int sourcePotential() {
    return qS;
  }

  /** Whether the pair's arc carries flow. */
  boolean used(int arc) {
    return used[arc];
  }

  // ---------------------------------------------------------------------------------------------
  // Dijkstra over reduced costs

  private void relax(int u, int d) {
    if (seen[u] != phase || d < dist[u]) {
      seen[u] = phase;
      dist[u] = d;
      queue.push(d, u);
    }
  }

  /**
   * Relaxes the arcs of settled elder {@code u} that are due at key {@code d}: those whose cost
   * bounds their volunteer's distance from below by at most {@code d} (every volunteer's
   * potential is at most t's, so {@code base + cost} is such a bound). The next arc is queued as
   * an event of its own at its bound, and relaxed only if the search gets that far: most of an
   * elder's arcs lie beyond the distance at which the phase ends, and are never looked at.
   */
  private void relaxArcs(int u, int d, int distT) {
    int base = dist[u] + qE[u];
    int a = nextArc[u];
    int end = arcStart[u + 1];
    for (; a < end && base + arcCost[a] <= d; a++) {
      if (!used[a]) {
        int v = arcVolunteer[a];
        int nd = base + arcCost[a] - qV[v];
        if (nd <= distT && settledIn[nE + v] != phase) {
          relax(nE + v, nd);
        }
      }
    }
    nextArc[u] = a;
    if (a < end && base + arcCost[a] <= distT) {
      queue.push(base + arcCost[a], sink + 1 + u);
    }
  }

  /**
   * Shortest reduced distances from {@code s}, until every node as near as {@code t} is settled;
   * then the settled nodes' potentials move so that every arc on a shortest path becomes tight. Returns false when no
   * augmenting path is left.
   */
  private boolean shortestPaths() {
    phase++;
    queue.clear();
    settledCount = 0;
    seedOpenElders();
    // the loops here are short and their bodies methods of their own: a long loop in one method
    // has the JIT compile the whole method again at every loop, which costs a cold solve more
    // than the loop itself
    int distT = INF;
    while (!queue.isEmpty()) {
      int d = queue.topKey();
      if (d > distT) {
        break; // every node at distance up to t's is settled: all shortest paths are tight
      }
      distT = settle(queue.pop(), d, distT);
    }
    if (distT == INF) {
      return false;
    }
    movePotentials(distT);
    return true;
  }

  /** Relaxes the arc from s of every elder still short of volunteers (and forgets the others). */
  private void seedOpenElders() {
    int kept = 0;
    for (int i = 0; i < openCount; i++) {
      int e = open[i];
      if (filled[e] < wanted[e]) {
        open[kept++] = e;
        relax(e, qS - qE[e]);
      }
    }
    openCount = kept;
  }

  /**
   * Settles queue entry {@code u} popped at key {@code d} (a node, or an elder's arcs come due);
   * answers t's distance as now known.
   */
  private int settle(int u, int d, int distT) {
    if (u > sink) {
      relaxArcs(u - sink - 1, d, distT); // an elder's arcs that have come due
      return distT;
    }
    if (u == sink || settledIn[u] == phase || d > dist[u]) {
      return distT;
    }
    settledIn[u] = phase;
    settled[settledCount++] = u;
    if (u < nE) {
      nextArc[u] = arcStart[u];
      relaxArcs(u, d, distT);
      return distT;
    }
    int v = u - nE;
    int base = d + qV[v];
    if (load[v] < capacity[v] && base < distT) {
      distT = base;
      queue.push(base, sink);
    }
    for (int k = servedFrom[v], end = k + load[v]; k < end; k++) {
      int e = servedElder[k];
      int nd = base - arcCost[servedArc[k]] - qE[e];
      if (nd <= distT && settledIn[e] != phase) {
        relax(e, nd);
      }
    }
    return distT;
  }

  /** Moves the potentials of the settled nodes so that every arc on a shortest path is tight. */
  private void movePotentials(int distT) {
    for (int i = 0; i < settledCount; i++) {
      int u = settled[i];
      int shift = dist[u] - distT;
      if (u < nE) {
        qE[u] += shift;
      } else {
        qV[u - nE] += shift;
      }
    }
    qS -= distT;
  }

  // ---------------------------------------------------------------------------------------------
  // Blocking flow on the tight arcs

  private final int[] pathNode;
  private final int[] pathVia;

  private int cursor(int u, int start) {
    if (currentIn[u] != pass) {
      currentIn[u] = pass;
      current[u] = start;
    }
    return current[u];
  }

  /**
   * Pushes flow along augmenting paths of tight arcs through the nodes this phase settled, from
   * each elder (in the order settled) whose arc from {@code s} is tight, until none is left: each
   * arc is tried once per pass (current-arc pointers), a node that leads nowhere is dropped for
   * the pass, and a node already on the path is not entered again. A node that led nowhere
   * without passing over anything that might lead somewhere later (a node on the path, a node
   * dropped for the pass only, or an arc that changed behind its pointer) is dropped for the
   * rest of the phase: later passes would only walk the same dead ends again. Returns whether it
   * found any.
   */
  private boolean blockingFlow() {
    boolean found = false;
    for (int i = 0; i < settledCount; i++) {
      int e = settled[i];
      if (e < nE) {
        while (filled[e] < wanted[e] && qE[e] == qS && dead[e] != pass && deadForPhase[e] != phase && augmentFrom(e)) {
          filled[e]++;
          found = true;
        }
      }
    }
    return found;
  }

  private boolean augmentFrom(int root) {
    int depth = 0;
    push(depth++, root, -1);
    onPath[root] = pass;
    while (depth > 0) {
      int u = pathNode[depth - 1];
      int next = -1;
      int via = -1;
      if (u < nE) {
        int end = arcStart[u + 1];
        int a = cursor(u, arcStart[u]);
        int qe = qE[u];
        for (; a < end; a++) {
          if (arcCost[a] + qe > 0) {
            a = end; // no later arc can be tight: every volunteer's potential is at most 0
            break;
          }
          int w = nE + arcVolunteer[a];
          if (!used[a] && arcCost[a] + qe == qV[w - nE] && settledIn[w] == phase && deadForPhase[w] != phase) {
            if (dead[w] != pass && onPath[w] != pass) {
              break;
            }
            tainted[u] = pass; // passed over for now, not for good
          }
        }
        current[u] = a;
        if (a < end) {
          next = nE + arcVolunteer[a];
          via = a;
        }
      } else {
        int v = u - nE;
        if (load[v] < capacity[v] && qV[v] == 0) {
          apply(depth);
          for (int i = 0; i < depth; i++) {
            onPath[pathNode[i]] = 0;
            tainted[pathNode[i]] = pass; // its arcs changed behind its cursor
          }
          return true;
        }
        int from = servedFrom[v];
        int k = cursor(u, from);
        int qv = qV[v];
        for (int end = from + load[v]; k < end; k++) {
          int e = servedElder[k];
          if (qv - arcCost[servedArc[k]] == qE[e] && settledIn[e] == phase && deadForPhase[e] != phase) {
            if (dead[e] != pass && onPath[e] != pass) {
              break;
            }
            tainted[u] = pass;
          }
        }
        current[u] = k;
        if (k < from + load[v]) {
          next = servedElder[k];
          via = k;
        }
      }
      if (next < 0) {
        dead[u] = pass;
        if (tainted[u] != pass) {
          deadForPhase[u] = phase; // everything it passed over is dead for good: so is it
        }
        onPath[u] = 0;
        depth--;
        if (depth > 0) {
          int parent = pathNode[depth - 1];
          current[parent]++;
          if (tainted[u] == pass) {
            tainted[parent] = pass;
          }
        }
      } else {
        push(depth++, next, via);
        onPath[next] = pass;
      }
    }
    return false;
  }

  private void push(int depth, int node, int via) {
    pathNode[depth] = node;
    pathVia[depth] = via;
  }

  /**
   * Augments one unit along the path {@code e0 → v0 → e1 → v1 … → vk → t}: each pair arc on it
   * comes into use, each volunteer-to-elder step gives a pair up, and the volunteer keeps its load
   * except the last, which gains one.
   */
  private void apply(int depth) {
    // pathNode: e0, v0, e1, v1, …, vk; pathVia of a volunteer is the arc into it, of a later elder the slot it left
    for (int i = 1; i < depth; i += 2) {
      int v = pathNode[i] - nE;
      int a = pathVia[i];
      int e = pathNode[i - 1];
      used[a] = true;
      int slot = i + 1 < depth ? pathVia[i + 1] : servedFrom[v] + load[v]++;
      if (i + 1 < depth) {
        used[servedArc[slot]] = false;
      }
      servedArc[slot] = a;
      servedElder[slot] = e;
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Dijkstra's queue for reduced distances: keys never fall below the last key taken and most are
   * small, so keys below {@link #BUCKETS} go to buckets taken in order and larger ones to a binary
   * heap. Ties are taken in the order pushed.
   */
  private static final class BucketQueue {
    private static final int BUCKETS = 2048;
    private final int[][] buckets = new int[BUCKETS][];
    private final int[] sizes = new int[BUCKETS];
    private final int[] taken = new int[BUCKETS];
    private int cursor;
    private int highest = -1;
    private int inBuckets;
    private int[] heapKeys = new int[16];
    private int[] heapNodes = new int[16];
    private long[] heapOrder = new long[16];
    private int heapSize;
    private long pushes;

    void clear() {
      for (int b = 0; b <= highest; b++) {
        sizes[b] = 0;
        taken[b] = 0;
      }
      cursor = 0;
      highest = -1;
      inBuckets = 0;
      heapSize = 0;
    }

    boolean isEmpty() {
      return inBuckets == 0 && heapSize == 0;
    }

    void push(int key, int node) {
      if (key < BUCKETS) {
        int b = key;
        if (buckets[b] == null) {
          buckets[b] = new int[16];
        } else if (sizes[b] == buckets[b].length) {
          buckets[b] = Arrays.copyOf(buckets[b], sizes[b] * 2);
        }
        buckets[b][sizes[b]++] = node;
        inBuckets++;
        highest = Math.max(highest, b);
      } else {
        heapPush(key, node, pushes++);
      }
    }

    private void advance() {
      while (taken[cursor] == sizes[cursor]) {
        cursor++;
      }
    }

    int topKey() {
      if (inBuckets > 0) {
        advance();
        return cursor;
      }
      return heapKeys[0];
    }

    int pop() {
      if (inBuckets > 0) {
        advance();
        inBuckets--;
        return buckets[cursor][taken[cursor]++];
      }
      return heapPop();
    }

    private boolean before(int k1, long o1, int k2, long o2) {
      return k1 < k2 || k1 == k2 && o1 < o2;
    }

    private void heapPush(int key, int node, long order) {
      if (heapSize == heapKeys.length) {
        heapKeys = Arrays.copyOf(heapKeys, heapSize * 2);
        heapNodes = Arrays.copyOf(heapNodes, heapSize * 2);
        heapOrder = Arrays.copyOf(heapOrder, heapSize * 2);
      }
      int i = heapSize++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (!before(key, order, heapKeys[p], heapOrder[p])) {
          break;
        }
        heapKeys[i] = heapKeys[p];
        heapNodes[i] = heapNodes[p];
        heapOrder[i] = heapOrder[p];
        i = p;
      }
      heapKeys[i] = key;
      heapNodes[i] = node;
      heapOrder[i] = order;
    }

    private int heapPop() {
      int top = heapNodes[0];
      heapSize--;
      if (heapSize > 0) {
        int key = heapKeys[heapSize];
        int node = heapNodes[heapSize];
        long order = heapOrder[heapSize];
        int i = 0;
        while (true) {
          int c = 2 * i + 1;
          if (c >= heapSize) {
            break;
          }
          if (c + 1 < heapSize && before(heapKeys[c + 1], heapOrder[c + 1], heapKeys[c], heapOrder[c])) {
            c++;
          }
          if (!before(heapKeys[c], heapOrder[c], key, order)) {
            break;
          }
          heapKeys[i] = heapKeys[c];
          heapNodes[i] = heapNodes[c];
          heapOrder[i] = heapOrder[c];
          i = c;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
        heapOrder[i] = order;
      }
      return top;
    }
  }
}
