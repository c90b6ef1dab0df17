package civil.report;

import civil.village.election.ElectionSurvey;
import civil.village.openness.Inspection;
import civil.village.openness.ModelVillages;
import civil.village.register.Village;
import civil.core.period.HalfYear;
import civil.eldercare.activity.Activity;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.award.Award;
import civil.eldercare.daycare.Attendance;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.daycare.DayCareEnrolment;
import civil.eldercare.homecare.CareWorker;
import civil.eldercare.homecare.HomeCareClient;
import civil.eldercare.homecare.Visit;
import civil.eldercare.nursinghome.NursingHome;
import civil.eldercare.nursinghome.Occupancy;
import civil.eldercare.volunteer.MatchingRun;
import civil.relief.charity.Campaign;
import civil.relief.charity.CharityUnit;
import civil.relief.charity.Disbursement;
import civil.relief.charity.Donation;
import civil.relief.charity.Invitation;
import civil.relief.hardship.HardshipPayment;
import civil.relief.hospital.ClearingStatement;
import civil.relief.hospital.DesignatedHospital;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.SettlementTally;
import civil.relief.round.ReliefRound;
import civil.relief.supplies.Movement;
import civil.relief.supplies.SupplyItem;
import civil.relief.temporary.TemporaryReliefGrant;
import java.util.List;
import java.util.Objects;

/**
 * The records a half-year report is computed from, as the stores hold them. A record may be
 * given whether or not it falls in the period: {@link HalfYearReport#compute} decides by the
 * report's own dating rules, so a caller may pass more than needed (everything, say) and the
 * figures stay the same. Records dated after the period's last day never count.
 *
 * @param settlements the period's medical-aid figures ({@link SettlementTally}): the settlements
 *     themselves are summed by their store, or by {@link Builder#settlements(List)}
 * @param movements supplies movements (stock at the period's end needs those before it too)
 * @param donations donations (balances at the period's end need those before it too)
 * @param disbursements disbursements (likewise)
 * @param hospitals the designated hospitals
 * @param clearings clearing statements (those of the period's months, and those paid in it, count)
 * @param villages the registered villages
 * @param villageInspections openness inspections (those dated in the period count)
 * @param modelVillages the model-village candidates of the period's year, as they stand
 * @param electionSurveys election groundwork surveys (the latest for an election in the period's year counts)
 */
