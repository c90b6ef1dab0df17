package civil.api.http;

import static civil.api.testing.TestServer.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The elderly-care routes end to end: nursing homes, home care, day care, volunteers and activities. */
class EldercareApiTest {
  private static final List<String> ITEMS = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2",
      "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1", "8.2", "8.3");
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void refused(int status, String code, Response r) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.isProblem(), r.toString());
    assertEquals(code, r.json().get("code").asText(), r.toString());
  }

  /** A sheet of every item, with the given deductions (one finding each) and vetoes. */
  private static String sheet(String period, String assessedOn, Map<String, String> deductions, List<String> items,
      String vetoes) {
    List<String> entries = new ArrayList<>();
    for (String code : items) {
      String findings = deductions.containsKey(code)
          ? "[{\"deduction\": " + deductions.get(code) + ", \"note\": \"扣分\"}]" : "[]";
      entries.add("{\"itemCode\": \"" + code + "\", \"findings\": " + findings + "}");
    }
    return "{\"period\": \"" + period + "\"" + (assessedOn == null ? "" : ", \"assessedOn\": \"" + assessedOn + "\"")
        + ", \"items\": [" + String.join(", ", entries) + "], \"vetoes\": " + vetoes + "}";
  }

  private static String home(String name, int beds) {
    return ok(201, server.post("/api/v1/nursing-homes",
        "{\"name\": \"" + name + "\", \"subdistrict\": \"410802001\", \"totalBeds\": " + beds + "}")).get("homeId").asText();
  }

  private static void occupancy(String home, String month, int beds) {
    ok(200, server.put("/api/v1/nursing-homes/" + home + "/occupancy/" + month, "{\"occupiedBeds\": " + beds + "}"));
  }

  @Test
  void theCatalogueHasEightCategoriesAndTwentySixItemsSummingToOneHundred() {
    JsonNode c = ok(200, server.get("/api/v1/nursing-homes/assessment-catalog"));
    assertTrue(c.has("version") && c.has("effectiveFrom"));
    assertEquals(8, c.get("categories").size());
    List<String> codes = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode k : c.get("categories")) {
      BigDecimal categoryTotal = BigDecimal.ZERO;
      for (JsonNode i : k.get("items")) {
        codes.add(i.get("code").asText());
        assertTrue(i.get("maxPoints").isNumber());
        assertFalse(i.get("nameZh").asText().isEmpty());
        categoryTotal = categoryTotal.add(i.get("maxPoints").decimalValue());
      }
      assertEquals(0, categoryTotal.compareTo(k.get("maxPoints").decimalValue()));
      total = total.add(categoryTotal);
    }
    assertEquals(ITEMS, codes);
    assertEquals(0, total.compareTo(BigDecimal.valueOf(100)));
    assertEquals("内部管理状况", c.get("categories").get(0).get("nameZh").asText());
    Set<String> vetoes = new HashSet<>();
    c.get("vetoes").forEach(v -> vetoes.add(v.get("code").asText()));
    assertEquals(Set.of("UNREGISTERED_OPERATION", "NEGLIGENT_DEATH_OR_INJURY", "FOOD_POISONING", "ABUSE_OF_RESIDENTS",
        "UNRECTIFIED_FIRE_HAZARD"), vetoes);
  }

  @Test
  void anAssessmentIsGradedOpensRectificationsAndReinspectionClosesThem() {
    String h = home("王褚敬老院", 60);
    Map<String, String> deductions = Map.of("1.1", "1.5", "3.1", "7", "3.2", "5", "3.3", "4", "4.1", "5", "4.2", "5");
    JsonNode a = ok(201, server.post("/api/v1/nursing-homes/" + h + "/assessments",
        sheet("2026-H1", "2026-06-10", deductions, ITEMS, "[]")));
    assertEquals(0, a.get("totalScore").decimalValue().compareTo(new BigDecimal("72.5")));
    assertTrue(a.get("totalScore").isNumber());
    assertEquals("PASS", a.get("grade").asText());
    JsonNode tasks = a.get("rectifications");
    assertEquals(5, tasks.size()); // 1.1 keeps 2.5 of 4, which is 62.5%: no task
    assertEquals("3.1", tasks.get(0).get("itemCode").asText());
    assertEquals("2026-07-10", tasks.get(0).get("dueOn").asText());
    assertEquals("OPEN", tasks.get(0).get("status").asText());

    String fire = tasks.get(0).get("rectificationId").asText();
    String base = "/api/v1/nursing-homes/" + h + "/rectifications/";
    JsonNode closed = ok(200, server.post(base + fire + "/reinspection",
        "{\"inspectedOn\": \"2026-07-01\", \"findings\": [{\"deduction\": 2, \"note\": \"灭火器过期两具\"}]}"));
    assertEquals("CLOSED", closed.get("status").asText()); // 5 of 7 is at least 60%
    assertEquals("2026-07-01", closed.get("closedOn").asText());
    refused(409, "RECTIFICATION_CLOSED", server.post(base + fire + "/reinspection",
        "{\"inspectedOn\": \"2026-07-02\", \"findings\": []}"));
    String facilities = tasks.get(1).get("rectificationId").asText();
    JsonNode open = ok(200, server.post(base + facilities + "/reinspection",
        "{\"inspectedOn\": \"2026-07-01\", \"findings\": [{\"deduction\": 4, \"note\": \"护栏仍未安装\"}]}"));
    assertEquals("OPEN", open.get("status").asText()); // 1 of 5 is below 60%
    assertEquals(1, open.get("reinspections").size());
    assertEquals(4, server.get("/api/v1/nursing-homes/rectifications?status=OPEN").json().get("rectifications").size());

    // a veto fails the home whatever the score
    JsonNode vetoed = ok(201, server.post("/api/v1/nursing-homes/" + h + "/assessments",
        sheet("2026-H1", null, Map.of(), ITEMS, "[\"FOOD_POISONING\"]")));
    assertEquals("FAIL", vetoed.get("grade").asText());
    assertEquals("2026-06-30", vetoed.get("assessedOn").asText()); // the period's last day when none is given
    // a half year not yet over cannot be assessed on its (future) last day
    refused(400, "DATE_OUT_OF_RANGE", server.post("/api/v1/nursing-homes/" + h + "/assessments",
        sheet("2026-H2", null, Map.of(), ITEMS, "[]")));
    assertEquals(0, vetoed.get("totalScore").decimalValue().compareTo(BigDecimal.valueOf(100)));
  }

  @Test
  void aSheetMissingOrRepeatingAnItemIsRefusedNamingItAndStoresNothing() {
    String h = home("上白作敬老院", 30);
    String before = Snapshot.of(server.server().database());
    Response missing = server.post("/api/v1/nursing-homes/" + h + "/assessments",
        sheet("2026-H1", null, Map.of(), ITEMS.subList(0, 25), "[]"));
    refused(400, "ASSESSMENT_SHEET", missing);
    assertTrue(missing.body().contains("8.3"), missing.body());
    List<String> repeated = new ArrayList<>(ITEMS);
    repeated.add("2.2");
    Response twice = server.post("/api/v1/nursing-homes/" + h + "/assessments",
        sheet("2026-H1", null, Map.of(), repeated, "[]"));
    refused(400, "ASSESSMENT_SHEET", twice);
    assertTrue(twice.body().contains("2.2"), twice.body());
    refused(400, "INVALID_POINTS", server.post("/api/v1/nursing-homes/" + h + "/assessments",
        sheet("2026-H1", null, Map.of("2.1", "0.3"), ITEMS, "[]")));
    refused(422, "OCCUPANCY_ABOVE_BEDS", server.put("/api/v1/nursing-homes/" + h + "/occupancy/2026-03",
        "{\"occupiedBeds\": 31}"));
    refused(404, "NOT_FOUND", server.put("/api/v1/nursing-homes/NH-9999/occupancy/2026-03", "{\"occupiedBeds\": 1}"));
    assertEquals(before, Snapshot.of(server.server().database()));
  }

  @Test
  void theAwardIsSplitByWeightPreviewedThenStoredOnce() {
    // its own period, so the other tests' homes do not take part
    String excellent = home("甲养老院", 100);
    String pass = home("乙养老院", 50);
    String failed = home("丙养老院", 50);
    for (String m : List.of("2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12")) {
      occupancy(excellent, m, 80);
      occupancy(failed, m, 50);
    }
    for (String m : List.of("2026-07", "2026-08", "2026-09")) {
      occupancy(pass, m, 40);
    }
    ok(201, server.post("/api/v1/nursing-homes/" + excellent + "/assessments", sheet("2026-H2", "2026-11-20", Map.of(), ITEMS, "[]")));
    ok(201, server.post("/api/v1/nursing-homes/" + pass + "/assessments",
        sheet("2026-H2", "2026-11-20", Map.of("3.1", "7", "3.2", "5", "3.3", "4", "4.1", "5", "4.2", "5"), ITEMS, "[]")));
    ok(201, server.post("/api/v1/nursing-homes/" + failed + "/assessments",
        sheet("2026-H2", "2026-11-20", Map.of(), ITEMS, "[\"ABUSE_OF_RESIDENTS\"]")));

    String request = "{\"period\": \"2026-H2\", \"budgetFen\": 2000000, \"capPerHomeFen\": null, \"paidOn\": \"2026-07-15\","
        + " \"preview\": %s}";
    String before = Snapshot.of(server.server().database());
    JsonNode preview = ok(200, server.post("/api/v1/nursing-homes/awards", String.format(request, "true")));
    assertEquals(before, Snapshot.of(server.server().database()));
    // weights 80 × 1.5 = 120 and (40 × 3 ÷ 6) × 1.0 = 20: shares 1,714,285.71… and 285,714.28…;
    // the fen left over goes to the larger fraction
    JsonNode awards = preview.get("awards");
    assertEquals(2, awards.size());
    assertEquals(excellent, awards.get(0).get("homeId").asText());
    assertEquals(1_714_286, awards.get(0).get("amountFen").asLong());
    assertEquals(0, awards.get(0).get("weight").decimalValue().compareTo(BigDecimal.valueOf(120)));
    assertEquals(pass, awards.get(1).get("homeId").asText());
    assertEquals(285_714, awards.get(1).get("amountFen").asLong());
    assertEquals(0, awards.get(1).get("weight").decimalValue().compareTo(BigDecimal.valueOf(20)));
    assertEquals(0, preview.get("unspentFen").asLong());

    JsonNode stored = ok(201, server.post("/api/v1/nursing-homes/awards", String.format(request, "false")));
    assertEquals(preview.get("awards"), stored.get("awards"));
    refused(409, "AWARD_EXISTS", server.post("/api/v1/nursing-homes/awards", String.format(request, "false")));

    JsonNode capped = ok(200, server.post("/api/v1/nursing-homes/awards",
        "{\"period\": \"2026-H2\", \"budgetFen\": 2000000, \"capPerHomeFen\": 1000000, \"preview\": true}"));
    long sum = capped.get("unspentFen").asLong();
    for (JsonNode l : capped.get("awards")) {
      sum += l.get("amountFen").asLong();
    }
    assertEquals(2_000_000, sum);
    assertEquals(1_000_000, capped.get("awards").get(0).get("amountFen").asLong());
    assertEquals(285_714 + 714_286, capped.get("awards").get(1).get("amountFen").asLong() + capped.get("unspentFen").asLong());
  }

  private static String residentBornOn(String yyyymmdd, String serial) {
    return ResidentId.ofFirst17("410802" + yyyymmdd + serial).value();
  }

  @Test
  void homeCareEnrolsRegisteredEldersAndSplitsTheMonthsHours() {
    String elder = residentBornOn("19400101", "002");
    String stranger = residentBornOn("19400101", "012");
    ok(201, server.post("/api/v1/households", "{\"subdistrict\": \"410802001\", \"registeredOn\": \"2026-01-02\","
        + " \"household\": {\"areaType\": \"URBAN\", \"disqualifyingAssets\": false, \"singleParentOrOrphan\": false, \"members\": [{\"residentId\": \"" + elder + "\","
        + " \"monthlyIncomeFen\": 0, \"financialAssetsFen\": 0, \"severelyDisabled\": false, \"seriouslyIll\": false}]}}"));
    JsonNode yes = ok(200, server.post("/api/v1/home-care/eligibility",
        "{\"residentId\": \"" + elder + "\", \"threeNos\": false, \"on\": \"2026-03-01\"}"));
    assertTrue(yes.get("eligible").asBoolean());
    assertEquals(86, yes.get("age").asInt());
    assertEquals(10, yes.get("fundedHours").asInt());
    assertEquals(ResidentId.parse(elder).masked(), yes.get("residentId").asText());
    JsonNode no = ok(200, server.post("/api/v1/home-care/eligibility",
        "{\"residentId\": \"" + stranger + "\", \"threeNos\": false, \"on\": \"2026-03-01\"}"));
    assertFalse(no.get("eligible").asBoolean());
    assertEquals("NOT_REGISTERED_IN_DISTRICT", no.get("reasons").get(0).get("code").asText());
    refused(422, "NOT_ELIGIBLE", server.post("/api/v1/home-care/clients", "{\"residentId\": \"" + stranger + "\","
        + " \"subdistrict\": \"410802001\", \"threeNos\": false, \"enrolledOn\": \"2026-03-01\"}"));

    String client = ok(201, server.post("/api/v1/home-care/clients", "{\"residentId\": \"" + elder + "\","
        + " \"subdistrict\": \"410802001\", \"threeNos\": false, \"enrolledOn\": \"2026-03-01\"}")).get("clientId").asText();
    refused(409, "ALREADY_ENROLLED", server.post("/api/v1/home-care/clients", "{\"residentId\": \"" + elder + "\","
        + " \"subdistrict\": \"410802001\", \"threeNos\": false, \"enrolledOn\": \"2026-03-02\"}"));
    String worker = ok(201, server.post("/api/v1/home-care/workers",
        "{\"name\": \"李护理\", \"subdistrict\": \"410802001\", \"trainedOn\": \"2026-02-01\"}")).get("workerId").asText();
    JsonNode assigned = ok(200, server.post("/api/v1/home-care/clients/" + client + "/assignment",
        "{\"workerId\": \"" + worker + "\", \"on\": \"2026-03-01\"}"));
    assertEquals(worker, assigned.get("workerId").asText());

    JsonNode first = ok(201, server.post("/api/v1/home-care/visits", "{\"workerId\": \"" + worker + "\", \"clientId\": \""
        + client + "\", \"date\": \"2026-03-05\", \"service\": \"COMPANIONSHIP\", \"hours\": 6}"));
    assertEquals(0, first.get("fundedHours").decimalValue().compareTo(BigDecimal.valueOf(6)));
    // recorded later but dated earlier: counts first
    JsonNode earlier = ok(201, server.post("/api/v1/home-care/visits", "{\"workerId\": \"" + worker + "\", \"clientId\": \""
        + client + "\", \"date\": \"2026-03-03\", \"service\": \"HOUSEKEEPING\", \"hours\": 5.5}"));
    assertEquals(0, earlier.get("fundedHours").decimalValue().compareTo(new BigDecimal("5.5")));
    JsonNode month = ok(200, server.get("/api/v1/home-care/clients/" + client + "/months/2026-03"));
    assertEquals(10, month.get("fundedHours").asInt());
    assertEquals(0, month.get("fundedHoursUsed").decimalValue().compareTo(BigDecimal.TEN));
    assertEquals(0, month.get("selfPaidHours").decimalValue().compareTo(new BigDecimal("1.5")));
    assertEquals("2026-03-03", month.get("visits").get(0).get("date").asText());
    assertEquals(0, month.get("visits").get(1).get("fundedHours").decimalValue().compareTo(new BigDecimal("4.5")));
    refused(400, "INVALID_HOURS", server.post("/api/v1/home-care/visits", "{\"workerId\": \"" + worker + "\","
        + " \"clientId\": \"" + client + "\", \"date\": \"2026-03-06\", \"service\": \"HEALTH_CARE\", \"hours\": 1.25}"));
    refused(422, "WORKER_NOT_SERVING", server.post("/api/v1/home-care/visits", "{\"workerId\": \"" + worker + "\","
        + " \"clientId\": \"" + client + "\", \"date\": \"2026-01-20\", \"service\": \"HEALTH_CARE\", \"hours\": 1}"));
    assertFalse(server.get("/api/v1/home-care/clients").body().contains(elder));
  }

  @Test
  void aCentreRegisteredWithoutItsOpeningDayOpensTheDayItIsRegistered() {
    JsonNode centre = ok(201, server.post("/api/v1/day-care/centres", "{\"name\": \"上白作日间照料中心\","
        + " \"subdistrict\": \"410802002\", \"capacity\": 10}"));
    assertEquals(LocalDate.now(TestServer.CLOCK).toString(), centre.get("openedOn").asText());
  }

  @Test
  void dayCareCountsAttendanceAgainstCapacityAndOpenDays() {
    String centre = ok(201, server.post("/api/v1/day-care/centres", "{\"name\": \"王褚日间照料中心\","
        + " \"subdistrict\": \"410802001\", \"capacity\": 2, \"openedOn\": \"2026-03-02\"}")).get("centreId").asText();
    String a = residentBornOn("19450101", "003");
    String b = residentBornOn("19460101", "004");
    String c = residentBornOn("19470101", "005");
    for (String r : List.of(a, b)) {
      ok(201, server.post("/api/v1/day-care/centres/" + centre + "/enrolments",
          "{\"residentId\": \"" + r + "\", \"enrolledOn\": \"2026-03-02\"}"));
    }
    String path = "/api/v1/day-care/centres/" + centre + "/attendance";
    ok(201, server.post(path, "{\"residentId\": \"" + a + "\", \"date\": \"2026-03-02\"}"));
    ok(201, server.post(path, "{\"residentId\": \"" + b + "\", \"date\": \"2026-03-02\"}"));
    ok(201, server.post(path, "{\"residentId\": \"" + a + "\", \"date\": \"2026-03-03\"}"));
    refused(409, "ATTENDANCE_RECORDED", server.post(path, "{\"residentId\": \"" + a + "\", \"date\": \"2026-03-03\"}"));
    refused(422, "NOT_ENROLLED", server.post(path, "{\"residentId\": \"" + c + "\", \"date\": \"2026-03-03\"}"));
    refused(422, "CENTRE_CLOSED", server.post(path, "{\"residentId\": \"" + a + "\", \"date\": \"2026-03-07\"}"));
    JsonNode u = ok(200, server.get("/api/v1/day-care/centres/" + centre + "/utilisation?from=2026-03-02&to=2026-03-08"));
    assertEquals(3, u.get("attendanceDays").asLong());
    assertEquals(5, u.get("openDays").asLong());
    assertEquals(10, u.get("placeDays").asLong());
    assertEquals(0, u.get("utilisationPercent").decimalValue().compareTo(new BigDecimal("30.0")));
    refused(400, "DATE_RANGE", server.get("/api/v1/day-care/centres/" + centre + "/utilisation?from=2026-03-08&to=2026-03-02"));
  }

  private static final String A = "410802001001";
  private static final String B = "410802001002";
  private static final String C = "410802001003";

  private static String volunteer(String id, String community, String skills, String slots, int capacity) {
    return "{\"id\": \"" + id + "\", \"community\": \"" + community + "\", \"skills\": " + skills + ", \"slots\": " + slots
        + ", \"capacity\": " + capacity + "}";
  }

  private static String need(String id, String community, String domains, String slots, int needed) {
    return "{\"elderId\": \"" + id + "\", \"community\": \"" + community + "\", \"domains\": " + domains
        + ", \"slots\": " + slots + ", \"volunteersNeeded\": " + needed + "}";
  }

  private static final List<String> VOLUNTEERS = List.of(
      volunteer("v1", A, "[\"HEALTH\"]", "[\"MON_AM\", \"TUE_AM\"]", 1),
      volunteer("v2", B, "[\"HEALTH\", \"HOUSEKEEPING\"]", "[\"MON_AM\"]", 2),
      volunteer("v3", C, "[\"HOBBY\"]", "[\"SUN_EVE\"]", 1));
  private static final List<String> NEEDS = List.of(
      need("e1", A, "[\"HEALTH\", \"HOUSEKEEPING\"]", "[\"MON_AM\", \"TUE_AM\"]", 1),
      need("e2", B, "[\"HEALTH\"]", "[\"MON_AM\"]", 2),
      need("e3", C, "[\"PERFORMANCE\"]", "[\"SUN_EVE\"]", 1));
  private static final String ADJACENCY = "[[\"" + A + "\", \"" + B + "\"], [\"" + B + "\", \"" + C + "\"]]";

  /**
   * Filling all three places needs v1 and v2 at e2 (12 + 2) and v2 at e1 (12): cost 26, although
   * v1 at e1 (5) with v2 at e2 (2) would cost 7 for only two places.
   */
  private static void checkOptimal(JsonNode m) {
    assertEquals(3, m.get("filledPlaces").asLong());
    assertEquals(26, m.get("totalCost").asLong());
    JsonNode e1 = m.get("assignments").get(0);
    assertEquals("e1", e1.get("elderId").asText());
    assertEquals("v2", e1.get("volunteers").get(0).get("id").asText());
    assertEquals(12, e1.get("volunteers").get(0).get("cost").asInt());
    JsonNode reasons = e1.get("volunteers").get(0).get("reasons");
    assertEquals(1, reasons.get("steps").asInt());
    assertEquals("[\"HEALTH\",\"HOUSEKEEPING\"]", reasons.get("sharedDomains").toString());
    assertEquals("[]", reasons.get("missingDomains").toString());
    assertEquals("[\"MON_AM\"]", reasons.get("sharedSlots").toString());
    JsonNode e2 = m.get("assignments").get(1);
    assertEquals("e2", e2.get("elderId").asText());
    assertEquals(2, e2.get("volunteers").size());
    assertEquals(1, m.get("unfilled").size());
    JsonNode e3 = m.get("unfilled").get(0);
    assertEquals("e3", e3.get("elderId").asText());
    assertEquals(1, e3.get("places").asInt());
    assertEquals("NO_CANDIDATE", e3.get("reason").asText());
    assertEquals(0, e3.get("candidates").asInt());
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void theOneOffMatchingIsOptimalAndStoresNothing() {
    String before = Snapshot.of(server.server().database());
    JsonNode m = ok(200, server.post("/api/v1/volunteer-matchings", "{\"volunteers\": [" + String.join(", ", VOLUNTEERS)
        + "], \"needs\": [" + String.join(", ", NEEDS) + "], \"adjacency\": " + ADJACENCY + "}"));
    checkOptimal(m);
    // the same records in another order give the same answer
    JsonNode again = ok(200, server.post("/api/v1/volunteer-matchings", "{\"volunteers\": ["
        + String.join(", ", reversed(VOLUNTEERS)) + "], \"needs\": [" + String.join(", ", reversed(NEEDS))
        + "], \"adjacency\": " + ADJACENCY + "}"));
    assertEquals(m, again);
    assertEquals(before, Snapshot.of(server.server().database()));
    refused(400, "AREA_CODE_LENGTH", server.post("/api/v1/volunteer-matchings",
        "{\"volunteers\": [], \"needs\": [], \"adjacency\": [[\"4108020010\", \"" + A + "\"]]}"));
  }

  @Test
  void storedRegistersAreMatchedAndActivitiesCounted() {
    for (String v : VOLUNTEERS) {
      ok(201, server.post("/api/v1/volunteers", v));
    }
    refused(409, "VOLUNTEER_EXISTS", server.post("/api/v1/volunteers", VOLUNTEERS.get(0)));
    for (String n : NEEDS) {
      ok(201, server.post("/api/v1/volunteer-needs", n));
    }
    ok(200, server.put("/api/v1/community-adjacency", "{\"adjacency\": " + ADJACENCY + "}"));
    JsonNode run = ok(201, server.post("/api/v1/volunteer-matching-runs", "{\"runOn\": \"2026-04-01\"}"));
    checkOptimal(run);
    assertEquals("TWO_TO_ONE", run.get("forms").get("e2").asText());
    assertEquals(1, server.get("/api/v1/volunteer-matching-runs?from=2026-04-01&to=2026-04-30").json().get("runs").size());

    ok(201, server.post("/api/v1/activities", "{\"kind\": \"LECTURE\", \"topic\": \"HEALTH\", \"title\": \"防跌倒讲座\","
        + " \"date\": \"2026-04-10\", \"community\": \"" + A + "\", \"leaders\": [\"v1\"], \"attendees\": [\"e1\", \"e2\"]}"));
    ok(201, server.post("/api/v1/activities", "{\"kind\": \"CONTEST\", \"topic\": \"HOBBY\", \"title\": \"象棋小比赛\","
        + " \"date\": \"2026-04-11\", \"community\": \"" + B + "\", \"leaders\": [\"v2\"], \"attendees\": [\"e1\"]}"));
    ok(201, server.post("/api/v1/activities", "{\"kind\": \"PERFORMANCE\", \"topic\": \"PERFORMANCE\", \"title\": \"重阳演出\","
        + " \"date\": \"2026-10-11\", \"community\": \"" + B + "\", \"leaders\": [\"v2\"], \"attendees\": [\"e3\"]}"));
    refused(404, "NOT_FOUND", server.post("/api/v1/activities", "{\"kind\": \"LECTURE\", \"topic\": \"RIGHTS\","
        + " \"title\": \"普法\", \"date\": \"2026-04-12\", \"community\": \"" + A + "\", \"leaders\": [\"nobody\"],"
        + " \"attendees\": []}"));
    JsonNode april = ok(200, server.get("/api/v1/activities?from=2026-04-01&to=2026-04-30"));
    assertEquals(2, april.get("activities").size());
    assertEquals(2, april.get("figures").get("sessions").asInt());
    assertEquals(3, april.get("figures").get("personTimes").asInt());
    assertEquals(2, april.get("figures").get("distinctElders").asInt());
    assertEquals(1, april.get("figures").get("sessionsByKind").get("LECTURE").asInt());
    assertEquals(0, april.get("figures").get("sessionsByKind").get("PERFORMANCE").asInt());
  }
}
