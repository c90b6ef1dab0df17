package civil.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.batch.testkit.BillFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTest {
  static final long SEED = 20260415;

  @TempDir
  Path dir;

  @Test
  void aSettlementComparedWithItselfShowsNoDifference() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 1500, 200, 2, SEED);
    LocalEngine.settle(bills, dir.resolve("a"), Policies.shipped());
    JsonNode c = json(BatchMain.compare(dir.resolve("a"), dir.resolve("a"), dir.resolve("cmp")));
    assertEquals(1500, c.get("bills").asLong());
    assertEquals(0, c.get("residentsByMedicalAid").get("rises").asLong());
    assertEquals(0, c.get("residentsByMedicalAid").get("falls").asLong());
    assertEquals(c.get("residents").asLong(), c.get("residentsByMedicalAid").get("same").asLong());
    for (JsonNode group : List.of(c.get("byCategory"), c.get("byMonth"), c.get("byHospital"))) {
      for (JsonNode g : group) {
        g.get("difference").forEach(v -> assertEquals(0, v.asLong()));
      }
    }
    c.get("totals").get("difference").forEach(v -> assertEquals(0, v.asLong()));
    assertEquals(List.of(Comparison.DELTAS_HEADER), Files.readAllLines(dir.resolve("cmp/deltas.csv")));
    assertEquals(List.of(Comparison.OWED_HEADER), Files.readAllLines(dir.resolve("cmp/owed.csv")));
    assertEquals(0, c.get("largestRises").size());
  }

  @Test
  void aDraftThatRaisesOneCategorysAidRatioRaisesExactlyThatCategorysAid() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 3000, 300, 2, SEED);
    LocalEngine.settle(bills, dir.resolve("baseline"), Policies.shipped());
    LocalEngine.settle(bills, dir.resolve("draft"), Policies.with(BatchFixtures.policyWithAidRatio("LOW_INCOME", "80%", "2026-01-01")));
    JsonNode c = json(BatchMain.compare(dir.resolve("baseline"), dir.resolve("draft"), dir.resolve("cmp")));
    for (var e : c.get("byCategory").properties()) {
      JsonNode diff = e.getValue().get("difference");
      if (e.getKey().equals("LOW_INCOME")) {
        assertTrue(diff.get("medicalAidFen").asLong() > 0, "LOW_INCOME's aid rises");
        assertEquals(-diff.get("medicalAidFen").asLong(), diff.get("selfPayFen").asLong(), "what aid pays more, the patient pays less");
      } else {
        diff.forEach(v -> assertEquals(0, v.asLong(), e.getKey() + " unchanged"));
      }
      assertEquals(0, diff.get("basicInsuranceFen").asLong());
      assertEquals(0, diff.get("criticalIllnessFen").asLong());
    }
    assertEquals(0, c.get("residentsByMedicalAid").get("falls").asLong());
    assertTrue(c.get("residentsByMedicalAid").get("rises").asLong() > 0);
    JsonNode top = c.get("largestRises").get(0);
    assertTrue(top.get("resident").asText().contains("*"), "masked");
    assertEquals(top.get("draftMedicalAidFen").asLong() - top.get("baselineMedicalAidFen").asLong(), top.get("deltaFen").asLong());
    // every delta line is a LOW_INCOME bill's aid or self pay
    List<String> deltas = Files.readAllLines(dir.resolve("cmp/deltas.csv"));
    List<String> base = Files.readAllLines(dir.resolve("baseline/settlements.csv"));
    assertTrue(deltas.size() > 1);
    for (String d : deltas.subList(1, deltas.size())) {
      String[] f = d.split(",");
      assertTrue(f[2].equals("medicalAidFen") || f[2].equals("selfPayFen"), d);
      assertTrue(base.stream().anyMatch(l -> l.startsWith(f[0] + ",") && l.contains(",LOW_INCOME,")), d);
    }
  }

  @Test
  void aBackDatedPolicyListsWhatEachResidentIsOwed() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 2000, 200, 1, SEED);
    Path policy = Files.writeString(dir.resolve("policy.json"), BatchFixtures.policyWithAidRatio("SUBSISTENCE", "90%", "2026-01-01"));
    BatchMain.run("resettle", "--bills", bills.toString(), "--policy", policy.toString(), "--out", dir.resolve("back").toString());
    JsonNode c = new ObjectMapper().readTree(dir.resolve("back/comparison/comparison.json").toFile());
    List<String> owed = Files.readAllLines(dir.resolve("back/comparison/owed.csv"));
    long sum = 0;
    for (String line : owed.subList(1, owed.size())) {
      String[] f = line.split(",");
      assertEquals(Long.parseLong(f[2]) - Long.parseLong(f[3]), Long.parseLong(f[4]));
      assertTrue(Long.parseLong(f[4]) > 0, "a higher ratio only ever lowers self pay");
      sum += Long.parseLong(f[4]);
    }
    assertEquals(-c.get("totals").get("difference").get("selfPayFen").asLong(), sum);
    assertEquals(c.get("totals").get("difference").get("medicalAidFen").asLong(), sum);
    assertTrue(sum > 0);
  }

  private static JsonNode json(Object report) {
    return new ObjectMapper().valueToTree(report);
  }
}
