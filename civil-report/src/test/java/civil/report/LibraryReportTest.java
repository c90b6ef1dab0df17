package civil.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.HalfYear;
import civil.relief.charity.CharityAssociation;
import civil.relief.charity.Donor;
import civil.relief.charity.FundingBucket;
import civil.relief.charity.InMemoryCharityStore;
import civil.relief.charity.MembershipTier;
import civil.relief.charity.Purpose;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.InMemoryHouseholdStore;
import civil.relief.medical.AidCategory;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.InMemoryAidCategoryStore;
import civil.relief.medical.InMemorySettlementLedger;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementDesk;
import civil.relief.policy.ReliefPolicy;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A program that keeps its records in memory builds the report without a server or a database. */
class LibraryReportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-05T01:30:00Z"), ZoneOffset.UTC);
  static final HalfYear H1 = HalfYear.of(2026, 1);

  @Test
  void aProgramBuildsTheReportFromItsOwnRecordsAndEachCategoryShowsAllThreePayers() {
    AidCategoryRegister categories = new AidCategoryRegister(new InMemoryAidCategoryStore());
    ResidentId subsistence = ResidentId.parse("410802198005010013");
    ResidentId none = ResidentId.ofFirst17("41080219750203001");
    categories.register(subsistence, new CategoryAssignment(AidCategory.SUBSISTENCE,
        DateRange.startingOn(LocalDate.of(2026, 1, 1))));
    SettlementDesk desk = new SettlementDesk(MedicalAidPolicy.defaultRegistry(), categories, new InMemorySettlementLedger(), CLOCK);
    // the worked examples of medical aid: a subsistence inpatient at a secondary hospital, and a patient without category
    desk.settle(Bill.of("B-1", subsistence, HospitalLevel.SECONDARY, CareType.INPATIENT, LocalDate.of(2026, 3, 2),
        Money.ofFen(1_200_000), Money.ofFen(1_000_000)));
    desk.settle(Bill.of("B-2", none, HospitalLevel.PRIMARY, CareType.INPATIENT, LocalDate.of(2026, 4, 9),
        Money.ofFen(300_000), Money.ofFen(280_000)));

    HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
    String household = households.register(AreaCode.parse("410802001"), Optional.empty(), Household.of(AreaType.URBAN, false,
        false, List.of(HouseholdMember.of(subsistence, Money.zero(), Money.zero(), false, false))),
        LocalDate.of(2026, 5, 1)).householdId();
    CharityAssociation charity = new CharityAssociation(ReliefPolicy.defaultRegistry(), new InMemoryCharityStore(), households);
    String campaign = charity.createCampaign("2026年爱心一日捐", LocalDate.of(2026, 5, 1), Optional.empty()).campaignId();
    charity.donate(campaign, Donor.person("甲"), Money.ofYuan(100), LocalDate.of(2026, 5, 2), Optional.of(Purpose.MEDICAL));
    charity.donate(campaign, Donor.person("乙"), Money.ofYuan(500), LocalDate.of(2026, 5, 3), Optional.empty());
    // 150 yuan of medical help: the 100 restricted to it first, then 50 unrestricted
    charity.disburse(campaign, household, Purpose.MEDICAL, Money.ofYuan(150), LocalDate.of(2026, 5, 20));

    ReportRecords records = ReportRecords.builder(H1)
        .settlements(desk.settledOrReversedBetween(H1.firstDay(), H1.lastDay()))
        .campaigns(charity.campaigns())
        .donations(charity.donationsBetween(LocalDate.of(2000, 1, 1), H1.lastDay()))
        .disbursements(charity.disbursementsBetween(LocalDate.of(2000, 1, 1), H1.lastDay()))
        .build();
    HalfYearReport report = HalfYearReport.compute(records, AreaNames.jiefang(), CLOCK.instant());

    HalfYearReport.MedicalAid m = report.medicalAid();
    assertEquals(2, m.settlements());
    HalfYearReport.CategoryLine line = m.byCategory().stream().filter(c -> c.category() == AidCategory.SUBSISTENCE)
        .findFirst().orElseThrow();
    assertEquals(List.of(1_200_000L, 760_000L, 0L, 180_000L, 260_000L), List.of(line.totalFen(), line.basicInsuranceFen(),
        line.criticalIllnessFen(), line.medicalAidFen(), line.selfPayFen()));
    // the category lines add up to the section, payer by payer
    assertEquals(m.totalFen(), m.byCategory().stream().mapToLong(HalfYearReport.CategoryLine::totalFen).sum());
    assertEquals(m.basicInsuranceFen(), m.byCategory().stream().mapToLong(HalfYearReport.CategoryLine::basicInsuranceFen).sum());
    assertEquals(m.selfPayFen(), m.byCategory().stream().mapToLong(HalfYearReport.CategoryLine::selfPayFen).sum());
    assertEquals(m.medicalAidFen(), m.byCategory().stream().mapToLong(HalfYearReport.CategoryLine::medicalAidFen).sum());

    HalfYearReport.CampaignLine c = report.charity().campaigns().get(0);
    assertEquals(15_000, c.disbursedFen());
    assertEquals(c.disbursedFen(), c.disbursedByBucket().stream().mapToLong(HalfYearReport.BucketLine::balanceFen).sum());
    assertEquals(10_000, amount(c, FundingBucket.MEDICAL));
    assertEquals(5_000, amount(c, FundingBucket.UNRESTRICTED));

    String markdown = ReportDocument.of(report).markdown();
    assertTrue(markdown.contains("| 救助类别 | 结算笔数 | 受助人数 | 医疗总费用 | 基本医保 | 大病保险 | 医疗救助 | 个人自付 |"), markdown);
    assertTrue(markdown.contains("资金来源"), markdown);
  }

  @Test
  void aTierChangedAfterThePeriodLeavesThePeriodsUnitsByTierAsTheyWere() {
    HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
    CharityAssociation charity = new CharityAssociation(ReliefPolicy.defaultRegistry(), new InMemoryCharityStore(), households);
    CreditCode company = CreditCode.parse("91350100M000100Y43");
    String first = charity.invite(company, "焦作某某有限公司", MembershipTier.COUNCIL, LocalDate.of(2026, 3, 1)).invitationId();
    charity.answer(first, true, LocalDate.of(2026, 3, 20));
    String upgrade = charity.invite(company, "焦作某某有限公司", MembershipTier.EXECUTIVE_COUNCIL, LocalDate.of(2026, 8, 1))
        .invitationId();
    charity.answer(upgrade, true, LocalDate.of(2026, 8, 10));

    HalfYearReport h1 = HalfYearReport.compute(ReportRecords.builder(H1).charityUnits(charity.units()).build(),
        AreaNames.jiefang(), CLOCK.instant());
    HalfYearReport h2 = HalfYearReport.compute(ReportRecords.builder(HalfYear.of(2026, 2)).charityUnits(charity.units())
        .build(), AreaNames.jiefang(), CLOCK.instant());
    assertEquals(1, units(h1, MembershipTier.COUNCIL));
    assertEquals(0, units(h1, MembershipTier.EXECUTIVE_COUNCIL));
    assertEquals(0, units(h2, MembershipTier.COUNCIL));
    assertEquals(1, units(h2, MembershipTier.EXECUTIVE_COUNCIL));
  }

  /** Each stock stays within the largest quantity; what a half year issues in all may pass it. */
  @Test
  void grainRationsThatAddUpPastTheLargestQuantityAreReportedInFull() {
    Quantity most = Quantity.MAX;
    Quantity part = Quantity.ofUnits(600_000_000);
    Optional<String> list = Optional.of("GR-000001");
    List<Movement> movements = List.of(
        Movement.receipt("MV-000001", "IT-000001", LocalDate.of(2026, 2, 1), most, Money.ofYuan(100), Movement.Source.PURCHASE,
            Optional.empty()),
        Movement.issue("MV-000002", "IT-000001", LocalDate.of(2026, 2, 2), part, Money.ofYuan(60),
            Movement.Destination.HOUSEHOLD, "HH-000001", "李四", list),
        Movement.receipt("MV-000003", "IT-000001", LocalDate.of(2026, 3, 1), part, Money.ofYuan(60), Movement.Source.PURCHASE,
            Optional.empty()),
        Movement.issue("MV-000004", "IT-000001", LocalDate.of(2026, 3, 2), part, Money.ofYuan(60),
            Movement.Destination.HOUSEHOLD, "HH-000002", "李四", list));
    HalfYearReport report = HalfYearReport.compute(ReportRecords.builder(H1).movements(movements).build(),
        AreaNames.jiefang(), CLOCK.instant());
    HalfYearReport.GrainRations rations = report.disasterRelief().grainRations();
    assertEquals(new BigDecimal("1200000000"), rations.kilograms());
    assertEquals(2, rations.households());
    assertEquals(12_000, rations.valueFen());
  }

  private static int units(HalfYearReport r, MembershipTier tier) {
    return r.charity().unitsByTier().stream().filter(t -> t.tier() == tier).findFirst().orElseThrow().units();
  }

  private static long amount(HalfYearReport.CampaignLine c, FundingBucket bucket) {
    return c.disbursedByBucket().stream().filter(b -> b.bucket() == bucket).findFirst().orElseThrow().balanceFen();
  }
}
