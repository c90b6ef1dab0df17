package civil.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.batch.testkit.BillFiles;
import civil.core.identity.ResidentId;
import civil.core.period.DateRange;
import civil.relief.medical.AidCategory;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.InMemoryAidCategoryStore;
import civil.relief.medical.InMemorySettlementLedger;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEngineTest {
  static final long SEED = 20260301;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  @Test
  void everyBillEqualsTheDesksSettlementOfItInOrder() throws IOException {
    int residents = 150;
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 3000, residents, 3, SEED);
    LocalEngine.settle(bills, dir.resolve("out"), Policies.shipped());

    // the desk, with each resident's category registered year by year, settles the same bills in the same order
    AidCategoryRegister register = new AidCategoryRegister(new InMemoryAidCategoryStore());
    for (int i = 0; i < residents; i++) {
      for (int year = 2026; year < 2029; year++) {
        AidCategory c = BillFiles.category(i, year, SEED);
        if (c != AidCategory.NONE) {
          register.register(ResidentId.parse(BillFiles.residentId(i)),
              new CategoryAssignment(c, DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        }
      }
    }
    SettlementDesk desk = new SettlementDesk(MedicalAidPolicy.defaultRegistry(), register, new InMemorySettlementLedger(), CLOCK);
    List<BatchBill> inOrder = new ArrayList<>(BillFiles.generate(3000, residents, 3, SEED));
    inOrder.sort(BatchBill.ORDER);
    List<String> lines = Files.readAllLines(dir.resolve("out/settlements.csv"), StandardCharsets.UTF_8);
    assertEquals(SettledBill.HEADER, lines.get(0));
    assertEquals(inOrder.size() + 1, lines.size());
    for (int k = 0; k < inOrder.size(); k++) {
      SettlementRecord r = desk.settle(inOrder.get(k).toBill()).record();
      SettledBill expected = new SettledBill(r.bill().billId(), inOrder.get(k).hospitalCode(), r.bill().residentId().value(),
          r.bill().settledOn(), r.category(), r.basicInsurance().fen(), r.criticalIllness().fen(), r.medicalAid().fen(),
          r.selfPay().fen());
      assertEquals(expected.line(), lines.get(k + 1), "bill " + (k + 1) + " in order");
    }
  }

  @Test
  void theSummaryAddsUpTheFile() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 2000, 300, 2, SEED);
    LocalEngine.settle(bills, dir.resolve("out"), Policies.shipped());
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
    long basic = 0;
    long aid = 0;
    long total = 0;
    Set<String> residents = new HashSet<>();
    List<String> lines = Files.readAllLines(dir.resolve("out/settlements.csv"));
    for (int i = 1; i < lines.size(); i++) {
      SettledBill s = SettledBill.parse(lines.get(i), i + 1);
      basic += s.basicInsuranceFen();
      aid += s.medicalAidFen();
      total += s.totalFen();
      residents.add(s.residentId());
    }
    long fileTotal = BillFiles.generate(2000, 300, 2, SEED).stream().mapToLong(BatchBill::totalFen).sum();
    assertEquals(2000, summary.get("bills").asLong());
    assertEquals(residents.size(), summary.get("residents").asLong());
    assertEquals(basic, summary.get("basicInsuranceFen").asLong());
    assertEquals(aid, summary.get("medicalAidFen").asLong());
    assertEquals(fileTotal, total);
    assertEquals(fileTotal, summary.get("totalFen").asLong());
    long byCategory = 0;
    for (JsonNode c : summary.get("byCategory")) {
      byCategory += c.get("medicalAidFen").asLong();
    }
    assertEquals(aid, byCategory);
    assertEquals("local", summary.get("engine").asText());
  }

  @Test
  void aFileOfManySortedRunsGivesTheSameOutputAsOneSortInMemory() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 2500, 200, 3, SEED);
    LocalEngine.settle(bills, dir.resolve("runs"), Policies.shipped(), 4000);
    LocalEngine.settle(bills, dir.resolve("memory"), Policies.shipped(), 1 << 20);
    List<SettledBill> inMemory = LocalEngine.settle(BillFiles.generate(2500, 200, 3, SEED), Policies.shipped());
    StringBuilder expected = new StringBuilder(SettledBill.HEADER).append('\n');
    inMemory.forEach(s -> expected.append(s.line()).append('\n'));
    assertEquals(expected.toString(), BatchFixtures.read(dir.resolve("runs/settlements.csv")));
    assertEquals(expected.toString(), BatchFixtures.read(dir.resolve("memory/settlements.csv")));
  }

  @Test
  void aMalformedLineIsReportedByItsNumberAndFieldAndLeavesNoOutput() throws IOException {
    List<String> good = Files.readAllLines(BillFiles.write(dir.resolve("good.csv"), 20, 5, 1, SEED));
    String[][] cases = {
        // replacement for line 7, the field named
        {"B1,,410802193001010017,PRIMARY,INPATIENT,2026-03-01,1000,900", "aidCategory"},
        {"B1,,410802193001010018,PRIMARY,INPATIENT,2026-03-01,1000,900,NONE", "residentId"},
        {"B1,,410802193001010017,PRIMARY,INPATIENT,2026-03-01,1000,1200,NONE", "inScopeFen"},
        {"B1,,410802193001010017,PRIMARY,INPATIENT,2026-03-01,-5,0,NONE", "totalFen"},
        {"B1,,410802193001010017,PRIMARY,INPATIENT,2026-02-30,1000,900,NONE", "settledOn"},
        {"B1,,410802193001010017,PRIMARY,INPATIENT,2025-12-31,1000,900,NONE", "settledOn"},
        {"B1,,410802193001010017,FOURTH,INPATIENT,2026-03-01,1000,900,NONE", "hospitalLevel"},
        {"B1,X1,410802193001010017,PRIMARY,INPATIENT,2026-03-01,1000,900,NONE", "hospitalCode"},
        {"B1,,410802193001010017,PRIMARY,INPATIENT,2026-03-01,1000,900,POOR", "aidCategory"},
        {"B 1,,410802193001010017,PRIMARY,INPATIENT,2026-03-01,1000,900,NONE", "billId"},
    };
    String resident = BillFiles.residentId(0);
    for (String[] c : cases) {
      List<String> lines = new ArrayList<>(good);
      lines.set(6, c[0].replace("410802193001010017", resident));
      Path bad = Files.write(dir.resolve("bad.csv"), lines);
      Path out = dir.resolve("bad-out");
      long before = BatchFixtures.entries(dir);
      MalformedInputException e = assertThrows(MalformedInputException.class,
          () -> LocalEngine.settle(bad, out, Policies.shipped(), 300));
      assertEquals(7, e.line(), c[0]);
      assertEquals(c[1], e.field(), c[0] + ": " + e.getMessage());
      assertFalse(Files.exists(out), "no output folder");
      assertEquals(before, BatchFixtures.entries(dir), "nothing left beside it");
    }
    Path noHeader = Files.write(dir.resolve("noheader.csv"), good.subList(1, good.size()));
    assertEquals(1, assertThrows(MalformedInputException.class,
        () -> LocalEngine.settle(noHeader, dir.resolve("x"), Policies.shipped())).line());
  }

  @Test
  void aNonEmptyOutputFolderIsRefusedAndKept() throws IOException {
    Path bills = BillFiles.write(dir.resolve("bills.csv"), 10, 5, 1, SEED);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    assertThrows(IllegalArgumentException.class, () -> LocalEngine.settle(bills, out, Policies.shipped()));
    assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    assertTrue(Files.exists(bills));
  }
}
