package civil.eldercare.volunteer;

import java.util.Arrays;

/**
 * A min-cost maximum flow, solved by the primal-dual method: a Dijkstra pass over reduced costs
 * gives shortest distances and new potentials, then one depth-first pass pushes shortest
 * augmenting paths along arcs of zero reduced cost. The number of Dijkstra passes
 * is the number of distinct augmenting-path costs, which small integer costs keep small.
 *
 * <p>Arcs are collected first and then laid out by tail node in flat arrays (compressed sparse
 * rows), so that every pass over a node's arcs reads memory in order. Costs of the forward arcs
 * may be negative as long as the initial potentials make every reduced cost non-negative.
 */
final class MinCostFlow {
  private static final long INF = Long.MAX_VALUE / 4;

  private final int n;
  private final long[] potential;
  // arcs as added: tail, head, capacity, cost
  private int[] addedFrom = new int[64];
  private int[] addedTo = new int[64];
  private int[] addedCap = new int[64];
  private long[] addedCost = new long[64];
  private int added;
  // laid out by tail: the arcs of node u are [first[u], first[u + 1])
  private int[] first;
  private int[] to;
  private int[] cap;
  private long[] cost;
  private int[] reverse;
  private int[] position; // where added arc i lies

  MinCostFlow(int nodes) {
    n = nodes;
    potential = new long[nodes];
  }

  /** Sets a node's starting potential; every arc's reduced cost must start non-negative. */
  void setPotential(int node, long value) {
    potential[node] = value;
  }

  /** Adds an arc {@code u → v} (its reverse comes with it); returns the arc's number. */
  int addArc(int u, int v, int capacity, long arcCost) {
    if (added == addedFrom.length) {
      int size = added * 2;
      addedFrom = Arrays.copyOf(addedFrom, size);
      addedTo = Arrays.copyOf(addedTo, size);
      addedCap = Arrays.copyOf(addedCap, size);
      addedCost = Arrays.copyOf(addedCost, size);
    }
    addedFrom[added] = u;
    addedTo[added] = v;
    addedCap[added] = capacity;
    addedCost[added] = arcCost;
    return added++;
  }

  private void layOut() {
    first = new int[n + 1];
    for (int i = 0; i < added; i++) {
      first[addedFrom[i] + 1]++;
      first[addedTo[i] + 1]++;
    }
    for (int u = 0; u < n; u++) {
      first[u + 1] += first[u];
    }
    int m = 2 * added;
    to = new int[m];
    cap = new int[m];
    cost = new long[m];
    reverse = new int[m];
    position = new int[added];
    int[] fill = Arrays.copyOf(first, n);
    for (int i = 0; i < added; i++) {
      int a = fill[addedFrom[i]]++;
      int b = fill[addedTo[i]]++;
      to[a] = addedTo[i];
      cap[a] = addedCap[i];
      cost[a] = addedCost[i];
      reverse[a] = b;
      to[b] = addedFrom[i];
      cap[b] = 0;
      cost[b] = -addedCost[i];
      reverse[b] = a;
      position[i] = a;
    }
  }

  /** Units of flow on an arc, after {@link #solve}. */
  int flow(int arc) {
    return cap[reverse[position[arc]]];
  }

  long potential(int node) {
    return potential[node];
  }

