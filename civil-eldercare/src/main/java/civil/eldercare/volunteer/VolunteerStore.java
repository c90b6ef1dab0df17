package civil.eldercare.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Port: the registers of volunteers and needs, the community adjacency, and matching runs. */
public interface VolunteerStore {
  /**
   * Stores a new volunteer.
   *
   * @throws civil.core.error.ConflictException {@code VOLUNTEER_EXISTS} if the id is taken
   */
  Volunteer addVolunteer(Volunteer volunteer);

  Optional<Volunteer> volunteer(String id);

  List<Volunteer> volunteers();

  /**
   * Stores a new need.
   *
   * @throws civil.core.error.ConflictException {@code NEED_EXISTS} if the elder already has one
   */
  Need addNeed(Need need);

  Optional<Need> need(String elderId);

  List<Need> needs();

  /** Replaces the adjacency. */
  void setAdjacency(CommunityAdjacency adjacency);

  CommunityAdjacency adjacency();

  /** Stores the run {@code create} makes from a new id. */
  MatchingRun addRun(Function<String, MatchingRun> create);

  /** Runs dated from {@code from} to {@code to}, in the order run. */
  List<MatchingRun> runsBetween(LocalDate from, LocalDate to);
}
