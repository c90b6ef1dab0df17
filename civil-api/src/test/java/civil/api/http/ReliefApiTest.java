package civil.api.http;

import static civil.api.testing.TestServer.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer.Response;
import civil.api.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relief routes end to end: subsistence, households, hardship, temporary relief, rounds, supplies, charity. */
class ReliefApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theSubsistenceAssessmentHasTheBindingShapeAndStoresNothing() {
    int householdsBefore = server.get("/api/v1/households").json().get("households").size();
    JsonNode d = ok(200, server.post("/api/v1/subsistence/assessments", """
        {"areaType": "URBAN", "assessedOn": "2026-03-01", "disqualifyingAssets": false, "singleParentOrOrphan": true,
         "members": [
           {"residentId": "410802198005010013", "monthlyIncomeFen": 30000, "financialAssetsFen": 0,
            "severelyDisabled": true, "seriouslyIll": true},
           {"residentId": "410802194601031234", "monthlyIncomeFen": 20000, "financialAssetsFen": 0,
            "severelyDisabled": false, "seriouslyIll": false}]}
        """));
    assertTrue(d.get("eligible").asBoolean());
    // base 1,440 − 500 = 940; increments 216 (disabled) + 96? no: the elder is 80 → 20% of 720 = 144
    assertEquals(Math.max(94_000 + 21_600 + 14_400, 6_000), d.get("monthlyAllowanceFen").asLong());
    assertEquals("INCOME", d.get("tests").get(0).get("test").asText());
    assertTrue(d.get("tests").get(0).has("passed") && d.get("tests").get(0).has("text"));
    assertEquals("410802********0013", d.get("increments").get(0).get("residentId").asText());
    assertEquals("SEVERELY_DISABLED", d.get("increments").get(0).get("kind").asText());
    assertEquals(21_600, d.get("increments").get(0).get("amountFen").asLong());
    assertEquals(householdsBefore, server.get("/api/v1/households").json().get("households").size());
    JsonNode none = ok(200, server.post("/api/v1/subsistence/assessments", """
        {"areaType": "RURAL", "assessedOn": "2026-03-01", "disqualifyingAssets": true, "singleParentOrOrphan": false,
         "members": [{"residentId": "410802198005010013", "monthlyIncomeFen": 0, "financialAssetsFen": 0,
                      "severelyDisabled": false, "seriouslyIll": false}]}
        """));
    assertFalse(none.get("eligible").asBoolean());
    assertEquals(0, none.get("monthlyAllowanceFen").asLong());
  }

  private static String household(String subdistrict, String resident, long income) {
    JsonNode h = ok(201, server.post("/api/v1/households", String.format("""
        {"subdistrict": "%s", "registeredOn": "2026-01-02", "household": {"areaType": "URBAN", "disqualifyingAssets": false, "singleParentOrOrphan": false,
         "members": [{"residentId": "%s", "monthlyIncomeFen": %d, "financialAssetsFen": 0, "severelyDisabled": false, "seriouslyIll": false}]}}
        """, subdistrict, resident, income)));
    String id = h.get("householdId").asText();
    ok(201, server.post("/api/v1/households/" + id + "/assessments", "{\"assessedOn\": \"2026-01-03\"}"));
    return id;
  }

  @Test
  void aRoundIsDraftedApprovedPaidAndCorrected() {
    String poor = household("410802011", "410802197001010011", 10_000);
    household("410802012", "410802197001020017", 500_000);
    JsonNode round = ok(201, server.post("/api/v1/relief-rounds", """
        {"name": "王褚、上白作两街道困难群众生活救助", "subdistricts": ["410802011", "410802012"],
         "rule": {"kind": "SUBSISTENCE_MONTHS", "months": 2}, "asOf": "2026-01-10", "draftedOn": "2026-01-10"}
        """));
    String id = round.get("roundId").asText();
    assertEquals(1, round.get("roster").size());
    assertEquals(poor, round.get("roster").get(0).get("householdId").asText());
    assertEquals("410802********0011", round.get("roster").get(0).get("head").asText());
    assertEquals(2 * 62_000, round.get("totalFen").asLong());
    assertEquals(409, server.post("/api/v1/relief-rounds/" + id + "/payment", "{}").status());
    ok(200, server.post("/api/v1/relief-rounds/" + id + "/approval", "{\"approvedBy\": \"科长\", \"approvedOn\": \"2026-01-11\"}"));
    JsonNode paid = ok(200, server.post("/api/v1/relief-rounds/" + id + "/payment", "{\"paidOn\": \"2026-01-15\"}"));
    assertEquals("PAID", paid.get("status").asText());
    JsonNode corrected = ok(201, server.post("/api/v1/relief-rounds/" + id + "/corrections",
        "{\"householdId\": \"" + poor + "\", \"amountFen\": -2000, \"reason\": \"多发，收回\"}"));
    assertEquals(2 * 62_000 - 2_000, corrected.get("totalFen").asLong());
    assertEquals(1, corrected.get("corrections").size());

    // an amount beyond any single payment is refused when the request is read, and stores nothing
    Response huge = server.post("/api/v1/relief-rounds/" + id + "/corrections",
        "{\"householdId\": \"" + poor + "\", \"amountFen\": 9223372036854775807, \"reason\": \"误录\"}");
    assertEquals(400, huge.status(), huge.toString());
    assertEquals("AMOUNT_OUT_OF_RANGE", huge.json().get("code").asText());
    assertEquals("amountFen", huge.json().get("errors").get(0).get("field").asText());
    assertEquals(corrected, ok(200, server.get("/api/v1/relief-rounds/" + id)));
    assertEquals(200, server.get("/api/v1/relief-rounds").status());
    assertEquals(200, server.get("/api/v1/reports/half-year/2026-H1").status());
  }

  @Test
  void hardshipSupportIsPaidByMonth() {
    ok(201, server.post("/api/v1/hardship/recipients", """
        {"residentId": "410802194001010018", "subdistrict": "410802001", "areaType": "URBAN",
         "selfCareAbility": "PARTIAL", "supportedFrom": "2026-01-01"}
        """));
    JsonNode paid = ok(201, server.post("/api/v1/hardship/payments", "{\"month\": \"2026-02\", \"paidOn\": \"2026-02-05\"}"));
    assertEquals(93_600 + 40_000, paid.get("totalFen").asLong());
    assertEquals(0, server.post("/api/v1/hardship/payments", "{\"month\": \"2026-02\", \"paidOn\": \"2026-02-06\"}")
        .json().get("payments").size());
    assertEquals(1, server.get("/api/v1/hardship/payments?month=2026-02").json().get("payments").size());
  }

  @Test
  void suppliesAreValuedAtMovingAverageAndGrainRationsIssued() {
    String rice = ok(201, server.post("/api/v1/supplies/items",
        "{\"name\": \"大米\", \"unit\": \"KG\", \"category\": \"GRAIN\", \"reserveTarget\": 1000}")).get("itemId").asText();
    ok(201, server.post("/api/v1/supplies/items/" + rice + "/receipts",
        "{\"date\": \"2026-02-01\", \"quantity\": 300, \"costFen\": 150000, \"source\": \"PURCHASE\"}"));
    JsonNode issue = ok(201, server.post("/api/v1/supplies/items/" + rice + "/issues",
        "{\"date\": \"2026-02-02\", \"quantity\": 0.5, \"destination\": \"DISASTER_EVENT\", \"reference\": \"春荒\","
            + " \"approver\": \"王主任\"}"));
    assertEquals(250, issue.get("valueFen").asLong());
    JsonNode stock = ok(200, server.get("/api/v1/supplies/stock?date=2026-02-02"));
    assertEquals(149_750, stock.get("totalValueFen").asLong());
    assertFalse(ok(200, server.get("/api/v1/supplies/readiness?date=2026-02-02")).get("ready").asBoolean());
    String h = household("410802001", "410802197203030010", 0);
    JsonNode rations = ok(201, server.post("/api/v1/supplies/grain-rations",
        "{\"householdIds\": [\"" + h + "\"], \"days\": 30, \"date\": \"2026-02-03\", \"approver\": \"王主任\"}"));
    assertEquals(0, rations.get("totalKilograms").decimalValue().compareTo(new BigDecimal("15")));
  }

  @Test
  void charityCampaignsIssueReceiptNumbersAndFundDisbursements() {
    JsonNode inv = ok(201, server.post("/api/v1/charity/invitations", """
        {"creditCode": "91350100M000100Y43", "unitName": "焦作某公司", "tier": "COUNCIL", "sentOn": "2026-03-01"}
        """));
    ok(200, server.post("/api/v1/charity/invitations/" + inv.get("invitationId").asText() + "/answer",
        "{\"accepted\": true, \"answeredOn\": \"2026-03-10\"}"));
    assertEquals(500_000, server.get("/api/v1/charity/units?year=2026").json().get("units").get(0).get("yearlyDueFen").asLong());
    String campaign = ok(201, server.post("/api/v1/charity/campaigns",
        "{\"name\": \"2026年爱心一日捐\", \"startsOn\": \"2026-05-01\", \"endsOn\": \"2026-05-31\"}")).get("campaignId").asText();
    JsonNode first = ok(201, server.post("/api/v1/charity/campaigns/" + campaign + "/donations",
        "{\"donorName\": \"焦作某公司\", \"donorCreditCode\": \"91350100M000100Y43\", \"amountFen\": 2000000,"
            + " \"date\": \"2026-05-08\", \"restriction\": \"EDUCATION\"}"));
    JsonNode second = ok(201, server.post("/api/v1/charity/campaigns/" + campaign + "/donations",
        "{\"donorName\": \"市民李四\", \"amountFen\": 189100, \"date\": \"2026-05-09\"}"));
    assertEquals("2026-000001", first.get("receiptNumber").asText());
    assertEquals("2026-000002", second.get("receiptNumber").asText());
    String h = household("410802002", "410802197304040015", 0);
    JsonNode paid = ok(201, server.post("/api/v1/charity/campaigns/" + campaign + "/disbursements",
        "{\"householdId\": \"" + h + "\", \"purpose\": \"EDUCATION\", \"amountFen\": 2100000, \"date\": \"2026-06-01\"}"));
    assertEquals(2, paid.get("fundedBy").size());
    JsonNode balances = ok(200, server.get("/api/v1/charity/campaigns/" + campaign + "/balances"));
    assertEquals(89_100, balances.get("balanceFen").asLong());
    JsonNode compliance = ok(200, server.get("/api/v1/charity/compliance?year=2026"));
    assertEquals(2_100_000, compliance.get("charitableSpendingFen").asLong());
    assertTrue(compliance.get("charitableSpendingHolds").asBoolean());
  }

  @Test
  void aCampaignsDonationsDisbursementsAndTheExpensesCanBeReadBack() {
    String campaign = ok(201, server.post("/api/v1/charity/campaigns",
        "{\"name\": \"助学捐\", \"startsOn\": \"2025-08-01\", \"endsOn\": null}")).get("campaignId").asText();
    // dated 2025, so its receipt numbers are apart from the other tests' 2026 ones
    JsonNode gift = ok(201, server.post("/api/v1/charity/campaigns/" + campaign + "/donations",
        "{\"donorName\": \"市民王五\", \"amountFen\": 50000, \"date\": \"2025-08-02\", \"restriction\": \"LIVING\"}"));
    String h = household("410802003", "410802197505050017", 0);
    JsonNode paid = ok(201, server.post("/api/v1/charity/campaigns/" + campaign + "/disbursements",
        "{\"householdId\": \"" + h + "\", \"purpose\": \"LIVING\", \"amountFen\": 30000, \"date\": \"2025-08-03\"}"));
    JsonNode expense = ok(201, server.post("/api/v1/charity/expenses",
        "{\"kind\": \"ADMINISTRATIVE\", \"amountFen\": 1200, \"date\": \"2025-08-04\", \"note\": \"票据印制\"}"));

    JsonNode donations = ok(200, server.get("/api/v1/charity/campaigns/" + campaign + "/donations")).get("donations");
    assertEquals(1, donations.size());
    assertEquals(gift, donations.get(0));
    JsonNode disbursements = ok(200, server.get("/api/v1/charity/campaigns/" + campaign + "/disbursements"))
        .get("disbursements");
    assertEquals(paid, disbursements.get(0));
    assertEquals(gift.get("receiptNumber"), disbursements.get(0).get("fundedBy").get(0).get("receiptNumber"));
    assertEquals(30_000, disbursements.get(0).get("fundedBy").get(0).get("amountFen").asLong());
    JsonNode expenses = ok(200, server.get("/api/v1/charity/expenses?from=2025-08-01&to=2025-08-31")).get("expenses");
    assertEquals(List.of(expense), List.copyOf(toList(expenses)));
    assertEquals(0, ok(200, server.get("/api/v1/charity/expenses?from=2025-09-01&to=2025-09-30")).get("expenses").size());
    assertEquals(404, server.get("/api/v1/charity/campaigns/CP-999999/donations").status());
    assertEquals(400, server.get("/api/v1/charity/expenses?from=2025-09-01&to=2025-08-01").status());
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
