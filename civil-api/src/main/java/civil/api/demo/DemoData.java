package civil.api.demo;

import civil.api.Services;
import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.HalfYear;
import civil.core.period.PolicyYear;
import civil.eldercare.activity.ActivityKind;
import civil.eldercare.assessment.AssessmentCatalog;
import civil.eldercare.assessment.AssessmentSheet;
import civil.eldercare.assessment.Finding;
import civil.eldercare.assessment.ItemFindings;
import civil.eldercare.assessment.Points;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.homecare.CareService;
import civil.eldercare.homecare.CareWorker;
import civil.eldercare.homecare.HomeCareClient;
import civil.eldercare.nursinghome.AssessmentRecord;
import civil.eldercare.nursinghome.NursingHome;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.Slot;
import civil.eldercare.volunteer.Volunteer;
import civil.relief.charity.Donor;
import civil.relief.charity.Invitation;
import civil.relief.charity.MembershipTier;
import civil.relief.charity.Purpose;
import civil.relief.hardship.HardshipRecipient;
import civil.relief.hardship.SelfCareAbility;
import civil.relief.hospital.ClearingStatement;
import civil.relief.hospital.HospitalRow;
import civil.relief.hospital.SettlementClaim;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.household.RegisteredHousehold;
import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementEngine;
import civil.relief.medical.SettlementOutcome;
import civil.relief.medical.SettlementRecord;
import civil.relief.round.ReliefRound;
import civil.relief.round.RoundRule;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import civil.relief.supplies.SupplyCategory;
import civil.relief.supplies.SupplyItem;
import civil.relief.supplies.SupplyUnit;
import civil.relief.temporary.ReliefCause;
import civil.relief.temporary.TemporaryReliefRequest;
import civil.village.election.ElectionSurvey;
import civil.village.election.SurveyPerson;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Demo data for 解放区 (410802): a half year of casework generated with a fixed seed through the
 * same services the routes use, so that the report for {@code 2026-H1} reads like the bureau's own
 * 上半年度小结 — 33 patients given ¥56,300 of medical aid, emergency supplies bought for ¥35,000
 * and relief grain for ¥15,000, ¥21,891 given to the 爱心一日捐, 36 new home-care clients (56 in
 * all) and 13 new care workers (19 in all), two day-care centres, nursing homes assessed against
 * the 26 items and a ¥20,000 award, 60 elders served by volunteers and 16 "three smalls" sessions.
 * Everything is dated by the story, not by the day it is loaded.
 */
public final class DemoData {
  public static final long SEED = 20260701L;
  public static final HalfYear PERIOD = HalfYear.of(2026, 1);
  /** The medical aid the report's "5.63万元" stands for, in fen. */
  static final long MEDICAL_AID_FEN = 5_630_000;
  static final int AIDED_PATIENTS = 33;
  static final long DONATIONS_FEN = 2_189_100;
  static final String WANGCHU = "410802001";
  static final String SHANGBAIZUO = "410802002";
  static final List<String> SUBDISTRICTS = List.of(WANGCHU, SHANGBAIZUO, "410802003", "410802004", "410802005",
      "410802006", "410802007", "410802008");

  private final Services s;
  private final DemoClock clock;
  private final SplittableRandom rnd = new SplittableRandom(SEED);
  private final Set<String> residents = new HashSet<>();
  private final List<ResidentId> subsistence = new ArrayList<>();
  private final List<ResidentId> nearPoor = new ArrayList<>();
  private final List<ResidentId> others = new ArrayList<>();
  private final List<ResidentId> extremelyPoor = new ArrayList<>();
  private final List<String> poorHouseholds = new ArrayList<>();
  private final List<String> allHouseholds = new ArrayList<>();

  private DemoData(Services s, DemoClock clock) {
    this.s = s;
    this.clock = clock;
  }

  /** Writes the demo data through {@code s}, whose clock must be {@code clock}. */
  public static void load(Services s, DemoClock clock) {
    DemoData d = new DemoData(s, clock);
    d.households();
    d.hardship();
    d.rounds();
    d.temporaryRelief();
    d.supplies();
    d.medicalAid();
    d.charity();
    d.homeCare();
    d.dayCare();
    d.nursingHomes();
    d.volunteers();
    d.villages();
    d.hospitalAccounts();
  }

  // helpers ----------------------------------------------------------------------------------------