  /** Pushes the maximum flow from {@code s} to {@code t} at minimum cost; returns the flow. */
  long solve(int s, int t) {
    layOut();
    long total = 0;
    long[] dist = new long[n];
    boolean[] settled = new boolean[n];
    boolean[] dead = new boolean[n];
    boolean[] onPath = new boolean[n];
    int[] current = new int[n];
    int[] pathArcs = new int[n + 1];
    MonotoneQueue queue = new MonotoneQueue(Math.max(16, n));
    while (true) {
      // Shortest reduced distances from s, stopping once t is settled.
      Arrays.fill(dist, INF);
      Arrays.fill(settled, false);
      dist[s] = 0;
      queue.clear();
      queue.push(0, s);
      while (!queue.isEmpty()) {
        long d = queue.topKey();
        int u = queue.pop();
        if (settled[u] || d > dist[u]) {
          continue;
        }
        settled[u] = true;
        if (u == t) {
          break;
        }
        long pu = potential[u];
        for (int a = first[u], end = first[u + 1]; a < end; a++) {
          if (cap[a] > 0) {
            int v = to[a];
            long nd = d + cost[a] + pu - potential[v];
            if (nd < dist[v]) {
              dist[v] = nd;
              queue.push(nd, v);
            }
          }
        }
      }
      if (!settled[t]) {
        return total;
      }
      long dt = dist[t];
      for (int v = 0; v < n; v++) {
        potential[v] += settled[v] ? dist[v] : dt;
      }
      // Augment along arcs of zero reduced cost until no such path is left.
      Arrays.fill(dead, false);
      System.arraycopy(first, 0, current, 0, n);
      total += augmentShortest(s, t, dead, onPath, current, pathArcs);
    }
  }

