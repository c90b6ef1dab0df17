package civil.village.election;

import static java.util.Objects.requireNonNull;

import civil.core.identity.ResidentId;

/**
 * One person in a village's survey list: whether registered (户籍) here, living here, for how many
 * years, whether deprived of political rights, and whether they want to register as an applicant.
 */
public record SurveyPerson(ResidentId residentId, boolean registeredHere, boolean livesHere, int yearsResident,
    boolean deprivedOfPoliticalRights, boolean wantsToRegister) {
  public SurveyPerson {
    requireNonNull(residentId, "residentId");
  }
}
