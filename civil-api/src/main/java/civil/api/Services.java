package civil.api;

import civil.api.storage.Database;
import civil.api.storage.JdbcEldercare;
import civil.api.storage.JdbcHospitals;
import civil.api.storage.JdbcMedicalAid;
import civil.api.storage.JdbcRelief;
import civil.api.storage.JdbcVillages;
import civil.core.policy.PolicyRegistry;
import civil.eldercare.activity.Activities;
import civil.eldercare.assessment.AssessmentCatalog;
import civil.eldercare.daycare.DayCare;
import civil.eldercare.homecare.HomeCare;
import civil.eldercare.nursinghome.NursingHomes;
import civil.eldercare.policy.EldercarePolicy;
import civil.eldercare.volunteer.VolunteerService;
import civil.relief.charity.CharityAssociation;
import civil.relief.hardship.HardshipRoll;
import civil.relief.hospital.HospitalAccounts;
import civil.relief.hospital.HospitalDesk;
import civil.relief.hospital.HospitalRegistry;
import civil.relief.household.HouseholdRegistry;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementLedger;
import civil.relief.policy.ReliefPolicy;
import civil.relief.round.ReliefRounds;
import civil.relief.supplies.SuppliesDepot;
import civil.relief.temporary.TemporaryReliefDesk;
import civil.village.election.ElectionRules;
import civil.village.openness.OpennessCatalog;
import civil.village.register.VillageAffairs;
import java.time.Clock;

/**
 * The library's application services, built over the database's ports with the default
 * policies: what the routes call, and what the demo data is generated through.
 */
public record Services(
    Clock clock,
    PolicyRegistry<ReliefPolicy> reliefPolicies,
    AidCategoryRegister aidCategories,
    SettlementDesk settlements,
    HospitalRegistry hospitals,
    HospitalDesk hospitalDesk,
    HospitalAccounts hospitalAccounts,
    HouseholdRegistry households,
    HardshipRoll hardship,
    TemporaryReliefDesk temporaryRelief,
    ReliefRounds rounds,
    SuppliesDepot supplies,
    CharityAssociation charity,
    PolicyRegistry<EldercarePolicy> eldercarePolicies,
    PolicyRegistry<AssessmentCatalog> catalogs,
    NursingHomes nursingHomes,
    HomeCare homeCare,
    DayCare dayCare,
    VolunteerService volunteers,
    Activities activities,
    VillageAffairs villages) {

  /**
   * The services over {@code db}, dating their work by {@code clock}; every record they write is
   * recorded at {@code clock}'s instant (see {@link Database#recordingBy}).
   */
  public static Services create(Database database, Clock clock) {
    Database db = database.recordingBy(clock);
    PolicyRegistry<ReliefPolicy> relief = ReliefPolicy.defaultRegistry();
    JdbcMedicalAid medical = new JdbcMedicalAid(db);
    JdbcRelief stores = new JdbcRelief(db);
    AidCategoryRegister categories = new AidCategoryRegister(medical.categories());
    HouseholdRegistry households = new HouseholdRegistry(relief, stores.households());
    HardshipRoll hardship = new HardshipRoll(relief, stores.hardship());
    PolicyRegistry<EldercarePolicy> eldercare = EldercarePolicy.defaultRegistry();
    PolicyRegistry<AssessmentCatalog> catalogs = AssessmentCatalog.defaultRegistry();
    JdbcEldercare care = new JdbcEldercare(db);
    VolunteerService volunteers = new VolunteerService(care.volunteers());
    SettlementLedger ledger = medical.ledger();
    SettlementDesk desk = new SettlementDesk(MedicalAidPolicy.defaultRegistry(), categories, ledger, clock);
    JdbcHospitals hospitalStores = new JdbcHospitals(db);
    HospitalRegistry hospitals = new HospitalRegistry(hospitalStores.hospitals());
    return new Services(clock, relief, categories, desk, hospitals, new HospitalDesk(hospitals, desk),
        new HospitalAccounts(hospitals, ledger, hospitalStores.clearings(), clock),
        households, hardship,
        new TemporaryReliefDesk(relief, households, stores.temporaryRelief()),
        new ReliefRounds(households, hardship, stores.rounds()),
        new SuppliesDepot(relief, stores.supplies(), households),
        new CharityAssociation(relief, stores.charity(), households),
        eldercare, catalogs,
        new NursingHomes(eldercare, catalogs, care.nursingHomes()),
        new HomeCare(eldercare, care.homeCare(), care.districtRegister()),
        new DayCare(care.dayCare()),
        volunteers,
        new Activities(care.activities(), volunteers),
        new VillageAffairs(OpennessCatalog.defaultRegistry(), ElectionRules.defaultRegistry(), new JdbcVillages(db)));
  }
}