  private int between(int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  private LocalDate day(LocalDate from, LocalDate to) {
    return from.plusDays(rnd.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private void on(LocalDate date) {
    clock.setDate(date);
  }

  /** A new resident ID of the district, born on a day between {@code from} and {@code to}. */
  private ResidentId resident(LocalDate from, LocalDate to) {
    while (true) {
      LocalDate born = day(from, to);
      String first17 = "410802" + born.toString().replace("-", "") + String.format("%03d", between(1, 999));
      if (residents.add(first17)) {
        return ResidentId.ofFirst17(first17);
      }
    }
  }

  private static AreaCode area(String code) {
    return AreaCode.parse(code);
  }

  private static String community(String subdistrict, int n) {
    return subdistrict + String.format("%03d", n);
  }

  // 社会救助 ---------------------------------------------------------------------------------------

  private void households() {
    for (String sub : SUBDISTRICTS) {
      boolean focus = sub.equals(WANGCHU) || sub.equals(SHANGBAIZUO);
      for (int h = 0; h < 9; h++) {
        boolean poor = rnd.nextInt(100) < (focus ? 60 : 30);
        boolean near = !poor && rnd.nextInt(100) < 30;
        int size = between(1, 4);
        List<HouseholdMember> members = new ArrayList<>();
        for (int m = 0; m < size; m++) {
          ResidentId id = resident(LocalDate.of(1945, 1, 1), LocalDate.of(2010, 12, 31));
          long incomeYuan = poor ? between(0, 550) : near ? between(760, 1_000) : between(1_500, 4_500);
          members.add(HouseholdMember.of(id, Money.ofYuan(incomeYuan), Money.ofYuan(poor ? between(0, 8_000) : 30_000),
              rnd.nextInt(100) < 8, rnd.nextInt(100) < 8));
        }
        LocalDate registered = day(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        on(registered);
        RegisteredHousehold rh = s.households().register(area(sub), Optional.of(area(community(sub, between(1, 3)))),
            Household.of(AreaType.URBAN, false, false, members), registered);
        on(LocalDate.of(2026, 1, 5));
        boolean eligible = s.households().assess(rh.householdId(), LocalDate.of(2026, 1, 5)).eligible();
        allHouseholds.add(rh.householdId());
        for (HouseholdMember m : members) {
          if (eligible) {
            subsistence.add(m.residentId());
            s.aidCategories().register(m.residentId(), new CategoryAssignment(AidCategory.SUBSISTENCE,
                DateRange.startingOn(LocalDate.of(2026, 1, 1))));
          } else if (near) {
            nearPoor.add(m.residentId());
          } else {
            others.add(m.residentId());
          }
        }
        if (eligible) {
          poorHouseholds.add(rh.householdId());
        }
      }
    }
  }

  private static final LocalDate RELIEF_FROM = LocalDate.of(2026, 1, 1);

  private void hardship() {
    for (int i = 0; i < 10; i++) {
      ResidentId id = resident(LocalDate.of(1940, 1, 1), LocalDate.of(1960, 12, 31));
      String sub = SUBDISTRICTS.get(i % SUBDISTRICTS.size());
      // drawn as before (the seeded story stays the same), but supported from the first day a relief
      // policy is in force at the earliest: support needs a policy to say what it pays
      LocalDate drawn = day(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 1)).withDayOfMonth(1);
      LocalDate from = drawn.isBefore(RELIEF_FROM) ? RELIEF_FROM : drawn;
      on(from);
      s.hardship().enrol(HardshipRecipient.of(id, area(sub), AreaType.URBAN, pick(List.of(SelfCareAbility.values())),
          from));
      s.aidCategories().register(id, new CategoryAssignment(AidCategory.EXTREMELY_POOR, DateRange.startingOn(from)));
      extremelyPoor.add(id);
    }
    for (YearMonth m : PERIOD.months()) {
      on(m.atDay(5));
      s.hardship().payMonth(m, m.atDay(5));
    }
  }

  private void rounds() {
    on(LocalDate.of(2026, 1, 20));
    ReliefRound r = s.rounds().draft("王褚、上白作两街道困难群众春节生活救助", List.of(area(WANGCHU), area(SHANGBAIZUO)),
        RoundRule.perHousehold(Money.ofYuan(500)), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 20));
    on(LocalDate.of(2026, 1, 22));
    s.rounds().approve(r.roundId(), "张科长", LocalDate.of(2026, 1, 22));
    on(LocalDate.of(2026, 1, 26));
    s.rounds().pay(r.roundId(), LocalDate.of(2026, 1, 26));

    on(LocalDate.of(2026, 4, 10));
    ReliefRound all = s.rounds().draft("城市低保对象4月份一次性生活补贴",
        SUBDISTRICTS.stream().map(DemoData::area).toList(), RoundRule.perMember(Money.ofYuan(100)),
        LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10));
    on(LocalDate.of(2026, 4, 13));
    s.rounds().approve(all.roundId(), "张科长", LocalDate.of(2026, 4, 13));
    on(LocalDate.of(2026, 4, 20));
    s.rounds().pay(all.roundId(), LocalDate.of(2026, 4, 20));
  }

  private void temporaryRelief() {
    List<ReliefCause> causes = List.of(ReliefCause.values());
    List<String> chosen = new ArrayList<>(poorHouseholds);
    for (int i = 0; i < 6 && !chosen.isEmpty(); i++) {
      String h = chosen.remove(rnd.nextInt(chosen.size()));
      LocalDate on = day(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 20));
      on(on);
      s.temporaryRelief().grant(TemporaryReliefRequest.of(h, pick(causes), between(1, 3), on,
          Optional.of("入户核查属实")));
    }
  }

  // 救灾 -------------------------------------------------------------------------------------------

  private record Stock(String name, SupplyUnit unit, SupplyCategory category, int target, int earlier, int bought,
      long yuanEach) {}