  /**
   * Augments along paths of arcs with zero reduced cost, found by depth-first search: each arc is
   * tried once per pass (current-arc pointers), a node that leads nowhere is dropped for the rest
   * of the pass, and a node already on the path is not entered again, so zero-cost cycles cannot
   * trap the search. Augmenting only along zero-reduced-cost paths keeps the flow optimal for its
   * value; a path the pass misses is found after the next Dijkstra pass.
   */
  private long augmentShortest(int s, int t, boolean[] dead, boolean[] onPath, int[] current, int[] pathArcs) {
    long pushed = 0;
    int depth = 0;
    int u = s;
    onPath[s] = true;
    while (true) {
      if (u == t) {
        int bottleneck = Integer.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          bottleneck = Math.min(bottleneck, cap[pathArcs[i]]);
        }
        for (int i = 0; i < depth; i++) {
          cap[pathArcs[i]] -= bottleneck;
          cap[reverse[pathArcs[i]]] += bottleneck;
          onPath[to[pathArcs[i]]] = false;
        }
        pushed += bottleneck;
        depth = 0;
        u = s;
        continue;
      }
      int a = current[u];
      int end = first[u + 1];
      long pu = potential[u];
      while (a < end && !(cap[a] > 0 && !dead[to[a]] && !onPath[to[a]] && cost[a] + pu == potential[to[a]])) {
        a++;
      }
      current[u] = a;
      if (a == end) {
        dead[u] = true;
        onPath[u] = false;
        if (u == s) {
          return pushed;
        }
        depth--;
        u = to[reverse[pathArcs[depth]]];
        current[u]++;
      } else {
        pathArcs[depth++] = a;
        u = to[a];
        onPath[u] = true;
      }
    }
  }

  /**
   * Potentials under which every residual arc, and the extra arcs {@code t → s} (cost 0, always)
   * and {@code s → t} (cost 0, while flow runs), has a non-negative reduced cost: a certificate
   * that the flow is a minimum-cost circulation. They are the shortest distances from {@code s}
   * and {@code t} (both 0), computed by Bellman-Ford with a queue: the largest potentials the
   * arcs allow, which price new arcs most leniently. A node neither reaches is left at
   * {@link Long#MAX_VALUE}.
   *
   * @throws IllegalStateException if there is a negative cycle (the flow is not optimal)
   */
  long[] certificate(int s, int t, long flowValue) {
    long[] d = new long[n];
    Arrays.fill(d, Long.MAX_VALUE);
    boolean[] inQueue = new boolean[n];
    int size = n + 1;
    int[] queue = new int[size];
    int qh = 0;
    int qt = 0;
    d[s] = 0;
    d[t] = 0;
    queue[qt++] = s;
    queue[qt++] = t;
    inQueue[s] = true;
    inQueue[t] = true;
    long budget = (long) n * n + 16; // Bellman-Ford pops each node at most n times without a negative cycle
    while (qh != qt) {
      int u = queue[qh];
      qh = (qh + 1) % size;
      inQueue[u] = false;
      for (int a = first[u], end = first[u + 1]; a < end; a++) {
        int v = to[a];
        if (cap[a] > 0 && d[u] + cost[a] < d[v]) {
          d[v] = d[u] + cost[a];
          if (!inQueue[v]) {
            inQueue[v] = true;
            queue[qt] = v;
            qt = (qt + 1) % size;
          }
        }
      }
      int extra = u == t ? s : (u == s && flowValue > 0 ? t : -1);
      if (extra >= 0 && d[u] < d[extra]) {
        d[extra] = d[u];
        if (!inQueue[extra]) {
          inQueue[extra] = true;
          queue[qt] = extra;
          qt = (qt + 1) % size;
        }
      }
      if (--budget < 0) {
        throw new IllegalStateException("negative cycle: the flow is not of minimum cost");
      }
    }
    return d;
  }

  /**
   * Dijkstra's queue: keys never fall below the last key taken, and most are small (reduced path
   * costs of a few dozen), so keys below {@link #BUCKETS} go to buckets taken in order, in O(1),
   * and larger ones to a binary heap. Ties are taken in the order pushed within a bucket.
   */
  private static final class MonotoneQueue {
    private static final int BUCKETS = 1024;
    private final int[][] buckets = new int[BUCKETS][];
    private final int[] sizes = new int[BUCKETS];
    private final int[] taken = new int[BUCKETS];
    private final Heap overflow;
    private int cursor;
    private int inBuckets;

    MonotoneQueue(int capacity) {
      overflow = new Heap(capacity);
    }

    void clear() {
      for (int b = 0; b < BUCKETS; b++) {
        sizes[b] = 0;
        taken[b] = 0;
      }
      cursor = 0;
      inBuckets = 0;
      overflow.clear();
    }

    boolean isEmpty() {
      return inBuckets == 0 && overflow.isEmpty();
    }

    void push(long key, int node) {
      if (key < BUCKETS) {
        int b = (int) key;
        if (buckets[b] == null) {
          buckets[b] = new int[16];
        } else if (sizes[b] == buckets[b].length) {
          buckets[b] = Arrays.copyOf(buckets[b], sizes[b] * 2);
        }
        buckets[b][sizes[b]++] = node;
        inBuckets++;
        if (b < cursor) {
          cursor = b; // cannot happen for monotone keys; kept for safety
        }
      } else {
        overflow.push(key, node);
      }
    }

    private void advance() {
      while (cursor < BUCKETS && taken[cursor] == sizes[cursor]) {
        cursor++;
      }
    }

    long topKey() {
      if (inBuckets > 0) {
        advance();
        return cursor;
      }
      return overflow.topKey();
    }

    int pop() {
      if (inBuckets > 0) {
        advance();
        inBuckets--;
        return buckets[cursor][taken[cursor]++];
      }
      return overflow.pop();
    }
  }

  /** A binary min-heap of (key, node) pairs with duplicates allowed (lazy deletion). */
  private static final class Heap {
    private long[] keys;
    private int[] nodes;
    private int size;

    Heap(int capacity) {
      keys = new long[capacity];
      nodes = new int[capacity];
    }

    void clear() {
      size = 0;
    }

    boolean isEmpty() {
      return size == 0;
    }

    long topKey() {
      return keys[0];
    }

    void push(long key, int node) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        nodes = Arrays.copyOf(nodes, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (keys[p] < key || (keys[p] == key && nodes[p] <= node)) {
          break;
        }
        keys[i] = keys[p];
        nodes[i] = nodes[p];
        i = p;
      }
      keys[i] = key;
      nodes[i] = node;
    }

    int pop() {
      int top = nodes[0];
      size--;
      if (size > 0) {
        long key = keys[size];
        int node = nodes[size];
        int i = 0;
        while (true) {
          int c = 2 * i + 1;
          if (c >= size) {
            break;
          }
          if (c + 1 < size && (keys[c + 1] < keys[c] || (keys[c + 1] == keys[c] && nodes[c + 1] < nodes[c]))) {
            c++;
          }
          if (key < keys[c] || (key == keys[c] && node <= nodes[c])) {
            break;
          }
          keys[i] = keys[c];
          nodes[i] = nodes[c];
          i = c;
        }
        keys[i] = key;
        nodes[i] = node;
      }
      return top;
    }
  }
}
