package civil.eldercare.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.InvalidInputException;
import civil.core.policy.PolicyDocumentException;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogVersionsTest {
  private static String defaultJson() throws IOException {
    try (InputStream in = AssessmentCatalog.class.getResourceAsStream("assessment-catalog-2026.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLaterCatalogueWithAnotherItemIsUsedFromItsFirstDayWithoutCodeChanges() throws IOException {
    // 2027: fire safety 7 → 5, and a new item 3.4 "elevator safety" of 2
    String next = defaultJson()
        .replace("\"version\": \"2026.1\"", "\"version\": \"2027.1\"")
        .replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2027-01-01\"")
        .replace("\"nameZh\": \"消防安全\", \"maxPoints\": 7}", "\"nameZh\": \"消防安全\", \"maxPoints\": 5}")
        .replace("\"nameZh\": \"应急预案演练与值班\", \"maxPoints\": 4}]}",
            "\"nameZh\": \"应急预案演练与值班\", \"maxPoints\": 4},\n"
                + "      {\"code\": \"3.4\", \"name\": \"elevator safety\", \"nameZh\": \"电梯安全\", \"maxPoints\": 2}]}");
    PolicyRegistry<AssessmentCatalog> catalogs = AssessmentCatalog.defaultRegistry()
        .with(PolicyDocuments.read("2027", next, AssessmentCatalog.class));
    AssessmentCatalog later = catalogs.inForceOn(LocalDate.of(2027, 3, 1));
    assertEquals(27, later.items().size());
    assertEquals(26, catalogs.inForceOn(LocalDate.of(2026, 12, 31)).items().size());
    // a 26-item sheet is now missing 3.4
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> AssessmentTest.sheet(Map.of(), List.of()).checkAgainst(later));
    assertTrue(e.getMessage().contains("item 3.4 is missing"), e.getMessage());
  }

  @Test
  void aCatalogueThatDoesNotSumToOneHundredIsRefused() throws IOException {
    String broken = defaultJson().replace("\"nameZh\": \"消防安全\", \"maxPoints\": 7}", "\"nameZh\": \"消防安全\", \"maxPoints\": 6}");
    PolicyDocumentException e = assertThrows(PolicyDocumentException.class,
        () -> PolicyDocuments.read("broken", broken, AssessmentCatalog.class));
    assertTrue(e.getMessage().contains("sum to 100, not 99"), e.getMessage());
  }
}
