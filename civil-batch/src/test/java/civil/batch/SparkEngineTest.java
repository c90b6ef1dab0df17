package civil.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.batch.testkit.BillFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine against the embedded one, on one local session shared by every Spark test. */
class SparkEngineTest {
  static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void session() {
    spark = SparkEngine.session("local[2]");
  }

  @Test
  void sparkAndTheEmbeddedEngineWriteIdenticalFiles() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 4000, 700, 3, 20260505);
    SparkEngine.settle(spark, bills, dir.resolve("spark"), Policies.shipped());
    LocalEngine.settle(bills, dir.resolve("local"), Policies.shipped(), 20_000);
    assertEquals(BatchFixtures.read(dir.resolve("local/settlements.csv")), BatchFixtures.read(dir.resolve("spark/settlements.csv")));
    ObjectMapper json = new ObjectMapper();
    ObjectNode local = (ObjectNode) json.readTree(dir.resolve("local/summary.json").toFile());
    ObjectNode onSpark = (ObjectNode) json.readTree(dir.resolve("spark/summary.json").toFile());
    assertEquals("spark", onSpark.get("engine").asText());
    for (ObjectNode s : List.of(local, onSpark)) {
      s.remove("engine");
      s.remove("seconds");
    }
    assertEquals(local, onSpark);
  }

  @Test
  void aDraftPolicyTravelsToTheExecutors() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 1500, 200, 1, 20260606);
    Policies draft = Policies.with(BatchFixtures.policyWithAidRatio("MONITORED", "95%", "2026-01-01"));
    SparkEngine.settle(spark, bills, dir.resolve("spark"), draft);
    LocalEngine.settle(bills, dir.resolve("local"), draft);
    assertEquals(BatchFixtures.read(dir.resolve("local/settlements.csv")), BatchFixtures.read(dir.resolve("spark/settlements.csv")));
  }

  @Test
  void aMalformedLineStopsTheRunBeforeSparkAndLeavesNoOutput() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(BillFiles.write(dir.resolve("good.csv"), 30, 5, 1, 1)));
    lines.set(12, lines.get(12).replace(",NONE", ",NOBODY").replace(",SUBSISTENCE", ",NOBODY")
        .replaceAll(",[A-Z_]+$", ",NOBODY"));
    Path bad = Files.write(dir.resolve("bad.csv"), lines);
    long before = BatchFixtures.entries(dir);
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> SparkEngine.settle(spark, bad, dir.resolve("out"), Policies.shipped()));
    assertEquals(13, e.line());
    assertEquals("aidCategory", e.field());
    assertFalse(Files.exists(dir.resolve("out")));
    assertEquals(before, BatchFixtures.entries(dir));
  }
}