public record ReportRecords(
    HalfYear period,
    List<ReliefRound> rounds,
    List<TemporaryReliefGrant> temporaryGrants,
    List<HardshipPayment> hardshipPayments,
    List<SupplyItem> supplyItems,
    List<Movement> movements,
    SettlementTally settlements,
    List<CharityUnit> charityUnits,
    List<Invitation> invitations,
    List<Campaign> campaigns,
    List<Donation> donations,
    List<Disbursement> disbursements,
    List<HomeCareClient> homeCareClients,
    List<CareWorker> careWorkers,
    List<Visit> visits,
    List<DayCareCentre> dayCareCentres,
    List<DayCareEnrolment> dayCareEnrolments,
    List<Attendance> attendance,
    List<NursingHome> nursingHomes,
    List<Occupancy> occupancy,
    List<Assessment> assessments,
    List<Rectification> rectifications,
    List<Award> awards,
    List<MatchingRun> matchingRuns,
    List<Activity> activities,
    List<DesignatedHospital> hospitals,
    List<ClearingStatement> clearings,
    List<Village> villages,
    List<Inspection> villageInspections,
    List<ModelVillages.Candidate> modelVillages,
    List<ElectionSurvey> electionSurveys) {
  public ReportRecords {
    rounds = List.copyOf(rounds);
    temporaryGrants = List.copyOf(temporaryGrants);
    hardshipPayments = List.copyOf(hardshipPayments);
    supplyItems = List.copyOf(supplyItems);
    movements = List.copyOf(movements);
    Objects.requireNonNull(settlements, "settlements");
    hospitals = List.copyOf(hospitals);
    villages = List.copyOf(villages);
    villageInspections = List.copyOf(villageInspections);
    modelVillages = List.copyOf(modelVillages);
    electionSurveys = List.copyOf(electionSurveys);
    clearings = List.copyOf(clearings);
    charityUnits = List.copyOf(charityUnits);
    invitations = List.copyOf(invitations);
    campaigns = List.copyOf(campaigns);
    donations = List.copyOf(donations);
    disbursements = List.copyOf(disbursements);
    homeCareClients = List.copyOf(homeCareClients);
    careWorkers = List.copyOf(careWorkers);
    visits = List.copyOf(visits);
    dayCareCentres = List.copyOf(dayCareCentres);
    dayCareEnrolments = List.copyOf(dayCareEnrolments);
    attendance = List.copyOf(attendance);
    nursingHomes = List.copyOf(nursingHomes);
    occupancy = List.copyOf(occupancy);
    assessments = List.copyOf(assessments);
    rectifications = List.copyOf(rectifications);
    awards = List.copyOf(awards);
    matchingRuns = List.copyOf(matchingRuns);
    activities = List.copyOf(activities);
  }

  /** A builder for {@code period}; every list not given is empty. */
  public static Builder builder(HalfYear period) {
    return new Builder(period);
  }

  /** Gathers the records one kind at a time, for callers that keep only some of them. */
  public static final class Builder {
    private final HalfYear period;
    private List<ReliefRound> rounds = List.of();
    private List<TemporaryReliefGrant> temporaryGrants = List.of();
    private List<HardshipPayment> hardshipPayments = List.of();
    private List<SupplyItem> supplyItems = List.of();
    private List<Movement> movements = List.of();
    private SettlementTally settlements = SettlementTally.none();
    private List<CharityUnit> charityUnits = List.of();
    private List<Invitation> invitations = List.of();
    private List<Campaign> campaigns = List.of();
    private List<Donation> donations = List.of();
    private List<Disbursement> disbursements = List.of();
    private List<HomeCareClient> homeCareClients = List.of();
    private List<CareWorker> careWorkers = List.of();
    private List<Visit> visits = List.of();
    private List<DayCareCentre> dayCareCentres = List.of();
    private List<DayCareEnrolment> dayCareEnrolments = List.of();
    private List<Attendance> attendance = List.of();
    private List<NursingHome> nursingHomes = List.of();
    private List<Occupancy> occupancy = List.of();
    private List<Assessment> assessments = List.of();
    private List<Rectification> rectifications = List.of();
    private List<Award> awards = List.of();
    private List<MatchingRun> matchingRuns = List.of();
    private List<Activity> activities = List.of();
    private List<DesignatedHospital> hospitals = List.of();
    private List<ClearingStatement> clearings = List.of();
    private List<Village> villages = List.of();
    private List<Inspection> villageInspections = List.of();
    private List<ModelVillages.Candidate> modelVillages = List.of();
    private List<ElectionSurvey> electionSurveys = List.of();

    private Builder(HalfYear period) {
      this.period = period;
    }

    public Builder rounds(List<ReliefRound> rounds) {
      this.rounds = rounds;
      return this;
    }

    public Builder temporaryGrants(List<TemporaryReliefGrant> temporaryGrants) {
      this.temporaryGrants = temporaryGrants;
      return this;
    }

    public Builder hardshipPayments(List<HardshipPayment> hardshipPayments) {
      this.hardshipPayments = hardshipPayments;
      return this;
    }

    public Builder supplyItems(List<SupplyItem> supplyItems) {
      this.supplyItems = supplyItems;
      return this;
    }

    public Builder movements(List<Movement> movements) {
      this.movements = movements;
      return this;
    }

    public Builder settlements(List<SettlementRecord> settlements) {
      this.settlements = SettlementTally.of(settlements, period.firstDay(), period.lastDay());
      return this;
    }

    /** The period's medical-aid figures, summed already (by a store that can sum in place). */
    public Builder settlements(SettlementTally tally) {
      this.settlements = tally;
      return this;
    }

    public Builder charityUnits(List<CharityUnit> charityUnits) {
      this.charityUnits = charityUnits;
      return this;
    }

    public Builder invitations(List<Invitation> invitations) {
      this.invitations = invitations;
      return this;
    }

    public Builder campaigns(List<Campaign> campaigns) {
      this.campaigns = campaigns;
      return this;
    }

    public Builder donations(List<Donation> donations) {
      this.donations = donations;
      return this;
    }

    public Builder disbursements(List<Disbursement> disbursements) {
      this.disbursements = disbursements;
      return this;
    }

    public Builder homeCareClients(List<HomeCareClient> homeCareClients) {
      this.homeCareClients = homeCareClients;
      return this;
    }

    public Builder careWorkers(List<CareWorker> careWorkers) {
      this.careWorkers = careWorkers;
      return this;
    }

    public Builder visits(List<Visit> visits) {
      this.visits = visits;
      return this;
    }

    public Builder dayCareCentres(List<DayCareCentre> dayCareCentres) {
      this.dayCareCentres = dayCareCentres;
      return this;
    }

    public Builder dayCareEnrolments(List<DayCareEnrolment> dayCareEnrolments) {
      this.dayCareEnrolments = dayCareEnrolments;
      return this;
    }

    public Builder attendance(List<Attendance> attendance) {
      this.attendance = attendance;
      return this;
    }

    public Builder nursingHomes(List<NursingHome> nursingHomes) {
      this.nursingHomes = nursingHomes;
      return this;
    }

    public Builder occupancy(List<Occupancy> occupancy) {
      this.occupancy = occupancy;
      return this;
    }

    public Builder assessments(List<Assessment> assessments) {
      this.assessments = assessments;
      return this;
    }

    public Builder rectifications(List<Rectification> rectifications) {
      this.rectifications = rectifications;
      return this;
    }

    public Builder awards(List<Award> awards) {
      this.awards = awards;
      return this;
    }

    public Builder matchingRuns(List<MatchingRun> matchingRuns) {
      this.matchingRuns = matchingRuns;
      return this;
    }

    public Builder activities(List<Activity> activities) {
      this.activities = activities;
      return this;
    }

    public Builder hospitals(List<DesignatedHospital> hospitals) {
      this.hospitals = hospitals;
      return this;
    }

    public Builder clearings(List<ClearingStatement> clearings) {
      this.clearings = clearings;
      return this;
    }

    public Builder villages(List<Village> villages) {
      this.villages = villages;
      return this;
    }

    public Builder villageInspections(List<Inspection> villageInspections) {
      this.villageInspections = villageInspections;
      return this;
    }

    public Builder modelVillages(List<ModelVillages.Candidate> modelVillages) {
      this.modelVillages = modelVillages;
      return this;
    }

    public Builder electionSurveys(List<ElectionSurvey> electionSurveys) {
      this.electionSurveys = electionSurveys;
      return this;
    }

    public ReportRecords build() {
      return new ReportRecords(period, rounds, temporaryGrants, hardshipPayments, supplyItems, movements, settlements, charityUnits, invitations, campaigns, donations, disbursements, homeCareClients, careWorkers, visits, dayCareCentres, dayCareEnrolments, attendance, nursingHomes, occupancy, assessments, rectifications, awards, matchingRuns, activities, hospitals, clearings, villages, villageInspections, modelVillages, electionSurveys);
    }
  }
}