  private void supplies() {
    // ¥35,000 of emergency supplies bought before the flood season, on top of last year's stock
    List<Stock> stock = List.of(
        new Stock("帐篷", SupplyUnit.TENT, SupplyCategory.TENT, 50, 30, 20, 600),
        new Stock("棉被", SupplyUnit.BED, SupplyCategory.QUILT, 300, 150, 100, 80),
        new Stock("棉大衣", SupplyUnit.PIECE, SupplyCategory.CLOTHING, 150, 100, 50, 120),
        new Stock("救生衣", SupplyUnit.PIECE, SupplyCategory.TOOLS, 150, 60, 60, 75),
        new Stock("强光手电", SupplyUnit.PIECE, SupplyCategory.TOOLS, 100, 20, 100, 25),
        new Stock("瓶装饮用水", SupplyUnit.BOX, SupplyCategory.WATER, 150, 50, 80, 25));
    List<String> ids = new ArrayList<>();
    for (Stock x : stock) {
      SupplyItem item = s.supplies().addItem(x.name(), x.unit(), x.category(),
          Optional.of(Quantity.ofUnits(x.target())));
      ids.add(item.itemId());
      on(LocalDate.of(2025, 6, 10));
      s.supplies().receive(item.itemId(), LocalDate.of(2025, 6, 10), Quantity.ofUnits(x.earlier()),
          Money.ofYuan(x.yuanEach() * x.earlier()), Movement.Source.PURCHASE, Optional.of("2025年汛前储备"));
    }
    // a spring gale: tents and quilts to the families whose roofs came off
    on(LocalDate.of(2026, 4, 2));
    s.supplies().issue(ids.get(0), LocalDate.of(2026, 4, 2), Quantity.ofUnits(8), Movement.Destination.DISASTER_EVENT,
        "2026-04-02 大风灾害", "王主任");
    s.supplies().issue(ids.get(1), LocalDate.of(2026, 4, 2), Quantity.ofUnits(40), Movement.Destination.DISASTER_EVENT,
        "2026-04-02 大风灾害", "王主任");
    for (int i = 0; i < stock.size(); i++) {
      Stock x = stock.get(i);
      LocalDate bought = LocalDate.of(2026, 5, 12 + i);
      on(bought);
      s.supplies().receive(ids.get(i), bought, Quantity.ofUnits(x.bought()), Money.ofYuan(x.yuanEach() * x.bought()),
          Movement.Source.PURCHASE, Optional.of("2026年汛前采购"));
    }
    // ¥15,000 of relief grain for the spring famine, issued as rations to the poorest households
    SupplyItem rice = s.supplies().addItem("大米", SupplyUnit.KG, SupplyCategory.GRAIN, Optional.empty());
    SupplyItem flour = s.supplies().addItem("面粉", SupplyUnit.KG, SupplyCategory.GRAIN, Optional.empty());
    on(LocalDate.of(2026, 2, 10));
    s.supplies().receive(rice.itemId(), LocalDate.of(2026, 2, 10), Quantity.ofUnits(2_000), Money.ofYuan(9_000),
        Movement.Source.PURCHASE, Optional.of("春荒救灾粮"));
    s.supplies().receive(flour.itemId(), LocalDate.of(2026, 2, 10), Quantity.ofUnits(1_500), Money.ofYuan(6_000),
        Movement.Source.PURCHASE, Optional.of("春荒救灾粮"));
    List<String> first = poorHouseholds.subList(0, Math.min(20, poorHouseholds.size()));
    on(LocalDate.of(2026, 2, 20));
    s.supplies().issueGrainRations(first, 30, LocalDate.of(2026, 2, 20), "王主任");
    if (poorHouseholds.size() > 20) {
      on(LocalDate.of(2026, 3, 20));
      s.supplies().issueGrainRations(poorHouseholds.subList(20, poorHouseholds.size()), 30, LocalDate.of(2026, 3, 20),
          "王主任");
    }
  }

  // 医疗救助 ---------------------------------------------------------------------------------------

  private record Patient(ResidentId id, AidCategory category) {}

  /**
   * 33 patients whose medical aid adds up to ¥56,300: each patient's share of the total is drawn
   * first, then a bill whose aid is that share is found by bisection over its in-scope amount
   * (the aid never falls as the in-scope amount rises), using the engine on the patient's year to
   * date; a fen the bisection cannot hit is carried to the next patient.
   */
  /** The district's designated hospitals: a tertiary district hospital, secondary hospitals, community health centres. */
  private static final List<String[]> HOSPITALS = List.of(
      new String[] {"H41080200001", "解放区人民医院", "TERTIARY"},
      new String[] {"H41080200002", "解放区中医院", "SECONDARY"},
      new String[] {"H41080200003", "解放区妇幼保健院", "SECONDARY"},
      new String[] {"H41080200004", "王褚街道社区卫生服务中心", "PRIMARY"},
      new String[] {"H41080200005", "上白作街道社区卫生服务中心", "PRIMARY"});

  /** A hospital of {@code level}, the {@code n}-th in turn (chosen without drawing from the seeded stream). */
  private static HospitalCode hospitalFor(HospitalLevel level, int n) {
    List<String[]> of = HOSPITALS.stream().filter(h -> h[2].equals(level.name())).toList();
    return HospitalCode.parse(of.get(n % of.size())[0]);
  }

  private SettlementOutcome settleAt(Optional<HospitalCode> hospital, String billId, ResidentId id, HospitalLevel level,
      CareType care, LocalDate date, Money total, Money inScope) {
    return s.hospitalDesk().settle(new SettlementClaim(hospital, billId, id,
        hospital.isPresent() ? Optional.empty() : Optional.of(level), care, date, total, inScope));
  }

