package civil.api.report;

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
import civil.relief.round.ReliefRound;
import civil.relief.supplies.Movement;
import civil.relief.supplies.SupplyItem;
import civil.relief.temporary.TemporaryReliefGrant;
import java.util.List;

/**
 * The records a half-year report is computed from, as the stores hold them. A record may be
 * given whether or not it falls in the period: {@link HalfYearReport#compute} decides by the
 * report's own dating rules, so a caller may pass more than needed (everything, say) and the
 * figures stay the same. Records dated after the period's last day never count.
 *
 * @param settlements medical-aid settlements, with their reversal date if reversed
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
    List<SettlementRecord> settlements,
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
    settlements = List.copyOf(settlements);
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
}
