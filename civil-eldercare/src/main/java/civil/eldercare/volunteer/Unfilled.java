package civil.eldercare.volunteer;

/**
 * An elder's places left unfilled, and why: nobody can serve this elder ({@code NO_CANDIDATE}), or
 * every volunteer who could is taken ({@code ALL_TAKEN}, with how many could).
 */
public record Unfilled(String elderId, int places, Reason reason, int candidates) {
  /** Why places stay unfilled. */
  public enum Reason {
    NO_CANDIDATE,
    ALL_TAKEN
  }
}