  private void medicalAid() {
    on(LocalDate.of(2025, 1, 1));
    for (String[] h : HOSPITALS) {
      s.hospitals().register(HospitalCode.parse(h[0]), h[1], HospitalLevel.valueOf(h[2]), LocalDate.of(2025, 1, 1),
          Optional.empty());
    }
    List<Patient> patients = new ArrayList<>();
    List<ResidentId> pool = new ArrayList<>(subsistence);
    for (int i = 0; i < 22 && !pool.isEmpty(); i++) {
      patients.add(new Patient(pool.remove(rnd.nextInt(pool.size())), AidCategory.SUBSISTENCE));
    }
    for (int i = 0; i < 6; i++) {
      patients.add(new Patient(extremelyPoor.get(i), AidCategory.EXTREMELY_POOR));
    }
    List<ResidentId> near = new ArrayList<>(nearPoor);
    List<ResidentId> rest = new ArrayList<>(others);
    while (patients.size() < AIDED_PATIENTS) {
      boolean lowIncome = patients.size() % 2 == 0 && !near.isEmpty();
      ResidentId id = lowIncome ? near.remove(rnd.nextInt(near.size())) : rest.remove(rnd.nextInt(rest.size()));
      AidCategory c = lowIncome ? AidCategory.LOW_INCOME : AidCategory.ILLNESS_POOR;
      s.aidCategories().register(id, new CategoryAssignment(c, DateRange.startingOn(LocalDate.of(2026, 1, 1))));
      patients.add(new Patient(id, c));
    }
    long[] weights = new long[patients.size()];
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = between(50, 200);
      sum += weights[i];
    }
    long left = MEDICAL_AID_FEN;
    long carry = 0;
    int bill = 1;
    for (int i = 0; i < patients.size(); i++) {
      Patient p = patients.get(i);
      long target = i == patients.size() - 1 ? left : MEDICAL_AID_FEN * weights[i] / sum + carry;
      LocalDate date = day(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 6, 25));
      HospitalLevel level = pick(List.of(HospitalLevel.values()));
      CareType care = rnd.nextInt(100) < 80 ? CareType.INPATIENT : CareType.OUTPATIENT_SPECIAL;
      if (i == 4) {
        // entered with the wrong amounts, reversed the same week, then settled again below
        on(date);
        SettlementOutcome wrong = settleAt(Optional.of(hospitalFor(level, bill)), String.format("JF-2026-%05d", bill++),
            p.id(), level, care, date, Money.ofYuan(30_000), Money.ofYuan(28_000));
        on(date.plusDays(2));
        s.settlements().reverse(wrong.record().settlementId());
        date = date.plusDays(2);
      }
      long inScope = inScopeFor(p, level, care, date, target);
      long total = inScope + inScope * between(3, 20) / 100;
      on(date);
      SettlementOutcome done = settleAt(Optional.of(hospitalFor(level, bill)), String.format("JF-2026-%05d", bill++),
          p.id(), level, care, date, Money.ofFen(total), Money.ofFen(inScope));
      long aid = done.record().medicalAid().fen();
      left -= aid;
      carry = target - aid;
    }
    // bills of residents without an aid category: insurance pays, aid does not; one is reversed
    for (int i = 0; i < 8; i++) {
      ResidentId id = rest.get(i);
      LocalDate date = day(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 6, 25));
      long inScope = between(2_000, 20_000) * 100L;
      on(date);
      HospitalLevel level = pick(List.of(HospitalLevel.values()));
      // two of them are manual claims (零星报销): care outside the district's network, settled at the bureau
      Optional<HospitalCode> at = i == 5 || i == 6 ? Optional.empty() : Optional.of(hospitalFor(level, bill));
      SettlementOutcome o = settleAt(at, String.format("JF-2026-%05d", bill++), id, level, CareType.INPATIENT, date,
          Money.ofFen(inScope + inScope / 10), Money.ofFen(inScope));
      if (i == 3) {
        on(date.plusDays(1));
        s.settlements().reverse(o.record().settlementId());
      }
    }
  }

  /**
   * Village affairs (its own random stream, so the figures of the other sections stay as seeded):
   * two communities of each subdistrict, half a year of publications and events (mostly on time,
   * some late, a few never), two openness inspections each, and a groundwork survey for the sixth
   * committee elections on 20 December.
   */
  private void villages() {
    Random vr = new Random(20260701L + 18);
    List<String> codes = new ArrayList<>();
    on(LocalDate.of(2026, 1, 4));
    for (int i = 0; i < SUBDISTRICTS.size(); i++) {
      for (int c = 1; c <= 2; c++) {
        String code = community(SUBDISTRICTS.get(i), c);
        s.villages().register(area(code), String.format("解放区第%02d村（居）委会", 2 * i + c));
        codes.add(code);
      }
    }
    List<String> eventItems = List.of("SUBSIDIES", "PROJECTS", "LAND", "DECISIONS");
    Map<String, Integer> due = Map.of("SUBSIDIES", 10, "PROJECTS", 10, "LAND", 7, "DECISIONS", 5);
    for (String code : codes) {
      int diligence = vr.nextInt(10); // 0-5 careful, 6-8 sometimes late, 9 careless
      for (int m = 1; m <= 6; m++) {
        LocalDate dueOn = YearMonth.of(2026, m).plusMonths(1).atDay(10);
        publishDemo(vr, diligence, code, "FINANCE", Optional.of(String.format("2026-%02d", m)), Optional.empty(), dueOn);
      }
      for (String item : List.of("ASSETS", "RELIEF_ROLL", "CADRE_PAY")) {
        publishDemo(vr, diligence, code, item, Optional.of("2026-Q1"), Optional.empty(), LocalDate.of(2026, 4, 15));
      }
      for (int e = 1, n = 2 + vr.nextInt(3); e <= n; e++) {
        String item = eventItems.get(vr.nextInt(eventItems.size()));
        LocalDate on = LocalDate.of(2026, 1, 10).plusDays(vr.nextInt(150));
        String id = "SJ-2026-" + e;
        on(on);
        s.villages().recordEvent(code, item, id, on, item.equals("DECISIONS") ? "村民代表会议决定" : "公开事项");
        publishDemo(vr, diligence, code, item, Optional.empty(), Optional.of(id), on.plusDays(due.get(item)));
      }
    }
    for (String code : codes) {
      on(LocalDate.of(2026, 4, 20));
      s.villages().inspect(code, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
      on(LocalDate.of(2026, 6, 25));
      s.villages().inspect(code, LocalDate.of(2026, 6, 25), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    }
    List<ElectionSurvey.Roll> rolls = new ArrayList<>();
    ResidentId movedAway = null;
    for (String code : codes) {
      List<SurveyPerson> persons = new ArrayList<>();
      for (int k = 0, n = 30 + vr.nextInt(30); k < n; k++) {
        LocalDate born = LocalDate.of(1935, 1, 1).plusDays(vr.nextInt(365 * 76));
        ResidentId id = ResidentId.ofFirst17("410802" + born.toString().replace("-", "")
            + String.format("%03d", 100 + vr.nextInt(800)));
        boolean registered = vr.nextInt(10) < 8;
        boolean lives = registered ? vr.nextInt(10) < 8 : true;
        persons.add(new SurveyPerson(id, registered, lives, registered ? 20 : vr.nextInt(4), vr.nextInt(200) == 0,
            !registered && vr.nextBoolean()));
      }
      if (movedAway != null) {
        // registered in two villages: the township resolves it
        persons.add(new SurveyPerson(movedAway, true, false, 3, false, false));
      }
      movedAway = persons.get(0).registeredHere() ? persons.get(0).residentId() : null;
      Set<ResidentId> seen = new HashSet<>();
      rolls.add(new ElectionSurvey.Roll(code, persons.stream().filter(p -> seen.add(p.residentId())).toList()));
    }
    on(LocalDate.of(2026, 6, 28));
    s.villages().survey(LocalDate.of(2026, 12, 20), rolls);
  }

  /** A publication around its due day: careful villages on time, others sometimes late, the careless sometimes never. */
  private void publishDemo(Random vr, int diligence, String code, String item, Optional<String> period,
      Optional<String> eventId, LocalDate dueOn) {
    int roll = vr.nextInt(100);
    if (diligence == 9 && roll < 20) {
      return; // never published
    }
    boolean late = diligence >= 6 && roll < (diligence == 9 ? 50 : 25);
    LocalDate on = late ? dueOn.plusDays(1 + vr.nextInt(12)) : dueOn.minusDays(vr.nextInt(5));
    if (on.isAfter(LocalDate.of(2026, 6, 30))) {
      return; // after the half year: not yet
    }
    on(on);
    s.villages().publish(code, item, period, eventId, on);
  }

  /**
   * After the half year: every hospital's statements for January to June, those to April paid, May's
   * approved, June's a draft; and one day's reconciliation of the district hospital that is missing
   * a settlement the bureau has (a time-out at its desk).
   */
  private void hospitalAccounts() {
    on(LocalDate.of(2026, 7, 6));
    for (String[] h : HOSPITALS) {
      HospitalCode code = HospitalCode.parse(h[0]);
      for (int month = 1; month <= 6; month++) {
        ClearingStatement st = s.hospitalAccounts().draw(code, YearMonth.of(2026, month));
        if (month <= 5) {
          s.hospitalAccounts().approve(st.clearingId());
        }
        if (month <= 4) {
          s.hospitalAccounts().pay(st.clearingId(), YearMonth.of(2026, month + 1).atDay(20));
        }
      }
    }
    HospitalCode district = HospitalCode.parse(HOSPITALS.get(0)[0]);
    List<SettlementRecord> ofDistrict = s.settlements().settledOrReversedBetween(PERIOD.firstDay(), PERIOD.lastDay())
        .stream().filter(r -> r.bill().hospital().equals(Optional.of(district))).toList();
    if (!ofDistrict.isEmpty()) {
      LocalDate day = ofDistrict.get(0).bill().settledOn();
      List<HospitalRow> rows = ofDistrict.stream().filter(r -> r.bill().settledOn().equals(day)).skip(1)
          .map(r -> new HospitalRow(Optional.of(r.settlementId()), r.bill().billId(), r.status(), r.bill().total(),
              r.basicInsurance(), r.criticalIllness(), r.medicalAid(), r.selfPay())).toList();
      s.hospitalAccounts().reconcile(district, day, rows);
    }
  }

  /** The least in-scope amount, in fen, whose aid for {@code p} is at least {@code target}. */
  private long inScopeFor(Patient p, HospitalLevel level, CareType care, LocalDate date, long target) {
    MedicalAidPolicy policy = MedicalAidPolicy.defaultRegistry().inForceOn(date);
    var before = s.settlements().yearToDate(p.id(), PolicyYear.of(date.getYear()));
    long lo = 1;
    long hi = 100_000_000L; // ¥1,000,000
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      Bill probe = Bill.of("probe", p.id(), level, care, date, Money.ofFen(mid), Money.ofFen(mid));
      long aid = SettlementEngine.settle(probe, p.category(), before, policy).medicalAid().fen();
      if (aid >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  // 慈善 -------------------------------------------------------------------------------------------

  private static final String UNIT_SUFFIXES = "有限公司";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final List<String> UNIT_NAMES = List.of("焦作市解放区", "焦作", "河南", "中原");
  private static final List<String> TRADES = List.of("商贸", "建材", "物流", "餐饮", "医药", "电子", "置业", "纺织",
      "机械", "食品", "文化", "科技");

  private void charity() {
    List<String> accepted = new ArrayList<>();
    List<CreditCode> acceptedCodes = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < 206; i++) {
      String first17;
      do {
        first17 = "91410802" + String.format("%09d", rnd.nextLong(1_000_000_000L));
      } while (!codes.add(first17));
      CreditCode code = CreditCode.ofFirst17(first17);
      String name = pick(UNIT_NAMES) + pick(TRADES) + STEMS.charAt(i % 10) + (i / 10 + 1) + UNIT_SUFFIXES;
      LocalDate sent = day(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));
      on(sent);
      MembershipTier tier = i % 9 == 0 ? MembershipTier.COUNCIL : MembershipTier.MEMBER;
      Invitation inv = s.charity().invite(code, name, tier, sent);
      int answer = rnd.nextInt(100);
      if (answer < 20) {
        on(sent.plusDays(between(5, 40)));
        s.charity().answer(inv.invitationId(), true, LocalDate.now(clock));
        accepted.add(name);
        acceptedCodes.add(code);
      } else if (answer < 30) {
        on(sent.plusDays(between(5, 40)));
        s.charity().answer(inv.invitationId(), false, LocalDate.now(clock));
      }
    }
    on(LocalDate.of(2026, 4, 25));
    String campaign = s.charity().createCampaign("2026年爱心一日捐", LocalDate.of(2026, 5, 1),
        Optional.of(LocalDate.of(2026, 5, 31))).campaignId();
    long left = DONATIONS_FEN;
    List<Purpose> purposes = List.of(Purpose.values());
    int donors = 42;
    for (int i = 0; i < donors; i++) {
      boolean unit = i < accepted.size() && i % 2 == 0;
      long amount = i == donors - 1 ? left : Math.min(left - (donors - 1 - i) * 1_000L,
          (unit ? between(50, 150) * 1_000L : between(5, 60) * 1_000L) + between(0, 99) * 10L);
      left -= amount;
      LocalDate date = day(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 29));
      on(date);
      Donor donor = unit ? Donor.unit(acceptedCodes.get(i), accepted.get(i)) : Donor.person("爱心市民" + (i + 1));
      Optional<Purpose> restriction = rnd.nextInt(100) < 30 ? Optional.of(pick(purposes)) : Optional.empty();
      s.charity().donate(campaign, donor, Money.ofFen(amount), date, restriction);
    }
    // June: basic living, medical and school costs of low-income families
    List<String> families = new ArrayList<>(poorHouseholds);
    long[] amounts = {300_000, 250_000, 200_000, 150_000, 200_000, 100_000};
    Purpose[] uses = {Purpose.LIVING, Purpose.LIVING, Purpose.MEDICAL, Purpose.MEDICAL, Purpose.EDUCATION,
        Purpose.EDUCATION};
    for (int i = 0; i < amounts.length && !families.isEmpty(); i++) {
      LocalDate date = LocalDate.of(2026, 6, 8 + i);
      on(date);
      try {
        s.charity().disburse(campaign, families.remove(rnd.nextInt(families.size())), uses[i], Money.ofFen(amounts[i]),
            date);
      } catch (civil.core.error.RefusedException notEnough) {
        // the restricted money of that purpose ran short: the story skips that payment
      }
    }
  }

  // 居家养老 ---------------------------------------------------------------------------------------

  /** An elder registered in a household of {@code sub}, so home care's register check passes. */
  private ResidentId elder(String sub, boolean threeNos) {
    ResidentId id = threeNos ? resident(LocalDate.of(1950, 1, 1), LocalDate.of(1962, 12, 31))
        : resident(LocalDate.of(1930, 1, 1), LocalDate.of(1944, 12, 31));
    on(LocalDate.of(2020, 3, 1));
    s.households().register(area(sub), Optional.of(area(community(sub, between(1, 3)))), Household.of(AreaType.URBAN,
        false, false, List.of(HouseholdMember.of(id, Money.ofYuan(threeNos ? 0 : between(1_800, 4_000)),
            Money.ofYuan(threeNos ? 0 : 50_000), false, false))), LocalDate.of(2020, 3, 1));
    return id;
  }

  private void homeCare() {
    List<String> surnames = List.of("李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马");
    List<CareWorker> workers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      on(LocalDate.of(2025, 5, 1));
      workers.add(s.homeCare().addWorker(surnames.get(i) + "护理员", area(SUBDISTRICTS.get(i % 4)), LocalDate.of(2025, 5, 1)));
    }
    for (int i = 0; i < 13; i++) {
      // trained in February, at work from March 1st
      on(LocalDate.of(2026, 2, 26));
      workers.add(s.homeCare().addWorker(surnames.get(i) + "师傅" + (i + 1), area(SUBDISTRICTS.get(i % 4)),
          LocalDate.of(2026, 3, 1)));
    }
    List<HomeCareClient> clients = new ArrayList<>();
    for (int i = 0; i < 56; i++) {
      boolean earlier = i < 20;
      boolean threeNos = earlier || i % 7 == 0; // in 2025 home care took three-nos elders only
      String sub = SUBDISTRICTS.get(i % 4);
      ResidentId id = elder(sub, threeNos);
      LocalDate enrolled = earlier ? day(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 20))
          : i < 28 ? day(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 25)) : day(LocalDate.of(2026, 3, 2),
              LocalDate.of(2026, 6, 15));
      on(enrolled);
      HomeCareClient c = s.homeCare().enrol(id, area(sub), threeNos, enrolled);
      LocalDate assignOn = enrolled;
      CareWorker w = null;
      for (CareWorker candidate : workers) {
        long load = clients.stream().filter(x -> x.workerId().map(candidate.workerId()::equals).orElse(false)).count();
        if (candidate.isServingOn(assignOn) && load < 5) {
          w = candidate;
          break;
        }
      }
      if (w == null) {
        throw new IllegalStateException("the demo ran out of care workers on " + assignOn);
      }
      clients.add(s.homeCare().assign(c.clientId(), w.workerId(), assignOn));
    }
    List<CareService> services = List.of(CareService.values());
    for (HomeCareClient c : clients) {
      for (YearMonth m : PERIOD.months()) {
        int visits = between(2, 4);
        for (int v = 0; v < visits; v++) {
          LocalDate date = m.atDay(between(1, m.lengthOfMonth()));
          if (!c.isEnrolledOn(date)) {
            continue;
          }
          on(date);
          s.homeCare().recordVisit(c.workerId().orElseThrow(), c.clientId(), date, pick(services), between(2, 8));
        }
      }
    }
  }

  // 日托 -------------------------------------------------------------------------------------------

  private void dayCare() {
    on(LocalDate.of(2025, 9, 1));
    DayCareCentre a = s.dayCare().addCentre("王褚街道老年人日间照料中心", area(WANGCHU), 12, LocalDate.of(2025, 9, 1),
        DayCareCentre.weekdays());
    DayCareCentre b = s.dayCare().addCentre("上白作街道老年人日间照料中心", area(SHANGBAIZUO), 10, LocalDate.of(2025, 9, 1),
        DayCareCentre.weekdays());
    for (DayCareCentre c : List.of(a, b)) {
      List<ResidentId> enrolled = new ArrayList<>();
      List<LocalDate> since = new ArrayList<>();
      for (int i = 0; i < c.capacity() + 3; i++) {
        ResidentId id = resident(LocalDate.of(1935, 1, 1), LocalDate.of(1955, 12, 31));
        LocalDate from = i < c.capacity() - 2 ? LocalDate.of(2025, 9, 1)
            : day(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 5, 29));
        on(from);
        s.dayCare().enrol(c.centreId(), id, from);
        enrolled.add(id);
        since.add(from);
      }
      for (LocalDate d = PERIOD.firstDay(); !d.isAfter(PERIOD.lastDay()); d = d.plusDays(1)) {
        if (!c.isOpenOn(d)) {
          continue;
        }
        int present = 0;
        for (int i = 0; i < enrolled.size() && present < c.capacity(); i++) {
          if (since.get(i).isAfter(d) || rnd.nextInt(100) >= 62) {
            continue;
          }
          on(d);
          s.dayCare().recordAttendance(c.centreId(), enrolled.get(i), d);
          present++;
        }
      }
    }
  }

  // 机构养老 ---------------------------------------------------------------------------------------

  private void nursingHomes() {
    List<String> names = List.of("解放区社会福利院", "王褚街道敬老院", "上白作街道敬老院", "康乐老年公寓", "福寿园养老中心");
    List<Integer> beds = List.of(120, 60, 50, 80, 100);
    AssessmentCatalog catalog = s.catalogs().inForceOn(LocalDate.of(2026, 6, 15));
    List<String> codes = new ArrayList<>(catalog.items().keySet());
    List<String> homes = new ArrayList<>();
    for (int h = 0; h < names.size(); h++) {
      on(LocalDate.of(2025, 1, 10));
      NursingHome home = s.nursingHomes().addHome(names.get(h), area(SUBDISTRICTS.get(h % 3)), beds.get(h),
          LocalDate.of(2012 + h, 6, 1));
      homes.add(home.homeId());
      int level = between(55, 75);
      for (YearMonth m : PERIOD.months()) {
        on(m.atEndOfMonth());
        int occupied = Math.min(home.totalBeds(), home.totalBeds() * (level + between(-5, 5)) / 100);
        s.nursingHomes().recordOccupancy(home.homeId(), m, occupied);
      }
    }
    // mid-June assessment against the 8 categories and 26 items
    int[] severity = {1, 3, 6, 10, 14};
    for (int h = 0; h < homes.size(); h++) {
      List<ItemFindings> items = new ArrayList<>();
      for (String code : codes) {
        List<Finding> findings = new ArrayList<>();
        long max = catalog.items().get(code).maxPoints().halves();
        if (rnd.nextInt(26) < severity[h]) {
          long halves = Math.max(1, Math.min(max, between(1, (int) max)));
          findings.add(new Finding(Points.ofHalves(halves), "检查发现问题，需整改"));
        }
        items.add(new ItemFindings(code, findings));
      }
      LocalDate on = LocalDate.of(2026, 6, 15 + h);
      on(on);
      AssessmentRecord r = s.nursingHomes().assess(homes.get(h), new AssessmentSheet(PERIOD, Optional.of(on), items,
          List.of()));
      // the first task of each home is re-inspected before the month is out, and fixed
      if (!r.rectifications().isEmpty()) {
        Rectification t = r.rectifications().get(0);
        on(LocalDate.of(2026, 6, 28));
        s.nursingHomes().reinspect(homes.get(h), t.rectificationId(), LocalDate.of(2026, 6, 28), List.of());
      }
    }
    on(LocalDate.of(2026, 6, 30));
    s.nursingHomes().award(PERIOD, Money.ofYuan(20_000), Optional.empty(), LocalDate.of(2026, 6, 30), false);
  }

  // 志愿服务 ---------------------------------------------------------------------------------------

  private void volunteers() {
    List<String> communities = new ArrayList<>();
    for (String sub : SUBDISTRICTS) {
      for (int c = 1; c <= 3; c++) {
        communities.add(community(sub, c));
      }
    }
    List<List<AreaCode>> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < communities.size(); i++) {
      pairs.add(List.of(area(communities.get(i)), area(communities.get(i + 1))));
    }
    s.volunteers().setAdjacency(CommunityAdjacency.of(pairs));
    // needs ask for anything but rights counselling, in any slot but the weekend evenings
    List<ServiceDomain> domains = List.of(ServiceDomain.values()).stream().filter(d -> d != ServiceDomain.RIGHTS)
        .toList();
    List<Slot> slots = List.of(Slot.values()).stream().filter(x -> x != Slot.SAT_EVE && x != Slot.SUN_EVE).toList();
    // the needs sit in the first 12 communities (王褚 to 焦南); volunteers everywhere
    List<String> needs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String c = communities.get(i % 12);
      int wanted = i % 6 == 0 ? 2 : i % 10 == 0 ? 3 : 1;
      Set<ServiceDomain> want = EnumSet.of(pick(domains));
      if (rnd.nextInt(100) < 40) {
        want.add(pick(domains));
      }
      Set<Slot> when = EnumSet.noneOf(Slot.class);
      for (int k = between(3, 6); k > 0; k--) {
        when.add(pick(slots));
      }
      String elder = String.format("LR-%04d", i + 1);
      s.volunteers().register(Need.of(elder, area(c), want, when, wanted));
      needs.add(elder);
    }
    // two elders far out with needs no volunteer can meet
    s.volunteers().register(Need.of("LR-0061", area(communities.get(23)), EnumSet.of(ServiceDomain.RIGHTS),
        EnumSet.of(Slot.SUN_EVE), 1));
    s.volunteers().register(Need.of("LR-0062", area(communities.get(22)), EnumSet.of(ServiceDomain.PERFORMANCE),
        EnumSet.of(Slot.SAT_EVE), 1));
    int n = 0;
    List<String> volunteerIds = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String c = communities.get(i);
      // a generalist per community, and specialists
      volunteerIds.add(register(++n, c, EnumSet.complementOf(EnumSet.of(ServiceDomain.RIGHTS)),
          EnumSet.complementOf(EnumSet.of(Slot.SUN_EVE, Slot.SAT_EVE)), 3));
      for (int k = 0; k < 6; k++) {
        Set<ServiceDomain> skills = EnumSet.of(pick(domains), pick(domains));
        Set<Slot> free = EnumSet.noneOf(Slot.class);
        for (int j = between(4, 9); j > 0; j--) {
          free.add(pick(slots));
        }
        volunteerIds.add(register(++n, c, skills, free, between(1, 3)));
      }
    }
    on(LocalDate.of(2026, 4, 15));
    s.volunteers().run(LocalDate.of(2026, 4, 15));

    // 16 "three smalls" sessions
    List<ActivityKind> kinds = List.of(ActivityKind.CONTEST, ActivityKind.PERFORMANCE, ActivityKind.LECTURE);
    Map<ActivityKind, List<String>> titles = Map.of(
        ActivityKind.CONTEST, List.of("象棋小比赛", "门球小比赛", "书法小比赛", "太极拳小比赛"),
        ActivityKind.PERFORMANCE, List.of("戏曲小表演", "合唱小表演", "广场舞小表演"),
        ActivityKind.LECTURE, List.of("老年保健小讲座", "老年维权小讲座", "防诈骗小讲座", "心理慰藉小讲座"));
    for (int i = 0; i < 16; i++) {
      ActivityKind kind = kinds.get(i % 3);
      ServiceDomain topic = switch (kind) {
        case CONTEST -> ServiceDomain.HOBBY;
        case PERFORMANCE -> ServiceDomain.PERFORMANCE;
        case LECTURE -> i % 2 == 0 ? ServiceDomain.HEALTH : ServiceDomain.RIGHTS;
      };
      String c = communities.get(i % 12);
      LocalDate date = day(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 28));
      Set<String> attendees = new LinkedHashSet<>();
      for (int k = between(6, 12); k > 0; k--) {
        attendees.add(pick(needs));
      }
      on(date);
      s.activities().record(kind, topic, pick(titles.get(kind)), date, area(c), List.of(pick(volunteerIds)),
          attendees.stream().collect(Collectors.toList()));
    }
  }

  private String register(int n, String community, Set<ServiceDomain> skills, Set<Slot> slots, int capacity) {
    String id = String.format("ZY-%04d", n);
    s.volunteers().register(Volunteer.of(id, area(community), skills, slots, capacity));
    return id;
  }
}
