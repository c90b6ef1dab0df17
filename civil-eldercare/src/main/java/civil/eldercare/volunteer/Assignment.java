package civil.eldercare.volunteer;

import java.util.List;

/** The volunteers assigned to one elder, by volunteer id. */
public record Assignment(String elderId, List<AssignedVolunteer> volunteers) {
  public Assignment {
    volunteers = List.copyOf(volunteers);
  }
}
