package civil.benchmarks;

import civil.eldercare.testkit.Cities;
import civil.eldercare.volunteer.Matching;
import civil.eldercare.volunteer.VolunteerMatcher;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Solves a matching instance file (the JSON body of {@code POST /api/v1/volunteer-matchings}) and
 * prints {@code filled=<n> cost=<n> solve_ms=<n>}, the time of the solve alone (parsing
 * excluded, and so is the JIT compiling that parsing left queued: the harness first waits until the
 * compiler threads are idle), then the peer's line for the same instance, {@code ortools filled=<n> cost=<n>
 * solve_ms=<n>} (OR-Tools' min-cost flow, see {@link OrToolsPeer}); it exits with 1 if the
 * totals differ. Peak heap of our solve is reported on standard error, before the peer runs.
 *
 * <p>Options: {@code --generate <elders> <seed>} first writes a generated city to the file,
 * {@code --layout connected|islands} chooses its map (connected by default, see {@link Cities}),
 * {@code --no-peer} skips the peer, {@code --verify} also runs the slow textbook
 * {@link ReferenceMatcher} (small instances only).
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar civil.benchmarks.MatchingHarness \
 *     --generate 100000 20260701 target/city-100k.json
 * </pre>
 */
public final class MatchingHarness {
  private MatchingHarness() {}

  public static void main(String[] args) throws Exception {
    boolean verify = false;
    boolean peer = true;
    Cities.Layout layout = Cities.Layout.CONNECTED;
    int elders = -1;
    long seed = 0;
    File file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--verify" -> verify = true;
        case "--no-peer" -> peer = false;
        case "--layout" -> layout = Cities.Layout.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--generate" -> {
          elders = Integer.parseInt(args[++i]);
          seed = Long.parseLong(args[++i]);
        }
        default -> file = new File(args[i]);
      }
    }
    if (file == null) {
      System.err.println("usage: MatchingHarness [--generate <elders> <seed>] [--layout connected|islands]"
          + " [--no-peer] [--verify] <instance.json>");
      System.exit(2);
    }
    if (elders >= 0) {
      MatchingInstances.write(Cities.generate(layout, elders, seed), file);
    }
    MatchingInstances.Instance instance = MatchingInstances.read(file);
    // reading the file leaves the JIT compiler with a queue of parsing code to compile; on a
    // machine held to one core that work would otherwise be timed as part of the solve
    long waited = CompilerThreads.awaitIdle(100, 5_000);
    System.gc();
    long jitBefore = CompilerThreads.cpuMillis();
    long start = System.nanoTime();
    Matching m = VolunteerMatcher.match(instance.volunteers(), instance.needs(), instance.adjacency());
    long ms = (System.nanoTime() - start) / 1_000_000;
    long jit = CompilerThreads.cpuMillis() - jitBefore;
    System.out.println("filled=" + m.filledPlaces() + " cost=" + m.totalCost() + " solve_ms=" + ms);
    if (jitBefore >= 0) {
      System.err.println("jit_wait_ms=" + waited + " jit_during_solve_ms=" + jit
          + " (processor time of the JIT compiler threads, in 10 ms ticks)");
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.err.println("elders=" + instance.needs().size() + " volunteers=" + instance.volunteers().size()
        + " peak_heap_mb=" + peak / (1024 * 1024));
    boolean same = true;
    if (peer) {
      OrToolsPeer.Result p = OrToolsPeer.solve(instance.volunteers(), instance.needs(), instance.adjacency());
      System.out.println("ortools filled=" + p.filled() + " cost=" + p.cost() + " solve_ms=" + p.solveMillis());
      System.err.println("pairs=" + p.arcs() + " ours/peer=" + String.format(Locale.ROOT, "%.2f",
          (double) ms / Math.max(1, p.solveMillis())));
      same = p.filled() == m.filledPlaces() && p.cost() == m.totalCost();
    }
    if (verify) {
      long[] reference = ReferenceMatcher.solve(instance.volunteers(), instance.needs(), instance.adjacency());
      System.err.println("reference filled=" + reference[0] + " cost=" + reference[1]);
      same &= reference[0] == m.filledPlaces() && reference[1] == m.totalCost();
    }
    if (!same) {
      System.err.println("TOTALS DIFFER");
      System.exit(1);
    }
  }
}
