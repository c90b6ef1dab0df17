package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every limit other than the medical-aid caps, tried by many clients at once (on PostgreSQL these
 * writes run side by side; on the embedded database they share commits): a stock issued past what
 * was received, a campaign disbursed past its balance, a household granted temporary relief past
 * its yearly cap, a resident put in two households, a day-care centre filled past its places.
 * Each limit holds exactly (no more succeed than fit, and no fewer), and what is stored is what
 * the answers said. Gap-free receipt numbers stay gap-free and unique.
 */
class ConcurrentCapsApiTest {
  private static final int CLIENTS = 16;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Sends {@code CLIENTS} requests at once, the {@code i}th made by {@code request}; the answers by status. */
  private static Map<Integer, List<Response>> atOnce(IntFunction<Response> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    ConcurrentLinkedQueue<Response> answers = new ConcurrentLinkedQueue<>();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      work.add(pool.submit(() -> answers.add(request.apply(client))));
    }
    for (Future<?> f : work) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Map<Integer, List<Response>> byStatus = new TreeMap<>();
    for (Response r : answers) {
      byStatus.computeIfAbsent(r.status(), k -> new ArrayList<>()).add(r);
    }
    return byStatus;
  }

  private static int count(Map<Integer, List<Response>> byStatus, int status) {
    return byStatus.getOrDefault(status, List.of()).size();
  }

  /** The body that registers a household of {@code residents}, the first its head, none with income or assets. */
  private static String householdBody(String... residents) {
    List<String> members = new ArrayList<>();
    for (String r : residents) {
      members.add("{\"residentId\": \"" + r + "\", \"monthlyIncomeFen\": 0, \"financialAssetsFen\": 0,"
          + " \"severelyDisabled\": false, \"seriouslyIll\": false}");
    }
    return "{\"subdistrict\": \"410802001\", \"registeredOn\": \"2026-01-05\", \"household\": {\"areaType\": \"URBAN\","
        + " \"disqualifyingAssets\": false, \"singleParentOrOrphan\": false, \"members\": [" + String.join(", ", members)
        + "]}}";
  }

  /** Registers a household of {@code residents}; its id. */
  private static String household(String... residents) {
    Response r = server.post("/api/v1/households", householdBody(residents));
    assertEquals(201, r.status(), r.toString());
    return r.json().get("householdId").asText();
  }

  private static String resident(String first14, int i) {
    return ResidentId.ofFirst17(first14 + String.format("%03d", i)).value();
  }

  @Test
  void aStockIsNeverIssuedPastWhatWasReceived() throws Exception {
    String item = server.post("/api/v1/supplies/items", "{\"name\": \"棉被\", \"unit\": \"PIECE\", \"category\": \"QUILT\"}")
        .json().get("itemId").asText();
    assertEquals(201, server.post("/api/v1/supplies/items/" + item + "/receipts",
        "{\"date\": \"2026-03-01\", \"quantity\": 10, \"costFen\": 100000, \"source\": \"PURCHASE\"}").status());
    Map<Integer, List<Response>> answers = atOnce(c -> server.post("/api/v1/supplies/items/" + item + "/issues",
        "{\"date\": \"2026-03-02\", \"quantity\": 1, \"destination\": \"DISASTER_EVENT\", \"reference\": \"汛情\","
            + " \"approver\": \"王\"}"));
    assertEquals(10, count(answers, 201), answers.keySet().toString());
    assertEquals(CLIENTS - 10, count(answers, 422), answers.keySet().toString());
    JsonNode stock = server.get("/api/v1/supplies/stock?date=2026-03-02").json();
    for (JsonNode s : stock.get("items")) {
      if (s.get("itemId").asText().equals(item)) {
        assertEquals(0, s.get("quantity").decimalValue().signum(), s.toString());
        assertEquals(0, s.get("valueFen").asLong(), s.toString());
      }
    }
    // the values issued add up to what was received: none was valued from a stock another issue had taken
    long issued = answers.get(201).stream().mapToLong(r -> r.json().get("valueFen").asLong()).sum();
    assertEquals(100_000, issued);
  }

  @Test
  void aCampaignIsNeverDisbursedPastItsBalanceAndReceiptNumbersStayGapFree() throws Exception {
    String household = household(resident("41080219460103", 1));
    String campaign = server.post("/api/v1/charity/campaigns", "{\"name\": \"爱心一日捐\", \"startsOn\": \"2026-05-01\"}")
        .json().get("campaignId").asText();
    Map<Integer, List<Response>> donations = atOnce(c -> server.post("/api/v1/charity/campaigns/" + campaign
        + "/donations", "{\"donorName\": \"捐赠人" + c + "\", \"amountFen\": 1000, \"date\": \"2026-05-02\"}"));
    assertEquals(CLIENTS, count(donations, 201), donations.keySet().toString());
    List<String> receipts = donations.get(201).stream().map(r -> r.json().get("receiptNumber").asText()).sorted().toList();
    assertEquals(CLIENTS, receipts.stream().distinct().count(), receipts.toString());
    // gap-free: the numbers' last digits run 1, 2, ... in the year's sequence, whatever order they committed in
    List<Integer> serials = receipts.stream().map(n -> Integer.parseInt(n.replaceAll(".*\\D", ""))).sorted().toList();
    assertEquals(IntStream.rangeClosed(serials.get(0), serials.get(0) + CLIENTS - 1).boxed().toList(), serials);

    // ¥160 given; each client asks for ¥15 of it: ten fit, and the balance is left at ¥10
    Map<Integer, List<Response>> answers = atOnce(c -> server.post("/api/v1/charity/campaigns/" + campaign
        + "/disbursements", "{\"householdId\": \"" + household + "\", \"purpose\": \"LIVING\", \"amountFen\": 1500,"
        + " \"date\": \"2026-05-03\"}"));
    assertEquals(10, count(answers, 201), answers.keySet().toString());
    assertEquals(CLIENTS - 10, count(answers, 422), answers.keySet().toString());
    JsonNode balance = server.get("/api/v1/charity/campaigns/" + campaign + "/balances").json();
    assertEquals(16_000, balance.get("donatedFen").asLong(), balance.toString());
    assertEquals(15_000, balance.get("disbursedFen").asLong(), balance.toString());
    assertEquals(1_000, balance.get("balanceFen").asLong(), balance.toString());
  }

  @Test
  void temporaryReliefNeverPassesAHouseholdsYearlyCap() throws Exception {
    String household = household(resident("41080219460103", 2));
    Map<Integer, List<Response>> answers = atOnce(c -> server.post("/api/v1/temporary-relief/grants",
        "{\"householdId\": \"" + household + "\", \"cause\": \"FIRE\", \"months\": 3, \"grantedOn\": \"2026-04-01\"}"));
    // ¥720 × 3 months for one member is ¥2,160 a grant; the yearly cap, ¥8,640, holds four
    assertEquals(4, count(answers, 201), answers.keySet().toString());
    assertEquals(CLIENTS - 4, count(answers, 422), answers.keySet().toString());
    long granted = answers.get(201).stream().mapToLong(r -> r.json().get("amountFen").asLong()).sum();
    assertEquals(864_000, granted);
    JsonNode stored = server.get("/api/v1/temporary-relief/grants?from=2026-01-01&to=2026-12-31").json();
    long storedForHousehold = 0;
    for (JsonNode g : stored.get("grants")) {
      if (g.get("householdId").asText().equals(household)) {
        storedForHousehold += g.get("amountFen").asLong();
      }
    }
    assertEquals(864_000, storedForHousehold);
  }

  @Test
  void aResidentIsInOneHouseholdHoweverManyRegisterHimAtOnce() throws Exception {
    String shared = resident("41080219460103", 3);
    Map<Integer, List<Response>> answers = atOnce(c -> server.post("/api/v1/households", householdBody(shared)));
    assertEquals(1, count(answers, 201), answers.keySet().toString());
    assertEquals(CLIENTS - 1, count(answers, 409), answers.keySet().toString());
  }

  @Test
  void residentsMovedBothWaysBetweenTwoHouseholdsAtOnceEachEndInTheOther() throws Exception {
    int half = CLIENTS / 2;
    String[] households = new String[2];
    for (int h = 0; h < 2; h++) {
      String[] members = new String[half + 1];
      for (int m = 0; m <= half; m++) {
        members[m] = resident("4108021950061" + h, m);
      }
      households[h] = household(members);
    }
    // half the clients move a member of the first household into the second, half the other way
    // (each transfer holds both households: taken in opposite orders, they must not deadlock or fail)
    Map<Integer, List<Response>> answers = atOnce(c -> {
      int from = c < half ? 0 : 1;
      return server.post("/api/v1/residents/" + resident("4108021950061" + from, 1 + c % half) + "/household-transfer",
          "{\"toHouseholdId\": \"" + households[1 - from] + "\"}");
    });
    assertEquals(CLIENTS, count(answers, 200), answers.toString());
    for (int h = 0; h < 2; h++) {
      JsonNode members = server.get("/api/v1/households/" + households[h]).json().get("members");
      // its head, and the other household's movers
      assertEquals(1 + half, members.size(), members.toString());
    }
  }

  @Test
  void aDayCareCentreNeverTakesMoreThanItsPlacesInADay() throws Exception {
    Response centre = server.post("/api/v1/day-care/centres",
        "{\"name\": \"日间照料中心\", \"subdistrict\": \"410802001\", \"capacity\": 5, \"openedOn\": \"2026-01-05\"}");
    assertEquals(201, centre.status(), centre.toString());
    String id = centre.json().get("centreId").asText();
    for (int c = 0; c < CLIENTS; c++) {
      Response enrolled = server.post("/api/v1/day-care/centres/" + id + "/enrolments",
          "{\"residentId\": \"" + resident("41080219450505", c) + "\", \"enrolledOn\": \"2026-03-02\"}");
      assertEquals(201, enrolled.status(), enrolled.toString());
    }
    // a Tuesday
    Map<Integer, List<Response>> answers = atOnce(c -> server.post("/api/v1/day-care/centres/" + id + "/attendance",
        "{\"residentId\": \"" + resident("41080219450505", c) + "\", \"date\": \"2026-03-03\"}"));
    assertEquals(5, count(answers, 201), answers.keySet().toString());
    assertEquals(CLIENTS - 5, count(answers, 422), answers.keySet().toString());
    JsonNode use = server.get("/api/v1/day-care/centres/" + id + "/utilisation?from=2026-03-03&to=2026-03-03").json();
    assertEquals(5, use.get("attendanceDays").asInt(), use.toString());
    assertTrue(use.get("utilisationPercent").decimalValue().signum() > 0, use.toString());
  }
}
