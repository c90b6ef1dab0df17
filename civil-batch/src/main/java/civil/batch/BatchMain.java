package civil.batch;

import civil.core.error.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@code civil-batch.jar}:
 *
 * <pre>
 * settle   --bills BILLS.csv --out DIR [--policy POLICY.json] [--engine local|spark] [--master URL]
 * compare  --baseline DIR --draft DIR --out DIR2
 * resettle --bills BILLS.csv --policy POLICY.json --out DIR [--engine local|spark]
 * </pre>
 *
 * {@code resettle} is a back-dated policy in one step: {@code DIR/baseline} settled under the
 * shipped policies, {@code DIR/draft} with the new version from its first day, and
 * {@code DIR/comparison} between them. Exit status 0 on success, 1 on a malformed input (the
 * message names the line and field), 2 on a wrong command line.
 */
public final class BatchMain {
  private BatchMain() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (MalformedInputException | InvalidInputException e) {
      System.err.println("civil-batch: " + e.getMessage());
      System.exit(1);
    } catch (IllegalArgumentException e) {
      System.err.println("civil-batch: " + e.getMessage());
      System.exit(2);
    } catch (IOException e) {
      System.err.println("civil-batch: " + e);
      System.exit(1);
    }
  }

  /** Runs one command; throws instead of exiting (tests call this). */
  public static void run(String... args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: settle|compare|resettle [options]; see the README");
    }
    Map<String, String> o = options(args);
    switch (args[0]) {
      case "settle" -> {
        allow(o, "bills", "out", "policy", "engine", "master");
        Summary s = settle(path(o, "bills"), path(o, "out"), policies(o), o.getOrDefault("engine", "local"), o.get("master"));
        System.out.println("settled " + s.bills() + " bills into " + o.get("out"));
      }
      case "compare" -> {
        allow(o, "baseline", "draft", "out");
        compare(path(o, "baseline"), path(o, "draft"), path(o, "out"));
        System.out.println("compared into " + o.get("out"));
      }
      case "resettle" -> {
        allow(o, "bills", "out", "policy", "engine", "master");
        Path out = path(o, "out");
        Path bills = path(o, "bills");
        if (!o.containsKey("policy")) {
          throw new IllegalArgumentException("resettle needs --policy, the back-dated version");
        }
        String engine = o.getOrDefault("engine", "local");
        try (OutputFolder folder = new OutputFolder(out)) {
          settle(bills, folder.temporary().resolve("baseline"), Policies.shipped(), engine, o.get("master"));
          settle(bills, folder.temporary().resolve("draft"), policies(o), engine, o.get("master"));
          compare(folder.temporary().resolve("baseline"), folder.temporary().resolve("draft"),
              folder.temporary().resolve("comparison"));
          folder.commit();
        }
        System.out.println("re-settled into " + out);
      }
      default -> throw new IllegalArgumentException("unknown command " + args[0] + ": settle, compare or resettle");
    }
  }

  static Summary settle(Path bills, Path out, Policies policies, String engine, String master) throws IOException {
    return switch (engine) {
      case "local" -> LocalEngine.settle(bills, out, policies);
      case "spark" -> SparkEngine.settle(SparkEngine.session(master == null ? "local[*]" : master), bills, out, policies);
      default -> throw new IllegalArgumentException("--engine is local or spark, was " + engine);
    };
  }

  /** Compares two settlement folders into {@code out}: {@code comparison.json}, {@code deltas.csv}, {@code owed.csv}. */
  public static ComparisonReport compare(Path baseline, Path draft, Path out) throws IOException {
    try (OutputFolder folder = new OutputFolder(out);
        BufferedReader b = Files.newBufferedReader(baseline.resolve("settlements.csv"), StandardCharsets.UTF_8);
        BufferedReader d = Files.newBufferedReader(draft.resolve("settlements.csv"), StandardCharsets.UTF_8);
        Writer deltas = Files.newBufferedWriter(folder.file("deltas.csv"), StandardCharsets.UTF_8);
        Writer owed = Files.newBufferedWriter(folder.file("owed.csv"), StandardCharsets.UTF_8)) {
      header(b, baseline);
      header(d, draft);
      deltas.write(Comparison.DELTAS_HEADER + "\n");
      owed.write(Comparison.OWED_HEADER + "\n");
      Comparison c = new Comparison(line -> write(deltas, line), line -> write(owed, line));
      long number = 1;
      while (true) {
        String lb = b.readLine();
        String ld = d.readLine();
        number++;
        if (lb == null || ld == null) {
          if (lb != null || ld != null) {
            throw new IllegalArgumentException("the two folders hold different numbers of bills");
          }
          break;
        }
        c.add(SettledBill.parse(lb, number), SettledBill.parse(ld, number), number);
      }
      ComparisonReport result = c.report();
      deltas.flush();
      owed.flush();
      Files.writeString(folder.file("comparison.json"), Summary.JSON.writeValueAsString(result) + "\n", StandardCharsets.UTF_8);
      folder.commit();
      return result;
    }
  }

  private static void header(BufferedReader r, Path folder) throws IOException {
    String h = r.readLine();
    if (!SettledBill.HEADER.equals(h)) {
      throw new MalformedInputException(1, "header", folder + "/settlements.csv must start with " + SettledBill.HEADER);
    }
  }

  private static void write(Writer w, String line) {
    try {
      w.write(line);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Policies policies(Map<String, String> o) throws IOException {
    return o.containsKey("policy") ? Policies.with(Files.readString(Path.of(o.get("policy")), StandardCharsets.UTF_8))
        : Policies.shipped();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("expected --option value, found " + args[i]);
      }
      o.put(args[i].substring(2), args[++i]);
    }
    return o;
  }

  private static void allow(Map<String, String> o, String... names) {
    Set<String> allowed = Set.of(names);
    for (String k : o.keySet()) {
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException("unknown option --" + k);
      }
    }
  }

  private static Path path(Map<String, String> o, String name) {
    String v = o.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return Path.of(v);
  }
}
