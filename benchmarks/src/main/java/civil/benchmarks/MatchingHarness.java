package civil.benchmarks;

import civil.eldercare.volunteer.Matching;
import civil.eldercare.volunteer.VolunteerMatcher;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Solves a matching instance file (the JSON body of {@code POST /api/v1/volunteer-matchings}) and
 * prints {@code filled=<n> cost=<n> solve_ms=<n>}, the time of the solve alone (parsing
 * excluded). With {@code --verify} it also solves the instance with {@link ReferenceMatcher} and
 * fails unless the totals agree; with {@code --generate <elders> <seed>} it first writes a
 * generated city to the file. Peak heap use is reported on standard error.
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
    File file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--verify" -> verify = true;
        case "--generate" -> {
          int elders = Integer.parseInt(args[++i]);
          long seed = Long.parseLong(args[++i]);
          file = new File(args[++i]);
          MatchingInstances.generate(elders, seed, file);
        }
        default -> file = new File(args[i]);
      }
    }
    if (file == null) {
      System.err.println("usage: MatchingHarness [--verify] [--generate <elders> <seed>] <instance.json>");
      System.exit(2);
    }
    MatchingInstances.Instance instance = MatchingInstances.read(file);
    long start = System.nanoTime();
    Matching m = VolunteerMatcher.match(instance.volunteers(), instance.needs(), instance.adjacency());
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("filled=" + m.filledPlaces() + " cost=" + m.totalCost() + " solve_ms=" + ms);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.err.println("elders=" + instance.needs().size() + " volunteers=" + instance.volunteers().size()
        + " peak_heap_mb=" + peak / (1024 * 1024));
    if (verify) {
      long[] reference = ReferenceMatcher.solve(instance.volunteers(), instance.needs(), instance.adjacency());
      boolean same = reference[0] == m.filledPlaces() && reference[1] == m.totalCost();
      System.err.println("reference filled=" + reference[0] + " cost=" + reference[1] + (same ? " (agrees)" : " (DIFFERS)"));
      if (!same) {
        System.exit(1);
      }
    }
  }
}
