package civil.eldercare.volunteer;

/** A volunteer assigned to an elder, with the pair's cost and reasons. */
public record AssignedVolunteer(String id, int cost, PairReasons reasons) {}
