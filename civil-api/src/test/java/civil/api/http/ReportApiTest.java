package civil.api.http;

import static civil.api.testing.TestServer.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The half-year report over a small period built through the routes: every figure of every
 * section against values worked out here by hand, with records on both sides of the period's
 * edges (those dated after 2026-06-30 must not count), and no unmasked resident ID in any format.
 */
class ReportApiTest {
  private static final List<String> ITEMS = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2",
      "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1", "8.2", "8.3");
  private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
  private static TestServer server;
  private static final List<String> residents = new ArrayList<>();
  private static long temporaryFen;
  private static long hardshipMonthFen;
  private static JsonNode report;

  private static String resident(String birth, String serial) {
    String id = ResidentId.ofFirst17("410802" + birth + serial).value();
    residents.add(id);
    return id;
  }

  private static String household(String subdistrict, String resident, long incomeFen) {
    String id = ok(201, server.post("/api/v1/households", "{\"subdistrict\": \"" + subdistrict + "\", \"registeredOn\":"
        + " \"2025-12-01\", \"household\": {\"areaType\": \"URBAN\", \"disqualifyingAssets\": false, \"singleParentOrOrphan\": false, \"members\": [{\"residentId\": \"" + resident
        + "\", \"monthlyIncomeFen\": " + incomeFen + ", \"financialAssetsFen\": 0, \"severelyDisabled\": false, \"seriouslyIll\": false}]}}")).get("householdId").asText();
    ok(201, server.post("/api/v1/households/" + id + "/assessments", "{\"assessedOn\": \"2026-01-05\"}"));
    return id;
  }

  private static String sheet(String period, String on, String deductions, String vetoes) {
    StringBuilder items = new StringBuilder();
    for (String code : ITEMS) {
      String findings = deductions.contains("\"" + code + "\"") ? "[{\"deduction\": " + (code.equals("3.1") ? 7 : 5)
          + ", \"note\": \"未达标\"}]" : "[]";
      items.append(items.length() == 0 ? "" : ", ").append("{\"itemCode\": \"").append(code).append("\", \"findings\": ")
          .append(findings).append('}');
    }
    return "{\"period\": \"" + period + "\", \"assessedOn\": \"" + on + "\", \"items\": [" + items + "], \"vetoes\": "
        + vetoes + "}";
  }

  @BeforeAll
  static void build() {
    server = TestServer.start();
    socialRelief();
    supplies();
    medicalAid();
    charity();
    homeCare();
    dayCare();
    nursingHomes();
    volunteers();
    report = ok(200, server.get("/api/v1/reports/half-year/2026-H1"));
  }

  private static String householdA;
  private static String householdB;

  private static void socialRelief() {
    householdA = household("410802001", resident("19700101", "001"), 0);
    householdB = household("410802002", resident("19710101", "002"), 10_000);
    household("410802001", resident("19720101", "003"), 500_000); // not eligible: not on a roster
    String round = ok(201, server.post("/api/v1/relief-rounds", "{\"name\": \"春节救助\", \"subdistricts\": [\"410802001\","
        + " \"410802002\"], \"rule\": {\"kind\": \"PER_HOUSEHOLD\", \"amountFen\": 30000}, \"asOf\": \"2026-02-01\"}"))
        .get("roundId").asText();
    ok(200, server.post("/api/v1/relief-rounds/" + round + "/approval", "{\"approvedBy\": \"科长\", \"approvedOn\": \"2026-02-02\"}"));
    ok(200, server.post("/api/v1/relief-rounds/" + round + "/payment", "{\"paidOn\": \"2026-02-05\"}"));
    String later = ok(201, server.post("/api/v1/relief-rounds", "{\"name\": \"七月救助\", \"subdistricts\": [\"410802001\"],"
        + " \"rule\": {\"kind\": \"PER_HOUSEHOLD\", \"amountFen\": 99900}, \"asOf\": \"2026-06-25\"}")).get("roundId").asText();
    ok(200, server.post("/api/v1/relief-rounds/" + later + "/approval", "{\"approvedBy\": \"科长\", \"approvedOn\": \"2026-06-28\"}"));
    ok(200, server.post("/api/v1/relief-rounds/" + later + "/payment", "{\"paidOn\": \"2026-07-02\"}"));

    temporaryFen = ok(201, server.post("/api/v1/temporary-relief/grants", "{\"householdId\": \"" + householdA + "\","
        + " \"cause\": \"FIRE\", \"months\": 1, \"grantedOn\": \"2026-03-01\"}")).get("amountFen").asLong();
    ok(201, server.post("/api/v1/temporary-relief/grants", "{\"householdId\": \"" + householdB + "\", \"cause\": \"ACCIDENT\","
        + " \"months\": 1, \"grantedOn\": \"2026-07-10\"}"));

    ok(201, server.post("/api/v1/hardship/recipients", "{\"residentId\": \"" + resident("19400101", "004") + "\","
        + " \"subdistrict\": \"410802001\", \"areaType\": \"URBAN\", \"selfCareAbility\": \"FULL\","
        + " \"supportedFrom\": \"2026-05-01\"}"));
    hardshipMonthFen = ok(201, server.post("/api/v1/hardship/payments", "{\"month\": \"2026-05\", \"paidOn\": \"2026-05-05\"}"))
        .get("totalFen").asLong();
    ok(201, server.post("/api/v1/hardship/payments", "{\"month\": \"2026-06\", \"paidOn\": \"2026-06-05\"}"));
    ok(201, server.post("/api/v1/hardship/payments", "{\"month\": \"2026-07\", \"paidOn\": \"2026-07-05\"}"));
  }

  private static void supplies() {
    String tent = ok(201, server.post("/api/v1/supplies/items", "{\"name\": \"帐篷\", \"unit\": \"TENT\", \"category\": \"TENT\","
        + " \"reserveTarget\": 10}")).get("itemId").asText();
    ok(201, server.post("/api/v1/supplies/items/" + tent + "/receipts",
        "{\"date\": \"2026-03-01\", \"quantity\": 4, \"costFen\": 200000, \"source\": \"PURCHASE\"}"));
    ok(201, server.post("/api/v1/supplies/items/" + tent + "/issues", "{\"date\": \"2026-04-01\", \"quantity\": 1,"
        + " \"destination\": \"DISASTER_EVENT\", \"reference\": \"大风\", \"approver\": \"王主任\"}"));
    ok(201, server.post("/api/v1/supplies/items/" + tent + "/receipts",
        "{\"date\": \"2026-07-05\", \"quantity\": 10, \"costFen\": 500000, \"source\": \"PURCHASE\"}"));
    String rice = ok(201, server.post("/api/v1/supplies/items", "{\"name\": \"大米\", \"unit\": \"KG\", \"category\": \"GRAIN\"}"))
        .get("itemId").asText();
    ok(201, server.post("/api/v1/supplies/items/" + rice + "/receipts",
        "{\"date\": \"2026-02-01\", \"quantity\": 100, \"costFen\": 40000, \"source\": \"PURCHASE\"}"));
    ok(201, server.post("/api/v1/supplies/grain-rations", "{\"householdIds\": [\"" + householdA + "\"], \"days\": 30,"
        + " \"date\": \"2026-02-02\", \"approver\": \"王主任\"}"));
  }

  private static String settle(String bill, String resident, String level, String date, long total, long inScope) {
    return ok(201, server.post("/api/v1/medical-aid/settlements", "{\"billId\": \"" + bill + "\", \"residentId\": \""
        + resident + "\", \"hospitalLevel\": \"" + level + "\", \"careType\": \"INPATIENT\", \"settledOn\": \"" + date
        + "\", \"totalFen\": " + total + ", \"inScopeFen\": " + inScope + "}")).get("settlementId").asText();
  }

  private static void medicalAid() {
    String poor = residents.get(0);
    ok(200, server.put("/api/v1/residents/" + poor + "/aid-category", "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\","
        + " \"to\": null}"));
    settle("R-1", poor, "SECONDARY", "2026-03-02", 1_200_000, 1_000_000); // 760,000 / 0 / 180,000 / 260,000
    settle("R-2", residents.get(2), "PRIMARY", "2026-04-01", 300_000, 280_000); // NONE: 234,000 / 0 / 0 / 66,000
    String reversed = settle("R-3", residents.get(1), "PRIMARY", "2026-05-01", 100_000, 100_000);
    ok(200, server.post("/api/v1/medical-aid/settlements/" + reversed + "/reversal", "{}"));
    settle("R-4", poor, "PRIMARY", "2026-07-03", 100_000, 100_000);
  }

  private static void charity() {
    String council = CreditCode.ofFirst17("91410802000000001").value();
    String member = CreditCode.ofFirst17("91410802000000002").value();
    String late = CreditCode.ofFirst17("91410802000000003").value();
    String a = ok(201, server.post("/api/v1/charity/invitations", "{\"creditCode\": \"" + council + "\", \"unitName\": \"甲公司\","
        + " \"tier\": \"COUNCIL\", \"sentOn\": \"2026-03-01\"}")).get("invitationId").asText();
    ok(200, server.post("/api/v1/charity/invitations/" + a + "/answer", "{\"accepted\": true, \"answeredOn\": \"2026-03-10\"}"));
    String b = ok(201, server.post("/api/v1/charity/invitations", "{\"creditCode\": \"" + member + "\", \"unitName\": \"乙公司\","
        + " \"tier\": \"MEMBER\", \"sentOn\": \"2026-03-02\"}")).get("invitationId").asText();
    ok(200, server.post("/api/v1/charity/invitations/" + b + "/answer", "{\"accepted\": false, \"answeredOn\": \"2026-03-12\"}"));
    String c = ok(201, server.post("/api/v1/charity/invitations", "{\"creditCode\": \"" + late + "\", \"unitName\": \"丙公司\","
        + " \"tier\": \"MEMBER\", \"sentOn\": \"2026-07-01\"}")).get("invitationId").asText();
    ok(200, server.post("/api/v1/charity/invitations/" + c + "/answer", "{\"accepted\": true, \"answeredOn\": \"2026-07-05\"}"));

    String campaign = ok(201, server.post("/api/v1/charity/campaigns", "{\"name\": \"2026年爱心一日捐\","
        + " \"startsOn\": \"2026-05-01\", \"endsOn\": \"2026-05-31\"}")).get("campaignId").asText();
    String path = "/api/v1/charity/campaigns/" + campaign;
    ok(201, server.post(path + "/donations", "{\"donorName\": \"甲公司\", \"donorCreditCode\": \"" + council + "\","
        + " \"amountFen\": 2000000, \"date\": \"2026-05-08\", \"restriction\": \"EDUCATION\"}"));
    ok(201, server.post(path + "/donations", "{\"donorName\": \"市民李四\", \"amountFen\": 189100, \"date\": \"2026-05-09\"}"));
    ok(201, server.post(path + "/disbursements", "{\"householdId\": \"" + householdA + "\", \"purpose\": \"EDUCATION\","
        + " \"amountFen\": 2100000, \"date\": \"2026-06-01\"}"));
    ok(201, server.post(path + "/disbursements", "{\"householdId\": \"" + householdB + "\", \"purpose\": \"LIVING\","
        + " \"amountFen\": 50000, \"date\": \"2026-07-02\"}"));
  }

  private static void homeCare() {
    String elder = resident("19400202", "005");
    String later = resident("19400303", "006");
    household("410802001", elder, 300_000);
    household("410802001", later, 300_000);
    String client = ok(201, server.post("/api/v1/home-care/clients", "{\"residentId\": \"" + elder + "\", \"subdistrict\":"
        + " \"410802001\", \"threeNos\": false, \"enrolledOn\": \"2026-03-01\"}")).get("clientId").asText();
    ok(201, server.post("/api/v1/home-care/clients", "{\"residentId\": \"" + later + "\", \"subdistrict\": \"410802001\","
        + " \"threeNos\": false, \"enrolledOn\": \"2026-07-01\"}"));
    String worker = ok(201, server.post("/api/v1/home-care/workers", "{\"name\": \"李护理\", \"subdistrict\": \"410802001\","
        + " \"trainedOn\": \"2026-02-01\"}")).get("workerId").asText();
    ok(201, server.post("/api/v1/home-care/workers", "{\"name\": \"王护理\", \"subdistrict\": \"410802001\","
        + " \"trainedOn\": \"2026-08-01\"}"));
    String visit = "{\"workerId\": \"" + worker + "\", \"clientId\": \"" + client + "\", \"date\": \"%s\", \"service\": \"%s\","
        + " \"hours\": %s}";
    ok(201, server.post("/api/v1/home-care/visits", String.format(visit, "2026-03-05", "HOUSEKEEPING", "2")));
    ok(201, server.post("/api/v1/home-care/visits", String.format(visit, "2026-03-06", "COMPANIONSHIP", "1.5")));
    ok(201, server.post("/api/v1/home-care/visits", String.format(visit, "2026-07-02", "HEALTH_CARE", "1")));
  }

  private static void dayCare() {
    String centre = ok(201, server.post("/api/v1/day-care/centres", "{\"name\": \"日间照料中心\", \"subdistrict\": \"410802001\","
        + " \"capacity\": 2, \"openedOn\": \"2026-06-01\"}")).get("centreId").asText();
    String g = resident("19450505", "007");
    String h = resident("19460606", "008");
    String base = "/api/v1/day-care/centres/" + centre;
    ok(201, server.post(base + "/enrolments", "{\"residentId\": \"" + g + "\", \"enrolledOn\": \"2026-06-01\"}"));
    ok(201, server.post(base + "/enrolments", "{\"residentId\": \"" + h + "\", \"enrolledOn\": \"2026-06-15\"}"));
    for (String[] a : List.of(new String[] {g, "2026-06-01"}, new String[] {g, "2026-06-02"}, new String[] {h, "2026-06-15"},
        new String[] {g, "2026-07-01"})) {
      ok(201, server.post(base + "/attendance", "{\"residentId\": \"" + a[0] + "\", \"date\": \"" + a[1] + "\"}"));
    }
  }

  private static void nursingHomes() {
    String big = ok(201, server.post("/api/v1/nursing-homes", "{\"name\": \"福利院\", \"subdistrict\": \"410802001\","
        + " \"totalBeds\": 100, \"openedOn\": \"2020-01-01\"}")).get("homeId").asText();
    String small = ok(201, server.post("/api/v1/nursing-homes", "{\"name\": \"敬老院\", \"subdistrict\": \"410802002\","
        + " \"totalBeds\": 50, \"openedOn\": \"2020-01-01\"}")).get("homeId").asText();
    // opened in April: counts from April; opened in August: not in H1 at all
    String april = ok(201, server.post("/api/v1/nursing-homes", "{\"name\": \"新建敬老院\", \"subdistrict\": \"410802002\","
        + " \"totalBeds\": 30, \"openedOn\": \"2026-04-01\"}")).get("homeId").asText();
    for (String m : List.of("04", "05", "06")) {
      ok(200, server.put("/api/v1/nursing-homes/" + april + "/occupancy/2026-" + m, "{\"occupiedBeds\": 10}"));
    }
    String august = ok(201, server.post("/api/v1/nursing-homes", "{\"name\": \"颐养院\", \"subdistrict\": \"410802001\","
        + " \"totalBeds\": 200, \"openedOn\": \"2026-08-01\"}")).get("homeId").asText();
    ok(200, server.put("/api/v1/nursing-homes/" + august + "/occupancy/2026-08", "{\"occupiedBeds\": 150}"));
    for (String m : List.of("01", "02", "04", "05", "06")) {
      ok(200, server.put("/api/v1/nursing-homes/" + big + "/occupancy/2026-" + m, "{\"occupiedBeds\": 50}"));
    }
    for (String m : List.of("01", "02", "03", "04", "05", "06")) {
      ok(200, server.put("/api/v1/nursing-homes/" + small + "/occupancy/2026-" + m, "{\"occupiedBeds\": 25}"));
    }
    ok(200, server.put("/api/v1/nursing-homes/" + big + "/occupancy/2026-07", "{\"occupiedBeds\": 100}"));
    ok(201, server.post("/api/v1/nursing-homes/" + big + "/assessments", sheet("2026-H1", "2026-06-10", "", "[]")));
    JsonNode good = ok(201, server.post("/api/v1/nursing-homes/" + small + "/assessments",
        sheet("2026-H1", "2026-06-12", "\"3.1\" \"3.2\"", "[]")));
    assertEquals("GOOD", good.get("grade").asText());
    String fire = good.get("rectifications").get(0).get("rectificationId").asText();
    ok(200, server.post("/api/v1/nursing-homes/" + small + "/rectifications/" + fire + "/reinspection",
        "{\"inspectedOn\": \"2026-06-20\", \"findings\": []}"));
    ok(201, server.post("/api/v1/nursing-homes/" + big + "/assessments",
        sheet("2026-H2", "2026-07-15", "\"2.1\"", "[\"FOOD_POISONING\"]")));
    ok(201, server.post("/api/v1/nursing-homes/awards", "{\"period\": \"2026-H1\", \"budgetFen\": 1000000,"
        + " \"capPerHomeFen\": null, \"paidOn\": \"2026-06-30\"}"));
  }

  private static void volunteers() {
    String a = "410802001001";
    String b = "410802001002";
    server.post("/api/v1/volunteers", "{\"id\": \"v1\", \"community\": \"" + a + "\", \"skills\": [\"HEALTH\"],"
        + " \"slots\": [\"MON_AM\", \"TUE_AM\"], \"capacity\": 1}");
    server.post("/api/v1/volunteers", "{\"id\": \"v2\", \"community\": \"" + b + "\", \"skills\": [\"HEALTH\","
        + " \"HOUSEKEEPING\"], \"slots\": [\"MON_AM\"], \"capacity\": 2}");
    server.post("/api/v1/volunteer-needs", "{\"elderId\": \"e1\", \"community\": \"" + a + "\", \"domains\": [\"HEALTH\","
        + " \"HOUSEKEEPING\"], \"slots\": [\"MON_AM\", \"TUE_AM\"], \"volunteersNeeded\": 1}");
    server.post("/api/v1/volunteer-needs", "{\"elderId\": \"e2\", \"community\": \"" + b + "\", \"domains\": [\"HEALTH\"],"
        + " \"slots\": [\"MON_AM\"], \"volunteersNeeded\": 2}");
    server.post("/api/v1/volunteer-needs", "{\"elderId\": \"e3\", \"community\": \"" + b + "\", \"domains\": [\"RIGHTS\"],"
        + " \"slots\": [\"SUN_EVE\"], \"volunteersNeeded\": 3}");
    ok(200, server.put("/api/v1/community-adjacency", "{\"adjacency\": [[\"" + a + "\", \"" + b + "\"]]}"));
    ok(201, server.post("/api/v1/volunteer-matching-runs", "{\"runOn\": \"2026-04-01\"}"));
    ok(201, server.post("/api/v1/volunteer-matching-runs", "{\"runOn\": \"2026-07-01\"}"));
    String activity = "{\"kind\": \"%s\", \"topic\": \"HEALTH\", \"title\": \"活动\", \"date\": \"%s\", \"community\": \"" + a
        + "\", \"leaders\": [\"v1\"], \"attendees\": %s}";
    ok(201, server.post("/api/v1/activities", String.format(activity, "LECTURE", "2026-04-10", "[\"e1\", \"e2\"]")));
    ok(201, server.post("/api/v1/activities", String.format(activity, "CONTEST", "2026-04-11", "[\"e1\"]")));
    ok(201, server.post("/api/v1/activities", String.format(activity, "PERFORMANCE", "2026-07-11", "[\"e3\"]")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void figure(long expected, JsonNode node, String field) {
    assertTrue(node.has(field), field + " missing in " + node);
    assertTrue(node.get(field).isNumber(), field + " is not a number in " + node);
    assertEquals(expected, node.get(field).asLong(), field + " in " + node);
  }

  private static void decimal(String expected, JsonNode node, String field) {
    assertEquals(0, new BigDecimal(expected).compareTo(node.get(field).decimalValue()), field + " in " + node);
  }

  @Test
  void socialReliefCountsRoundsByPaymentDateGrantsByDateAndHardshipByMonth() {
    JsonNode s = report.get("socialRelief");
    JsonNode rounds = s.get("roundsPaid");
    figure(1, rounds, "count");
    figure(2, rounds, "households");
    figure(60_000, rounds, "amountFen");
    JsonNode wangchu = rounds.get("bySubdistrict").get(0);
    assertEquals("410802001", wangchu.get("subdistrict").asText());
    assertEquals("王褚街道", wangchu.get("name").asText());
    figure(1, wangchu, "households");
    figure(30_000, wangchu, "amountFen");
    assertEquals("上白作街道", rounds.get("bySubdistrict").get(1).get("name").asText());
    assertEquals(2, rounds.get("bySubdistrict").size());
    figure(1, s.get("temporaryRelief"), "count");
    figure(temporaryFen, s.get("temporaryRelief"), "amountFen");
    figure(1, s.get("hardshipSupport"), "persons");
    figure(2, s.get("hardshipSupport"), "personMonths");
    figure(2 * hardshipMonthFen, s.get("hardshipSupport"), "amountFen");
  }

  @Test
  void disasterReliefValuesReceiptsIssuesRationsAndStockAtThePeriodsEnd() {
    JsonNode d = report.get("disasterRelief");
    figure(240_000, d.get("suppliesReceived"), "valueFen");
    JsonNode byCategory = d.get("suppliesReceived").get("byCategory");
    assertEquals(2, byCategory.size());
    assertEquals("TENT", byCategory.get(0).get("category").asText());
    figure(200_000, byCategory.get(0), "valueFen");
    assertEquals("GRAIN", byCategory.get(1).get("category").asText());
    figure(40_000, byCategory.get(1), "valueFen");
    // one tent at ¥500 moving average; 15 kg of rice (500 g × 30 days × 1 person) at ¥4/kg
    figure(50_000 + 6_000, d, "suppliesIssuedFen");
    JsonNode below = d.get("belowReserveTarget");
    assertEquals(1, below.size());
    decimal("10", below.get(0), "reserveTarget");
    decimal("3", below.get(0), "stock");
    decimal("7", below.get(0), "shortfall");
    decimal("15", d.get("grainRations"), "kilograms");
    figure(1, d.get("grainRations"), "households");
    figure(6_000, d.get("grainRations"), "valueFen");
  }

  @Test
  void medicalAidCountsStandingSettlementsOfThePeriod() {
    JsonNode m = report.get("medicalAid");
    figure(1, m, "residentsAided");
    figure(180_000, m, "medicalAidFen");
    figure(2, m, "settlements");
    figure(0, m, "reversals"); // the reversal is dated today, after the period
    figure(1_500_000, m, "totalFen");
    figure(760_000 + 234_000, m, "basicInsuranceFen");
    figure(0, m, "criticalIllnessFen");
    figure(260_000 + 66_000, m, "selfPayFen");
    JsonNode byCategory = m.get("byCategory");
    assertEquals(2, byCategory.size());
    assertEquals("SUBSISTENCE", byCategory.get(0).get("category").asText());
    figure(1, byCategory.get(0), "settlements");
    figure(1, byCategory.get(0), "residentsAided");
    figure(180_000, byCategory.get(0), "medicalAidFen");
    assertEquals("NONE", byCategory.get(1).get("category").asText());
    figure(1, byCategory.get(1), "settlements");
    figure(0, byCategory.get(1), "residentsAided");
  }

  @Test
  void theReversalCountsInThePeriodOfItsDate() {
    String today = java.time.LocalDate.now(TestServer.CLOCK).toString();
    String period = today.substring(0, 4) + (Integer.parseInt(today.substring(5, 7)) <= 6 ? "-H1" : "-H2");
    figure(1, ok(200, server.get("/api/v1/reports/half-year/" + period)).get("medicalAid"), "reversals");
  }

  @Test
  void charityCountsInvitationsUnitsDonationsDisbursementsAndBalancesAtTheEnd() {
    JsonNode c = report.get("charity");
    figure(2, c, "invitationsSent");
    figure(1, c, "invitationsAccepted");
    figure(1, c, "units");
    assertEquals("MEMBER", c.get("unitsByTier").get(0).get("tier").asText());
    figure(0, c.get("unitsByTier").get(0), "units");
    assertEquals("COUNCIL", c.get("unitsByTier").get(1).get("tier").asText());
    figure(1, c.get("unitsByTier").get(1), "units");
    JsonNode campaign = c.get("campaigns").get(0);
    figure(2, campaign, "donations");
    figure(2_189_100, campaign, "donatedFen");
    figure(2_100_000, campaign, "disbursedFen");
    figure(89_100, campaign, "balanceFen");
    for (JsonNode p : campaign.get("disbursedByPurpose")) {
      figure(p.get("purpose").asText().equals("EDUCATION") ? 2_100_000 : 0, p, "amountFen");
    }
    for (JsonNode b : campaign.get("balanceByPurpose")) {
      figure(b.get("bucket").asText().equals("UNRESTRICTED") ? 89_100 : 0, b, "balanceFen");
    }
    figure(2_189_100, c, "donatedFen");
    figure(2_100_000, c, "disbursedFen");
  }

  @Test
  void homeCareCountsEnrolmentsWorkersAndHoursByService() {
    JsonNode h = report.get("homeCare");
    figure(1, h, "clientsEnrolled");
    figure(1, h, "clientsTotal");
    figure(1, h, "workersStarted");
    figure(1, h, "workersTotal");
    JsonNode hours = h.get("hoursByService");
    assertEquals("HOUSEKEEPING", hours.get(0).get("service").asText());
    decimal("2", hours.get(0), "hours");
    assertEquals("COMPANIONSHIP", hours.get(1).get("service").asText());
    decimal("1.5", hours.get(1), "hours");
    decimal("0", hours.get(2), "hours");
    decimal("3.5", h, "totalHours");
  }

  @Test
  void dayCareUtilisationIsAttendanceOverPlaceDays() {
    JsonNode d = report.get("dayCare");
    figure(1, d, "centres");
    figure(2, d, "enrolments");
    figure(2, d, "enrolled");
    figure(3, d, "attendanceDays");
    figure(44, d, "placeDays"); // 22 weekdays in June × 2 places
    decimal("6.8", d, "utilisationPercent"); // 3 ÷ 44 = 6.818…%
    figure(22, d.get("byCentre").get(0), "openDays");
  }

  @Test
  void institutionalCareAveragesOccupancyAsARatioOfSums() {
    JsonNode i = report.get("institutionalCare");
    // the home opened in August is not in H1; the one opened in April counts from April
    figure(3, i, "homes");
    figure(180, i, "beds");
    decimal("43.4", i, "averageOccupancyPercent"); // (5 × 50 + 6 × 25 + 3 × 10) ÷ (6 × 150 + 3 × 30) = 430 ÷ 990
    figure(2, i, "assessments");
    for (JsonNode g : i.get("assessmentsByGrade")) {
      String grade = g.get("grade").asText();
      figure(grade.equals("EXCELLENT") || grade.equals("GOOD") ? 1 : 0, g, "count");
    }
    figure(1, i, "openRectifications"); // 3.2 of the small home, due 2026-07-12
    figure(0, i, "overdueRectifications");
    figure(1, i, "awardsPaid");
    figure(1_000_000, i, "awardPaidFen");
  }

  @Test
  void volunteerServiceCountsEldersServedByFormAndActivities() {
    JsonNode v = report.get("volunteerService");
    figure(1, v, "matchingRuns");
    figure(2, v, "eldersServed");
    figure(2, v, "volunteersAssigned");
    for (JsonNode f : v.get("byForm")) {
      figure(f.get("form").asText().equals("MANY_TO_ONE") ? 0 : 1, f, "elders");
    }
    figure(2, v, "activities");
    for (JsonNode k : v.get("activitiesByKind")) {
      figure(k.get("kind").asText().equals("PERFORMANCE") ? 0 : 1, k, "sessions");
    }
    figure(3, v, "personTimes");
    figure(2, v, "distinctElders");
  }

  @Test
  void markdownAndHtmlCarryTheSameFiguresInChineseAndNoResidentId() {
    Response md = server.send("GET", "/api/v1/reports/half-year/2026-H1", (byte[]) null, TestServer.ADMIN, null,
        "text/markdown");
    assertEquals(200, md.status(), md.toString());
    assertTrue(md.contentType().startsWith("text/markdown"), md.contentType());
    assertTrue(md.body().contains("共对辖区1名患者实施了医疗救助，发放医疗救助金¥1,800.00"), md.body());
    assertTrue(md.body().contains("收到捐款2笔，共2.19万元"), md.body());
    assertTrue(md.body().contains("## 八、志愿服务"), md.body());
    Response html = server.send("GET", "/api/v1/reports/half-year/2026-H1", (byte[]) null, TestServer.ADMIN, null,
        "text/html");
    assertEquals(200, html.status());
    assertTrue(html.contentType().startsWith("text/html"), html.contentType());
    assertTrue(html.body().contains("<svg"), "charts are inline SVG");
    assertFalse(html.body().contains("<script"), "no scripts");
    for (String body : List.of(md.body(), html.body(), report.toString())) {
      assertFalse(RESIDENT_ID.matcher(body).find(), "a resident ID appears in " + body);
      for (String id : residents) {
        assertFalse(body.contains(id));
      }
    }
  }

  @Test
  void aBadPeriodIsA400() {
    Response r = server.get("/api/v1/reports/half-year/2026-H3");
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.isProblem());
  }
}
