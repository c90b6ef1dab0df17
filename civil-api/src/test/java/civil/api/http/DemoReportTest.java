package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import civil.api.testing.TestServer.Response;
import civil.api.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The district's demo data, loaded on a new database, gives a 2026-H1 report that reads like the
 * bureau's own; its HTML page renders in a real headless browser (Debian's {@code chromium};
 * {@code .ci/run} installs it and sets {@code CIVIL_REQUIRE_BROWSER=true} so a missing browser
 * fails there instead of skipping).
 */
class DemoReportTest {
  private static final Pattern RESIDENT_ID = Pattern.compile("(?<![\\dA-Z])\\d{17}[\\dX](?![\\dA-Z])");
  private static TestServer server;
  private static JsonNode report;

  @BeforeAll
  static void start() {
    server = TestServer.start(true);
    report = server.get("/api/v1/reports/half-year/2026-H1").json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Response as(String accept) {
    Response r = server.send("GET", "/api/v1/reports/half-year/2026-H1", (byte[]) null, TestServer.ADMIN, null, accept);
    assertEquals(200, r.status(), r.toString());
    return r;
  }

  @Test
  void theDemoReportReadsLikeTheBureausOwn() {
    JsonNode medical = report.get("medicalAid");
    assertEquals(33, medical.get("residentsAided").asInt());
    assertEquals(5_630_000, medical.get("medicalAidFen").asLong());
    assertTrue(medical.get("reversals").asInt() >= 1);
    long emergency = 0;
    long grain = 0;
    for (JsonNode c : report.get("disasterRelief").get("suppliesReceived").get("byCategory")) {
      if (c.get("category").asText().equals("GRAIN")) {
        grain += c.get("valueFen").asLong();
      } else {
        emergency += c.get("valueFen").asLong();
      }
    }
    assertEquals(3_500_000, emergency);
    assertEquals(1_500_000, grain);
    JsonNode campaign = report.get("charity").get("campaigns").get(0);
    assertEquals("2026年爱心一日捐", campaign.get("name").asText());
    assertEquals(2_189_100, campaign.get("donatedFen").asLong());
    assertTrue(report.get("charity").get("invitationsSent").asInt() > 200);
    JsonNode home = report.get("homeCare");
    assertEquals(36, home.get("clientsEnrolled").asInt());
    assertEquals(56, home.get("clientsTotal").asInt());
    assertEquals(13, home.get("workersStarted").asInt());
    assertEquals(19, home.get("workersTotal").asInt());
    assertEquals(2, report.get("dayCare").get("centres").asInt());
    JsonNode homes = report.get("institutionalCare");
    assertEquals(5, homes.get("assessments").asInt());
    assertEquals(2_000_000, homes.get("awardPaidFen").asLong());
    JsonNode volunteers = report.get("volunteerService");
    assertEquals(60, volunteers.get("eldersServed").asInt());
    assertEquals(16, volunteers.get("activities").asInt());
    String md = as("text/markdown").body();
    assertTrue(md.contains("共对辖区33名患者实施了医疗救助，发放医疗救助金5.63万元"), md);
    assertTrue(md.contains("新增居家养老服务对象36人，服务对象总数为56人；新增13名服务人员，服务人员总数达19人"), md);
    assertTrue(md.contains("共有60名老年人享受到志愿服务"), md);
  }

  /** The demo's settlements go through its designated hospitals, whose months are cleared and paid. */
  @Test
  void theDemoDistrictSettlesThroughItsHospitals() {
    JsonNode medical = report.get("medicalAid");
    JsonNode byHospital = medical.get("byHospital");
    assertEquals(5, byHospital.size());
    long aid = medical.get("manualClaims").get("medicalAidFen").asLong();
    long cleared = 0;
    long paid = 0;
    for (JsonNode h : byHospital) {
      aid += h.get("medicalAidFen").asLong();
      cleared += h.get("clearedFen").asLong();
      paid += h.get("paidFen").asLong();
    }
    assertEquals(medical.get("medicalAidFen").asLong(), aid);
    assertEquals(2, medical.get("manualClaims").get("settlements").asInt());
    // every month January to June is cleared: the net cleared is the aid of the hospitals' standing settlements
    assertEquals(aid - medical.get("manualClaims").get("medicalAidFen").asLong(), cleared);
    assertTrue(paid > 0 && paid < cleared, paid + " of " + cleared);
    JsonNode statements = server.get("/api/v1/medical-aid/clearings").json().get("clearings");
    assertEquals(30, statements.size());
    JsonNode reconciliations = server.get("/api/v1/medical-aid/reconciliations?from=2026-01-01&to=2026-06-30").json()
        .get("reconciliations");
    assertEquals(1, reconciliations.size());
    assertEquals("MISSING_THERE", reconciliations.get(0).get("differences").get(0).get("kind").asText());
    String markdown = server.send("GET", "/api/v1/reports/half-year/2026-H1", null, TestServer.ADMIN, null,
        "text/markdown").body();
    assertTrue(markdown.contains("| 解放区人民医院 |") && markdown.contains("零星报销"), markdown);
  }

  /** The ninth section: the demo's villages, their inspections, model villages and the election survey. */
  @Test
  void theGrassrootsSectionReportsTheVillages() {
    JsonNode g = report.get("grassroots");
    assertEquals(16, g.get("villages").asInt());
    assertEquals(16, g.get("villagesInspected").asInt());
    assertEquals(32, g.get("inspections").asInt());
    assertTrue(g.get("averageScore").isNumber(), g.toString());
    int byGrade = 0;
    for (JsonNode x : g.get("byGrade")) {
      byGrade += x.get("inspections").asInt();
    }
    assertEquals(32, byGrade);
    assertTrue(g.get("modelVillageCandidates").size() >= 1, g.toString());
    JsonNode survey = g.get("electionSurvey");
    assertEquals("2026-12-20", survey.get("electionDay").asText());
    assertEquals(16, survey.get("villages").asInt());
    assertTrue(survey.get("duplicates").asInt() >= 1, survey.toString());
    assertTrue(survey.get("voters").asInt() > 0 && survey.get("seats").asInt() >= 48, survey.toString());
    String markdown = server.send("GET", "/api/v1/reports/half-year/2026-H1", null, TestServer.ADMIN, null,
        "text/markdown").body();
    assertTrue(markdown.contains("## 九、基层政权建设") && markdown.contains("民主管理示范村"), markdown);
    System.out.println("grassroots: " + g);
  }

  /** Every read route answers on the demo district (the roll of hardship support once answered 422). */
  @Test
  void everyReadOfTheDemoDistrictAnswers() {
    assertEquals(200, server.get("/api/v1/hardship/recipients").status());
    JsonNode recipients = server.get("/api/v1/hardship/recipients").json().get("recipients");
    assertEquals(10, recipients.size());
    for (JsonNode r : recipients) {
      assertTrue(r.get("monthlyTotalFen").asLong() > 0, r.toString());
    }
    for (String path : List.of("/api/v1/households", "/api/v1/relief-rounds", "/api/v1/supplies/items",
        "/api/v1/charity/campaigns", "/api/v1/nursing-homes", "/api/v1/home-care/clients", "/api/v1/day-care/centres",
        "/api/v1/volunteers", "/api/v1/nursing-homes/awards")) {
      assertEquals(200, server.get(path).status(), path);
    }
  }

  @Test
  void noResidentIdAppearsUnmaskedInAnyFormat() {
    for (String body : List.of(report.toString(), as("text/markdown").body(), as("text/html").body())) {
      Matcher m = RESIDENT_ID.matcher(body);
      assertFalse(m.find(), () -> "a resident ID appears: " + m.group());
    }
  }

  @Test
  void aRestartDoesNotLoadTheDemoAgain() {
    int households = server.get("/api/v1/households").json().get("households").size();
    server.restart();
    assertEquals(households, server.get("/api/v1/households").json().get("households").size());
    assertEquals(report, server.get("/api/v1/reports/half-year/2026-H1").json());
  }

  private static Optional<String> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return Optional.of(f.getPath());
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void theHtmlReportRendersInAHeadlessBrowserWithItsHeadingsAndCharts() throws IOException, InterruptedException {
    Optional<String> browser = chromium();
    if (browser.isEmpty()) {
      if ("true".equals(System.getenv("CIVIL_REQUIRE_BROWSER"))) {
        fail("no chromium on PATH, and CIVIL_REQUIRE_BROWSER=true");
      }
      Assumptions.abort("no chromium on PATH");
    }
    // the report now, and the report as it stood when H1 closed: both render whole
    for (String query : List.of("", "?asOf=2026-07-01T00:00:00%2B08:00")) {
      Response page = server.send("GET", "/api/v1/reports/half-year/2026-H1" + query, (byte[]) null, TestServer.ADMIN,
          null, "text/html");
      assertEquals(200, page.status(), page.toString());
      if (!query.isEmpty()) {
        assertTrue(page.body().contains("数据截至2026-07-01 00:00"), "the as-of page says when its data stood");
      }
      render(browser.get(), page.body());
    }
  }

  private static void render(String browser, String html) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("civil-report");
    Path page = dir.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path log = dir.resolve("chromium.log");
    Path dom = dir.resolve("dom.html");
    Process p = new ProcessBuilder(browser, "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom", page.toUri().toString())
        .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 90 s");
    }
    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    String errors = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), errors);
    for (String heading : List.of("一、社会救助", "二、救灾", "三、医疗救助", "四、慈善", "五、居家养老", "六、日托养老",
        "七、机构养老", "八、志愿服务")) {
      assertTrue(rendered.contains("<h2>" + heading + "</h2>"), heading + " missing from the rendered page");
    }
    for (String chart : List.of("chart-subdistrict", "chart-purpose", "chart-grade")) {
      assertTrue(rendered.contains("id=\"" + chart + "\""), chart + " missing from the rendered page");
    }
    assertTrue(rendered.split("<rect class=\"bar\"", -1).length > 10, "the charts have bars");
    for (String bad : List.of("Uncaught", "Failed to load resource", "CONSOLE(")) {
      assertFalse(errors.contains(bad), "the browser reported: " + errors);
    }
  }
}
