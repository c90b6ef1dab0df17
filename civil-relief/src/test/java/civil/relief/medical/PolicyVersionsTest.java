package civil.relief.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.policy.PolicyDocumentException;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyVersionsTest {
  private static String defaultJson() throws IOException {
    try (InputStream in = MedicalAidPolicy.class.getResourceAsStream("medical-aid-policy-2026.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLaterVersionTakesOverOnItsFirstDayWithoutCodeChanges() throws IOException {
    // from 2026-07-01 the tertiary inpatient ratio rises from 65% to 70%
    String july = defaultJson()
        .replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\"")
        .replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2026-07-01\"")
        .replace("\"deductibleFen\": 100000, \"ratio\": \"65%\"", "\"deductibleFen\": 100000, \"ratio\": \"70%\"");
    PolicyRegistry<MedicalAidPolicy> registry = MedicalAidPolicy.defaultRegistry()
        .with(PolicyDocuments.read("july", july, MedicalAidPolicy.class));
    SettlementDesk desk = new SettlementDesk(registry, new AidCategoryRegister(new InMemoryAidCategoryStore()),
        new InMemorySettlementLedger(), Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC));
    ResidentId r = ResidentId.parse("410802194601031234");
    SettlementRecord june = desk.settle(Bill.of("J1", r, HospitalLevel.TERTIARY, CareType.INPATIENT,
        LocalDate.of(2026, 6, 30), Money.ofFen(300_000), Money.ofFen(300_000))).record();
    SettlementRecord july1 = desk.settle(Bill.of("J2", r, HospitalLevel.TERTIARY, CareType.INPATIENT,
        LocalDate.of(2026, 7, 1), Money.ofFen(300_000), Money.ofFen(300_000))).record();
    assertEquals(130_000, june.basicInsurance().fen());
    assertEquals("2026.1", june.policyVersion());
    assertEquals(140_000, july1.basicInsurance().fen());
    assertEquals("2026.2", july1.policyVersion());
  }

  @Test
  void aPolicyWithAMissingTermOrARatioAboveOneIsRefusedNamingThePath() throws IOException {
    String missing = defaultJson().replace(
        "{\"careType\": \"OUTPATIENT_SPECIAL\", \"hospitalLevel\": \"TERTIARY\", \"deductibleFen\": 0, \"ratio\": \"60%\"}", "")
        .replace("\"ratio\": \"65%\"},\n      \n", "\"ratio\": \"65%\"}\n");
    PolicyDocumentException e = assertThrows(PolicyDocumentException.class,
        () -> PolicyDocuments.read("broken", missing, MedicalAidPolicy.class));
    assertTrue(e.getMessage().contains("no terms for OUTPATIENT_SPECIAL at TERTIARY"), e.getMessage());
    String tooHigh = defaultJson().replace("\"ratio\": \"100%\", \"annualCapFen\": 8000000", "\"ratio\": \"101%\", \"annualCapFen\": 8000000");
    PolicyDocumentException high = assertThrows(PolicyDocumentException.class,
        () -> PolicyDocuments.read("broken", tooHigh, MedicalAidPolicy.class));
    assertEquals("$.medicalAid.categories[0].ratio", high.path());
  }

  @Test
  void theDefaultPolicyHasTheSpecsFigures() {
    MedicalAidPolicy p = MedicalAidPolicy.defaults();
    assertEquals(Money.ofYuan(200_000), p.basicInsurance().annualCap());
    assertEquals(Money.ofYuan(15_000), p.criticalIllness().threshold());
    assertEquals(Money.ofYuan(400_000), p.criticalIllness().annualCap());
    assertEquals(List.of(AidCategory.EXTREMELY_POOR, AidCategory.SUBSISTENCE, AidCategory.MONITORED),
        p.criticalIllness().tilt().categories());
    assertEquals(LocalDate.of(2026, 1, 1), p.effectiveFrom());
  }
}
