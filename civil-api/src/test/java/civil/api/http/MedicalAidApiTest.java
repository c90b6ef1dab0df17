package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked examples of medical-aid.md, over HTTP against a real server and database. */
class MedicalAidApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A valid resident ID, different per test so that year-to-date totals start fresh. */
  static String resident(int n) {
    String first17 = String.format("41080219500101%03d", n);
    return first17 + ResidentId.checkCharacterOf(first17);
  }

  static void category(String resident, String category) {
    Response r = server.put("/api/v1/residents/" + resident + "/aid-category",
        "{\"category\": \"" + category + "\", \"from\": \"2026-01-01\", \"to\": null}");
    assertEquals(200, r.status(), r.toString());
  }

  static Response settle(String billId, String resident, String level, String care, long total, long inScope) {
    return server.post("/api/v1/medical-aid/settlements", String.format(
        "{\"billId\": \"%s\", \"residentId\": \"%s\", \"hospitalLevel\": \"%s\", \"careType\": \"%s\","
            + " \"settledOn\": \"2026-03-15\", \"totalFen\": %d, \"inScopeFen\": %d}",
        billId, resident, level, care, total, inScope));
  }

  static List<Long> pays(JsonNode s) {
    return List.of(s.get("basicInsuranceFen").asLong(), s.get("criticalIllnessFen").asLong(),
        s.get("medicalAidFen").asLong(), s.get("selfPayFen").asLong());
  }

  private static void example(int n, String category, String level, String care, long total, long inScope,
      long basic, long critical, long aid, long self) {
    String r = resident(n);
    if (!category.equals("NONE")) {
      category(r, category);
    }
    Response s = settle("EX-" + n, r, level, care, total, inScope);
    assertEquals(201, s.status(), s.toString());
    assertEquals(List.of(basic, critical, aid, self), pays(s.json()));
    assertEquals(category, s.json().get("aidCategory").asText());
    assertEquals("SETTLED", s.json().get("status").asText());
  }

  @Test
  void theWorkedExamplesSettleOverHttp() {
    example(1, "SUBSISTENCE", "SECONDARY", "INPATIENT", 1_200_000, 1_000_000, 760_000, 0, 180_000, 260_000);
    example(2, "LOW_INCOME", "TERTIARY", "INPATIENT", 8_000_000, 6_500_000, 4_160_000, 504_000, 998_400, 2_337_600);
    example(3, "NONE", "PRIMARY", "INPATIENT", 300_000, 280_000, 234_000, 0, 0, 66_000);
    example(4, "EXTREMELY_POOR", "PRIMARY", "OUTPATIENT_SPECIAL", 45_678, 40_001, 28_001, 0, 12_000, 5_677);
    example(5, "SUBSISTENCE", "TERTIARY", "INPATIENT", 20_000_000, 20_000_000, 12_935_000, 4_236_250, 2_121_563, 707_187);
    example(6, "SUBSISTENCE", "TERTIARY", "INPATIENT", 8_000_000, 6_500_000, 4_160_000, 1_033_500, 979_875, 1_826_625);
  }

  @Test
  void aLowerCaseXCheckCharacterFromAHospitalSystemIsReadAsUpperCase() {
    category("11010519491231002X", "SUBSISTENCE");
    Response lower = settle("LOWER-X", "11010519491231002x", "SECONDARY", "INPATIENT", 1_200_000, 1_000_000);
    assertEquals(201, lower.status(), lower.toString());
    assertEquals("SUBSISTENCE", lower.json().get("aidCategory").asText());
    assertEquals("110105********002X", lower.json().get("residentId").asText());
    // the same bill with the upper-case form is the same request: its stored settlement again
    Response upper = settle("LOWER-X", "11010519491231002X", "SECONDARY", "INPATIENT", 1_200_000, 1_000_000);
    assertEquals(200, upper.status(), upper.toString());
    assertEquals(lower.json().get("settlementId"), upper.json().get("settlementId"));
  }

  @Test
  void theTwoBillYearOfAnIllnessPoorResident() {
    String r = resident(20);
    category(r, "ILLNESS_POOR");
    assertEquals(List.of(1_235_000L, 0L, 9_000L, 1_256_000L),
        pays(settle("Y-1", r, "TERTIARY", "INPATIENT", 2_500_000, 2_000_000).json()));
    JsonNode second = settle("Y-2", r, "TERTIARY", "INPATIENT", 6_000_000, 5_000_000).json();
    assertEquals(List.of(3_185_000L, 648_000L, 700_200L, 1_466_800L), pays(second));
    JsonNode ytd = server.get("/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026").json();
    assertEquals(709_200, ytd.get("aidPaidFen").asLong());
    assertEquals(2_580_000, ytd.get("criticalBaseFen").asLong());
    assertEquals(second.get("yearToDateAfter"), ytd);
  }

  @Test
  void theSameBillAgainIsAnswered200WithTheSameBodyAndOtherContentIs409() {
    String r = resident(30);
    Response first = settle("ID-1", r, "PRIMARY", "INPATIENT", 300_000, 280_000);
    Response again = settle("ID-1", r, "PRIMARY", "INPATIENT", 300_000, 280_000);
    assertEquals(201, first.status());
    assertEquals(200, again.status());
    assertEquals(first.body(), again.body());
    Response other = settle("ID-1", r, "PRIMARY", "INPATIENT", 300_001, 280_000);
    assertEquals(409, other.status(), other.toString());
    assertTrue(other.isProblem());
    assertEquals("IDEMPOTENCY_CONFLICT", other.json().get("code").asText());
    assertEquals(first.json().get("yearToDateAfter"),
        server.get("/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026").json());
  }

  @Test
  void aReversalIsAnsweredWithTheReversedSettlementAndASecondOneIs409() {
    String r = resident(40);
    JsonNode s = settle("RV-1", r, "PRIMARY", "INPATIENT", 300_000, 280_000).json();
    String id = s.get("settlementId").asText();
    Response reversed = server.post("/api/v1/medical-aid/settlements/" + id + "/reversal", null);
    assertEquals(200, reversed.status(), reversed.toString());
    assertEquals("REVERSED", reversed.json().get("status").asText());
    assertEquals(s.get("yearToDateAfter"), reversed.json().get("yearToDateAfter"));
    JsonNode zero = server.get("/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026").json();
    assertEquals(0, zero.get("basicPaidFen").asLong());
    Response twice = server.post("/api/v1/medical-aid/settlements/" + id + "/reversal", null);
    assertEquals(409, twice.status());
    assertEquals("ALREADY_REVERSED", twice.json().get("code").asText());
    assertEquals(404, server.post("/api/v1/medical-aid/settlements/MA-99999999/reversal", null).status());
    // a reversed bill can be settled again
    assertEquals(201, settle("RV-1", r, "PRIMARY", "INPATIENT", 300_000, 280_000).status());
  }

  @Test
  void categoriesAreRangesThatMayNotOverlap() {
    String r = resident(50);
    category(r, "SUBSISTENCE");
    Response overlap = server.put("/api/v1/residents/" + r + "/aid-category",
        "{\"category\": \"LOW_INCOME\", \"from\": \"2026-06-01\", \"to\": null}");
    assertEquals(409, overlap.status());
    Response ended = server.put("/api/v1/residents/" + r + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": \"2026-05-31\"}");
    assertEquals(200, ended.status());
    Response next = server.put("/api/v1/residents/" + r + "/aid-category",
        "{\"category\": \"LOW_INCOME\", \"from\": \"2026-06-01\", \"to\": null}");
    assertEquals(2, next.json().get("ranges").size(), next.toString());
    assertEquals(400, server.put("/api/v1/residents/" + r + "/aid-category",
        "{\"category\": \"NONE\", \"from\": \"2027-01-01\", \"to\": null}").status());
  }
}
