package civil.report;

import civil.core.money.Decimals;
import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.period.HalfYear;
import civil.eldercare.activity.Activities;
import civil.eldercare.activity.ActivityFigures;
import civil.eldercare.activity.ActivityKind;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.Grade;
import civil.eldercare.award.Award;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.daycare.DayCareEnrolment;
import civil.eldercare.daycare.Utilisation;
import civil.eldercare.homecare.CareService;
import civil.eldercare.homecare.HomeCareCounts;
import civil.eldercare.nursinghome.BedMonths;
import civil.eldercare.nursinghome.NursingHome;
import civil.eldercare.volunteer.Assignment;
import civil.eldercare.volunteer.MatchingRun;
import civil.eldercare.volunteer.ServiceForm;
import civil.relief.charity.BucketBalance;
import civil.relief.charity.Campaign;
import civil.relief.charity.CampaignLedger;
import civil.relief.charity.CharityUnit;
import civil.relief.charity.Disbursement;
import civil.relief.charity.Donation;
import civil.relief.charity.FundingBucket;
import civil.relief.charity.Invitation;
import civil.relief.charity.MembershipTier;
import civil.relief.charity.Purpose;
import civil.relief.hardship.HardshipPayment;
import civil.relief.hospital.ClearingStatement;
import civil.relief.hospital.DesignatedHospital;
import civil.relief.medical.AidCategory;
import civil.core.identity.HospitalCode;
import civil.relief.medical.SettlementTally;
import civil.relief.round.ReliefRound;
import civil.relief.round.SubdistrictTotal;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import civil.relief.supplies.Shortfall;
import civil.relief.supplies.SuppliesDepot;
import civil.relief.supplies.SupplyCategory;
import civil.relief.supplies.SupplyItem;
import civil.relief.temporary.TemporaryReliefGrant;
import civil.village.openness.Inspection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The half-year report (上半年度小结) as a value: every figure of {@code report.md}'s eight
 * sections, computed by {@link #compute} from the period's records and nothing else. Amounts are
 * fen; percentages are rounded half up to one decimal and an average over homes or centres is a
 * ratio of sums. No resident ID appears in it, masked or not.
 *
 * <p>Dating (from {@code report.md}): a settlement counts in the period of its {@code settledOn}
 * unless it is reversed (at any time); a reversal counts in the period of its date; a round by its
 * payment date; grants, donations, disbursements and stock movements by their dates; hardship
 * support by the months paid for; enrolments by their start; visits and attendance by their date;
 * assessments by {@code assessedOn}; awards by {@code paidOn}; matchings by their run date;
 * activities by their date. "In total" figures count what is active on the period's last day.
 */
public record HalfYearReport(
    String period,
    Instant asOf,
    LocalDate from,
    LocalDate to,
    String district,
    String districtName,
    SocialRelief socialRelief,
    DisasterRelief disasterRelief,
    MedicalAid medicalAid,
    Charity charity,
    HomeCare homeCare,
    DayCare dayCare,
    InstitutionalCare institutionalCare,
    VolunteerService volunteerService,
    Grassroots grassroots) {

  // 1 社会救助 -----------------------------------------------------------------------------------

  /** Amount and households of a subdistrict, counted once per round. */
  public record SubdistrictLine(String subdistrict, String name, int households, long amountFen) {}

  /** Relief rounds paid in the half year: how many, households paid (once per round) and the amount, by subdistrict. */
  public record Rounds(int count, int households, long amountFen, List<SubdistrictLine> bySubdistrict) {}

  /** A number of grants or payments and their amount. */
  public record Count(int count, long amountFen) {}

  /** Special hardship support paid in the half year: people, person-months and the amount. */
  public record Hardship(int persons, int personMonths, long amountFen) {}

  /** Section 1, social relief (社会救助): rounds, temporary relief and hardship support. */
  public record SocialRelief(Rounds roundsPaid, Count temporaryRelief, Hardship hardshipSupport) {}

  // 2 救灾 ---------------------------------------------------------------------------------------

  /** The value of supplies received in one category. */
  public record CategoryValue(SupplyCategory category, String name, long valueFen) {}

  /** Supplies received (入库) in the half year: their value, in total and by category. */
  public record Received(long valueFen, List<CategoryValue> byCategory) {}

  /** An item whose stock at the end of the half year is below its flood-season reserve target. */
  public record BelowTarget(String itemId, String name, BigDecimal reserveTarget, BigDecimal stock,
      BigDecimal shortfall) {}

  /** Spring-famine grain rations issued: kilograms, households and their value. */
  public record GrainRations(BigDecimal kilograms, int households, long valueFen) {}

  /** Section 2, disaster relief (救灾): supplies received and issued, reserve shortfalls, grain rations. */
  public record DisasterRelief(Received suppliesReceived, long suppliesIssuedFen, List<BelowTarget> belowReserveTarget,
      GrainRations grainRations) {}

  // 3 医疗救助 -----------------------------------------------------------------------------------

  /**
   * One aid category's counted settlements: how many, residents aided, and what each of the three
   * payers and the patients paid (their sum is the bills' total).
   */
  public record CategoryLine(AidCategory category, String name, int settlements, int residentsAided, long totalFen,
      long basicInsuranceFen, long criticalIllnessFen, long medicalAidFen, long selfPayFen) {}

  /** Section 3, medical aid (医疗救助): what each of the three payers and the patients paid, by aid category. */
  public record MedicalAid(int residentsAided, long medicalAidFen, int settlements, int reversals, long totalFen,
      long basicInsuranceFen, long criticalIllnessFen, long selfPayFen, List<CategoryLine> byCategory,
      List<HospitalLine> byHospital, ManualClaims manualClaims) {}

  /**
   * One designated hospital in the period: its settlements and their medical aid, the net medical
   * aid on its clearing statements for the period's months, and what the bureau paid it in the period.
   */
  public record HospitalLine(String hospitalCode, String name, int settlements, long medicalAidFen, long clearedFen,
      long paidFen) {}

  /** Manual claims (零星报销), settled at the bureau's desk: on no hospital's statement. */
  public record ManualClaims(int settlements, long medicalAidFen) {}

  // 4 慈善 ---------------------------------------------------------------------------------------

  /** Charity units holding one membership tier. */
  public record TierCount(MembershipTier tier, String name, int units) {}

  /** Money disbursed for one purpose. */
  public record PurposeAmount(Purpose purpose, String name, long amountFen) {}

  /** An amount of one funding bucket (a restriction to one purpose, or unrestricted money). */
  public record BucketLine(FundingBucket bucket, String name, long balanceFen) {}

  /**
   * One donation campaign: donations; disbursements by purpose and by the bucket that funded them
   * (the two lists add up to the same total); the balance left in each bucket.
   */
  public record CampaignLine(String campaignId, String name, int donations, long donatedFen,
      List<PurposeAmount> disbursedByPurpose, List<BucketLine> disbursedByBucket, long disbursedFen,
      List<BucketLine> balanceByPurpose, long balanceFen) {}

  /** Section 4, charity (慈善): units by tier, invitations, and each campaign. */
  public record Charity(List<TierCount> unitsByTier, int units, int invitationsSent, int invitationsAccepted,
      List<CampaignLine> campaigns, long donatedFen, long disbursedFen) {}

  // 5 居家养老 -----------------------------------------------------------------------------------

  /** Home-care hours of one service. */
  public record ServiceHours(CareService service, String name, BigDecimal hours) {}

  /** Section 5, home-based care (居家养老): clients, care workers and hours by service. */
  public record HomeCare(int clientsEnrolled, int clientsTotal, int workersStarted, int workersTotal,
      List<ServiceHours> hoursByService, BigDecimal totalHours) {}

  // 6 日托 ---------------------------------------------------------------------------------------

  /** One day-care centre: places, enrolments, attendance and utilisation. */
  public record CentreLine(String centreId, String name, String subdistrict, int capacity, int enrolments,
      int enrolled, long attendanceDays, long openDays, long placeDays, BigDecimal utilisationPercent) {}

  /** Section 6, day care (日间照料): centres, enrolments, attendance and utilisation. */
  public record DayCare(int centres, int enrolments, int enrolled, long attendanceDays, long placeDays,
      BigDecimal utilisationPercent, List<CentreLine> byCentre) {}

  // 7 机构养老 -----------------------------------------------------------------------------------

  /** Assessments that ended in one grade. */
  public record GradeCount(Grade grade, String name, int count) {}

  /** Section 7, institutional care (机构养老): homes, beds, occupancy, assessments by grade, rectifications and awards. */
  public record InstitutionalCare(int homes, int beds, BigDecimal averageOccupancyPercent, int assessments,
      List<GradeCount> assessmentsByGrade, int openRectifications, int overdueRectifications, int awardsPaid,
      long awardPaidFen) {}

  // 8 志愿服务 -----------------------------------------------------------------------------------

  /** Elders served in one form of volunteer service. */
  public record FormCount(ServiceForm form, String name, int elders) {}

  /** "Three smalls" sessions of one kind. */
  public record KindCount(ActivityKind kind, String name, int sessions) {}

  /** Section 8, volunteer service (志愿服务): matching runs, elders served, and the "three smalls" activities. */
  public record VolunteerService(int matchingRuns, int eldersServed, int volunteersAssigned, List<FormCount> byForm,
      int activities, List<KindCount> activitiesByKind, int personTimes, int distinctElders) {}

  /**
   * The report of {@code records.period()}, from records as they stood at {@code asOf} (the
   * caller gathers them so; the instant is carried into the report as {@code asOf}).
   */
  public static HalfYearReport compute(ReportRecords records, AreaNames names, Instant asOf) {
    HalfYear period = records.period();
    return new HalfYearReport(period.toString(), asOf, period.firstDay(), period.lastDay(), names.district(),
        names.nameOf(names.district()), socialRelief(records, names), disasterRelief(records), medicalAid(records),
        charity(records), homeCare(records), dayCare(records, names), institutionalCare(records),
        volunteerService(records), grassroots(records));
  }

  private static Predicate<LocalDate> in(HalfYear period) {
    return period::contains;
  }

  private static long fen(Money m) {
    return m.fen();
  }

  private static SocialRelief socialRelief(ReportRecords r, AreaNames names) {
    Predicate<LocalDate> in = in(r.period());
    List<ReliefRound> paid = r.rounds().stream().filter(x -> x.paidOn().filter(in).isPresent()).toList();
    Map<String, long[]> bySub = new TreeMap<>();
    int households = 0;
    long amount = 0;
    for (ReliefRound round : paid) {
      households += round.roster().size();
      amount += fen(round.total());
      for (SubdistrictTotal t : round.totalsBySubdistrict()) {
        long[] acc = bySub.computeIfAbsent(t.subdistrict().value(), k -> new long[2]);
        acc[0] += t.households();
        acc[1] += fen(t.amount());
      }
    }
    List<SubdistrictLine> lines = new ArrayList<>();
    bySub.forEach((code, acc) -> lines.add(new SubdistrictLine(code, names.nameOf(code), (int) acc[0], acc[1])));

    List<TemporaryReliefGrant> grants = r.temporaryGrants().stream().filter(g -> in.test(g.grantedOn())).toList();
    long granted = grants.stream().mapToLong(g -> fen(g.decision().grant())).sum();

    List<HardshipPayment> months = r.hardshipPayments().stream()
        .filter(p -> in.test(p.month().atDay(1))).toList();
    Set<String> persons = new HashSet<>();
    months.forEach(p -> persons.add(p.residentId().value()));
    return new SocialRelief(new Rounds(paid.size(), households, amount, lines), new Count(grants.size(), granted),
        new Hardship(persons.size(), months.size(), months.stream().mapToLong(p -> fen(p.amount())).sum()));
  }

  private static DisasterRelief disasterRelief(ReportRecords r) {
    HalfYear period = r.period();
    Map<String, SupplyItem> items = new HashMap<>();
    r.supplyItems().forEach(i -> items.put(i.itemId(), i));
    Map<SupplyCategory, Long> received = new EnumMap<>(SupplyCategory.class);
    long receivedFen = 0;
    long issuedFen = 0;
    long rationThousandths = 0;
    long rationFen = 0;
    Set<String> rationHouseholds = new HashSet<>();
    for (Movement m : r.movements()) {
      if (m.date().isAfter(period.lastDay())) {
        continue;
      }
      long q = m.quantity().thousandths();
      if (!period.contains(m.date())) {
        continue;
      }
      if (m.kind() == Movement.Kind.RECEIPT) {
        receivedFen += fen(m.value());
        SupplyItem item = items.get(m.itemId());
        if (item != null) {
          received.merge(item.category(), fen(m.value()), Long::sum);
        }
      } else {
        issuedFen += fen(m.value());
        if (m.rationListId().isPresent()) {
          rationThousandths = Math.addExact(rationThousandths, q);
          rationFen += fen(m.value());
          m.reference().ifPresent(rationHouseholds::add);
        }
      }
    }
    List<CategoryValue> byCategory = new ArrayList<>();
    received.forEach((c, v) -> byCategory.add(new CategoryValue(c, c.chinese(), v)));
    List<BelowTarget> below = new ArrayList<>();
    for (Shortfall f : SuppliesDepot.readiness(r.supplyItems(), r.movements(), period.lastDay())) {
      below.add(new BelowTarget(f.item().itemId(), f.item().name(), f.target().toBigDecimal(), f.stock().toBigDecimal(),
          f.shortfall().toBigDecimal()));
    }
    return new DisasterRelief(new Received(receivedFen, byCategory), issuedFen, below,
        new GrainRations(qty(rationThousandths), rationHouseholds.size(), rationFen));
  }

  /**
   * A total of quantities, which may pass what one quantity can be ({@link Quantity#MAX}): the
   * rations of a half year add up from many issues, each within it, and their sum is a figure of
   * the report, not an input to refuse.
   */
  private static BigDecimal qty(long thousandths) {
    return Quantity.decimal(thousandths);
  }

  private static MedicalAid medicalAid(ReportRecords r) {
    HalfYear period = r.period();
    SettlementTally t = r.settlements();
    long aid = 0;
    long total = 0;
    long basic = 0;
    long critical = 0;
    long self = 0;
    Map<AidCategory, long[]> byCategory = new EnumMap<>(AidCategory.class); // settlements, total, basic, critical, aid, self
    Map<HospitalCode, long[]> byHospital = new HashMap<>(); // settlements, aid
    long[] manual = new long[2];
    for (SettlementTally.Line l : t.lines()) {
      aid += l.medicalAidFen();
      total += l.totalFen();
      basic += l.basicInsuranceFen();
      critical += l.criticalIllnessFen();
      self += l.selfPayFen();
      long[] c = byCategory.computeIfAbsent(l.category(), k -> new long[6]);
      c[0] += l.settlements();
      c[1] += l.totalFen();
      c[2] += l.basicInsuranceFen();
      c[3] += l.criticalIllnessFen();
      c[4] += l.medicalAidFen();
      c[5] += l.selfPayFen();
      long[] h = l.hospital().map(code -> byHospital.computeIfAbsent(code, k -> new long[2])).orElse(manual);
      h[0] += l.settlements();
      h[1] += l.medicalAidFen();
    }
    List<CategoryLine> lines = new ArrayList<>();
    byCategory.forEach((c, p) -> lines.add(new CategoryLine(c, c.chinese(), (int) p[0], t.residentsAided(c), p[1], p[2],
        p[3], p[4], p[5])));
    List<HospitalLine> hospitals = new ArrayList<>();
    for (DesignatedHospital h : r.hospitals()) {
      long[] ofHospital = byHospital.getOrDefault(h.code(), new long[2]);
      List<ClearingStatement> statements = r.clearings().stream().filter(c -> c.hospital().equals(h.code())).toList();
      long cleared = statements.stream().filter(c -> period.contains(c.month().atDay(1)))
          .mapToLong(c -> fen(c.medicalAid())).sum();
      long paid = statements.stream().filter(c -> c.paidOn().filter(period::contains).isPresent())
          .mapToLong(c -> fen(c.medicalAid())).sum();
      hospitals.add(new HospitalLine(h.code().value(), h.name(), (int) ofHospital[0], ofHospital[1], cleared, paid));
    }
    return new MedicalAid(t.residentsAided(), aid, t.settlements(), t.reversals(), total, basic, critical, self, lines,
        hospitals, new ManualClaims((int) manual[0], manual[1]));
  }

  private static String bucketName(FundingBucket b) {
    return b == FundingBucket.UNRESTRICTED ? "非定向" : Purpose.valueOf(b.name()).chinese();
  }

  private static Charity charity(ReportRecords r) {
    HalfYear period = r.period();
    LocalDate last = period.lastDay();
    Map<MembershipTier, Integer> tiers = new EnumMap<>(MembershipTier.class);
    for (MembershipTier t : MembershipTier.values()) {
      tiers.put(t, 0);
    }
    int units = 0;
    for (CharityUnit u : r.charityUnits()) {
      // the tier held on the period's last day: a later change does not rewrite the period
      Optional<MembershipTier> held = u.tierOn(last);
      if (held.isPresent()) {
        tiers.merge(held.get(), 1, Integer::sum);
        units++;
      }
    }
    List<TierCount> byTier = new ArrayList<>();
    tiers.forEach((t, n) -> byTier.add(new TierCount(t, t.chinese(), n)));
    int sent = (int) r.invitations().stream().filter(i -> period.contains(i.sentOn())).count();
    int accepted = (int) r.invitations().stream().filter(i -> i.status() == Invitation.Status.ACCEPTED
        && i.respondedOn().filter(period::contains).isPresent()).count();

    List<CampaignLine> campaigns = new ArrayList<>();
    long donatedAll = 0;
    long disbursedAll = 0;
    for (Campaign c : r.campaigns()) {
      List<Donation> toEnd = r.donations().stream()
          .filter(d -> d.campaignId().equals(c.campaignId()) && !d.date().isAfter(last)).toList();
      List<Disbursement> paidToEnd = r.disbursements().stream()
          .filter(d -> d.campaignId().equals(c.campaignId()) && !d.date().isAfter(last)).toList();
      List<Donation> donated = toEnd.stream().filter(d -> period.contains(d.date())).toList();
      List<Disbursement> paid = paidToEnd.stream().filter(d -> period.contains(d.date())).toList();
      boolean overlaps = !c.startsOn().isAfter(last) && c.endsOn().map(e -> !e.isBefore(period.firstDay())).orElse(true);
      if (!overlaps && donated.isEmpty() && paid.isEmpty()) {
        continue;
      }
      Map<Purpose, Long> byPurpose = new EnumMap<>(Purpose.class);
      for (Purpose p : Purpose.values()) {
        byPurpose.put(p, 0L);
      }
      paid.forEach(d -> byPurpose.merge(d.purpose(), fen(d.amount()), Long::sum));
      List<PurposeAmount> purposes = new ArrayList<>();
      byPurpose.forEach((p, v) -> purposes.add(new PurposeAmount(p, p.chinese(), v)));
      Map<FundingBucket, Long> byBucket = new EnumMap<>(FundingBucket.class);
      for (FundingBucket f : FundingBucket.values()) {
        byBucket.put(f, 0L);
      }
      paid.forEach(d -> d.fundedBy().forEach(f -> byBucket.merge(f.bucket(), fen(f.amount()), Long::sum)));
      List<BucketLine> funded = new ArrayList<>();
      byBucket.forEach((f, v) -> funded.add(new BucketLine(f, bucketName(f), v)));
      List<BucketLine> balances = new ArrayList<>();
      long balance = 0;
      for (BucketBalance b : CampaignLedger.of(toEnd, paidToEnd).balances()) {
        balances.add(new BucketLine(b.bucket(), bucketName(b.bucket()), fen(b.balance())));
        balance += fen(b.balance());
      }
      long donatedFen = donated.stream().mapToLong(d -> fen(d.amount())).sum();
      long paidFen = paid.stream().mapToLong(d -> fen(d.amount())).sum();
      donatedAll += donatedFen;
      disbursedAll += paidFen;
      campaigns.add(new CampaignLine(c.campaignId(), c.name(), donated.size(), donatedFen, purposes, funded, paidFen,
          balances, balance));
    }
    return new Charity(byTier, units, sent, accepted, campaigns, donatedAll, disbursedAll);
  }

  private static HomeCare homeCare(ReportRecords r) {
    HomeCareCounts counts = HomeCareCounts.of(r.period(), r.homeCareClients(), r.careWorkers(), r.visits());
    List<ServiceHours> hours = new ArrayList<>();
    long halves = 0;
    for (CareService s : CareService.values()) {
      int h = counts.halfHoursByService().get(s);
      hours.add(new ServiceHours(s, s.chinese(), Decimals.halves(h)));
      halves += h;
    }
    return new HomeCare(counts.clientsEnrolled(), counts.clientsTotal(), counts.workersStarted(), counts.workersTotal(),
        hours, Decimals.halves(halves));
  }

  private static DayCare dayCare(ReportRecords r, AreaNames names) {
    HalfYear period = r.period();
    LocalDate last = period.lastDay();
    List<CentreLine> lines = new ArrayList<>();
    int enrolments = 0;
    int enrolled = 0;
    List<Utilisation> used = new ArrayList<>();
    for (DayCareCentre c : r.dayCareCentres()) {
      if (c.openedOn().isAfter(last)) {
        continue;
      }
      List<DayCareEnrolment> mine = r.dayCareEnrolments().stream().filter(e -> e.centreId().equals(c.centreId()))
          .toList();
      int newOnes = (int) mine.stream().filter(e -> period.contains(e.enrolledOn())).count();
      int active = (int) mine.stream().filter(e -> e.isActiveOn(last)).count();
      Utilisation u = Utilisation.of(c, r.attendance(), period.firstDay(), last);
      used.add(u);
      lines.add(new CentreLine(c.centreId(), c.name(), c.subdistrict().value(), c.capacity(), newOnes, active,
          u.attendanceDays(), u.openDays(), u.placeDays(), u.ratio().percentValue()));
      enrolments += newOnes;
      enrolled += active;
    }
    return new DayCare(lines.size(), enrolments, enrolled, used.stream().mapToLong(Utilisation::attendanceDays).sum(),
        used.stream().mapToLong(Utilisation::placeDays).sum(), Utilisation.overall(used).percentValue(), lines);
  }

  private static InstitutionalCare institutionalCare(ReportRecords r) {
    HalfYear period = r.period();
    LocalDate last = period.lastDay();
    // a home counts from the day it opened: in the period's homes and beds if open on its last day
    List<NursingHome> open = r.nursingHomes().stream().filter(h -> h.isOpenOn(last)).toList();
    int homes = open.size();
    int beds = open.stream().mapToInt(NursingHome::totalBeds).sum();
    BedMonths bedMonths = BedMonths.of(period, r.nursingHomes(), r.occupancy());
    List<Assessment> assessed = r.assessments().stream().filter(a -> period.contains(a.assessedOn())).toList();
    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      grades.put(g, 0);
    }
    assessed.forEach(a -> grades.merge(a.grade(), 1, Integer::sum));
    List<GradeCount> byGrade = new ArrayList<>();
    grades.forEach((g, n) -> byGrade.add(new GradeCount(g, g.chinese(), n)));
    int openTasks = (int) r.rectifications().stream().filter(t -> t.isOpenOn(last)).count();
    int overdue = (int) r.rectifications().stream().filter(t -> t.isOpenOn(last) && last.isAfter(t.dueOn())).count();
    List<Award> paid = r.awards().stream().filter(a -> period.contains(a.paidOn())).toList();
    return new InstitutionalCare(homes, beds, bedMonths.rate().percentValue(), assessed.size(),
        byGrade, openTasks, overdue, paid.size(), paid.stream().mapToLong(a -> fen(a.awarded())).sum());
  }

  private static String formName(ServiceForm f) {
    return switch (f) {
      case ONE_TO_ONE -> "一对一";
      case TWO_TO_ONE -> "二对一";
      case MANY_TO_ONE -> "多对一";
    };
  }

  // 9 基层政权建设 ---------------------------------------------------------------------------------

  /** Inspections that ended in one grade. */
  public record InspectionGrade(civil.village.openness.Grade grade, String name, int inspections) {}

  /** A model-village candidate of the year. */
  public record ModelVillage(String villageCode, String name, int inspections, BigDecimal averageScore) {}

  /** The totals of an election groundwork survey. */
  public record SurveyTotals(String surveyId, LocalDate electionDay, int villages, int registered, int living,
      int voters, int residentVoters, int awayVoters, int applicantVoters, int femaleVoters, int under18, int deprived,
      int seats, int duplicates) {}

  /**
   * Section 9, grassroots governance (基层政权建设): villages inspected for openness in the period,
   * their average score (the mean of the period's inspection scores, half up to one decimal),
   * inspections by grade, the year's model-village candidates, and the latest election survey for
   * an election in the period's year (null when there is none).
   */
  public record Grassroots(int villages, int villagesInspected, int inspections, BigDecimal averageScore,
      List<InspectionGrade> byGrade, List<ModelVillage> modelVillageCandidates, SurveyTotals electionSurvey) {}

  private static Grassroots grassroots(ReportRecords r) {
    HalfYear period = r.period();
    List<Inspection> inspections = r.villageInspections().stream().filter(i -> period.contains(i.inspectedOn())).toList();
    BigDecimal average = inspections.isEmpty() ? null
        : inspections.stream().map(Inspection::score).reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(inspections.size()), 1, RoundingMode.HALF_UP);
    List<InspectionGrade> byGrade = new ArrayList<>();
    for (civil.village.openness.Grade g : civil.village.openness.Grade.values()) {
      byGrade.add(new InspectionGrade(g, GRADE_NAMES.get(g), (int) inspections.stream().filter(i -> i.grade() == g).count()));
    }
    Map<String, String> names = new HashMap<>();
    r.villages().forEach(v -> names.put(v.code().value(), v.name()));
    List<ModelVillage> models = r.modelVillages().stream().map(c -> new ModelVillage(c.villageCode(),
        names.getOrDefault(c.villageCode(), c.villageCode()), c.inspections(), c.averageShown())).toList();
    SurveyTotals survey = r.electionSurveys().stream().filter(s -> s.electionDay().getYear() == period.year())
        .reduce((a, b) -> b).map(s -> new SurveyTotals(s.surveyId(), s.electionDay(), s.villages().size(),
            s.totals().registered(), s.totals().living(), s.totals().voters(), s.totals().residentVoters(),
            s.totals().awayVoters(), s.totals().applicantVoters(), s.totals().femaleVoters(), s.totals().under18(),
            s.totals().deprived(), s.totals().seats(), s.duplicates().size())).orElse(null);
    return new Grassroots(r.villages().size(), (int) inspections.stream().map(Inspection::villageCode).distinct().count(),
        inspections.size(), average, byGrade, models, survey);
  }

  private static final Map<civil.village.openness.Grade, String> GRADE_NAMES = Map.of(civil.village.openness.Grade.EXCELLENT, "优秀", civil.village.openness.Grade.GOOD, "良好",
      civil.village.openness.Grade.PASS, "合格", civil.village.openness.Grade.FAIL, "不合格");

  private static VolunteerService volunteerService(ReportRecords r) {
    HalfYear period = r.period();
    List<MatchingRun> runs = r.matchingRuns().stream().filter(m -> period.contains(m.runOn())).toList();
    // an elder counts once, in the form asked for in the latest run that served them
    Map<String, ServiceForm> served = new LinkedHashMap<>();
    Set<String> volunteers = new TreeSet<>();
    for (MatchingRun run : runs) {
      for (Assignment a : run.matching().assignments()) {
        if (!a.volunteers().isEmpty()) {
          served.put(a.elderId(), run.forms().getOrDefault(a.elderId(), ServiceForm.of(a.volunteers().size())));
          a.volunteers().forEach(v -> volunteers.add(v.id()));
        }
      }
    }
    Map<ServiceForm, Integer> forms = new EnumMap<>(ServiceForm.class);
    for (ServiceForm f : ServiceForm.values()) {
      forms.put(f, 0);
    }
    served.values().forEach(f -> forms.merge(f, 1, Integer::sum));
    List<FormCount> byForm = new ArrayList<>();
    forms.forEach((f, n) -> byForm.add(new FormCount(f, formName(f), n)));
    ActivityFigures figures = Activities.figuresOf(r.activities().stream().filter(a -> period.contains(a.date())).toList());
    List<KindCount> kinds = new ArrayList<>();
    for (ActivityKind k : ActivityKind.values()) {
      kinds.add(new KindCount(k, k.chinese(), figures.sessionsByKind().getOrDefault(k, 0)));
    }
    return new VolunteerService(runs.size(), served.size(), volunteers.size(), byForm, figures.sessions(), kinds,
        figures.personTimes(), figures.distinctElders());
  }
}
