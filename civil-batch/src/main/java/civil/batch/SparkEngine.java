package civil.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The engine on Apache Spark (the Dataset API): the bills are grouped by resident, each group is
 * settled by the same {@link ResidentSettler} as the embedded engine, and the groups come back
 * sorted by resident to the driver, which writes the files exactly as the embedded engine does.
 *
 * <p>Before Spark starts, the driver reads and checks every line ({@link LocalEngine#check}), so
 * that a malformed line is reported by its number and nothing is written. The bills file must be
 * readable by the driver and by the executors (a local path for {@code local[*]}, a shared or
 * distributed file system on a cluster).
 */
public final class SparkEngine {
  private SparkEngine() {}

  /**
   * The session for {@code master}: {@code local[*]} by default; under {@code spark-submit} the
   * cluster's (the master given there wins).
   */
  public static SparkSession session(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("civil-batch").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() * 2)));
    if (master != null) {
      b.master(master);
      if (master.startsWith("local")) {
        // in process: the driver listens on the loopback interface only
        b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
      }
    }
    return b.getOrCreate();
  }

  /** Settles {@code bills} into {@code out} on {@code spark}. */
  public static Summary settle(SparkSession spark, Path bills, Path out, Policies policies) throws IOException {
    long start = System.nanoTime();
    LocalEngine.check(bills, policies);
    try (OutputFolder folder = new OutputFolder(out)) {
      Dataset<String> lines = spark.read().textFile(bills.toAbsolutePath().toString());
      Dataset<String> data = lines.filter((FilterFunction<String>) l -> !l.equals(BatchBill.HEADER));
      // one string per resident: its id (18 characters, so that sorting the strings sorts residents), then its lines
      Dataset<String> residents = data
          .groupByKey((MapFunction<String, String>) SparkEngine::residentOf, Encoders.STRING())
          .flatMapGroups((FlatMapGroupsFunction<String, String, String>) (resident, group) -> {
            List<BatchBill> bills1 = new ArrayList<>();
            while (group.hasNext()) {
              bills1.add(BatchBill.parse(group.next(), 0));
            }
            bills1.sort(BatchBill.ORDER);
            StringBuilder block = new StringBuilder(resident);
            ResidentSettler.settle(bills1, policies.registry(), s -> block.append('\n').append(s.line()));
            return List.of(block.toString()).iterator();
          }, Encoders.STRING());
      Summary summary = new Summary();
      try (Writer w = Files.newBufferedWriter(folder.file("settlements.csv"), StandardCharsets.UTF_8)) {
        w.write(SettledBill.HEADER);
        w.write('\n');
        Iterator<String> sorted = residents.sort("value").toLocalIterator();
        long n = 0;
        while (sorted.hasNext()) {
          String block = sorted.next();
          int from = block.indexOf('\n') + 1;
          while (from > 0) {
            int to = block.indexOf('\n', from);
            String line = to < 0 ? block.substring(from) : block.substring(from, to);
            summary.add(SettledBill.parse(line, ++n));
            w.write(line);
            w.write('\n');
            from = to + 1;
          }
        }
      }
      LocalEngine.writeSummary(folder.file("summary.json"), summary, "spark", start);
      folder.commit();
      return summary;
    }
  }

  private static String residentOf(String line) {
    int a = line.indexOf(',');
    int b = line.indexOf(',', a + 1);
    int c = line.indexOf(',', b + 1);
    // as the embedded engine reads it (a lower-case check character is the same resident)
    return civil.core.identity.ResidentId.parse(line.substring(b + 1, c)).value();
  }
}
