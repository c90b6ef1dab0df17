package civil.relief.temporary;

/** Which of the three amounts decided a temporary-relief grant: the smallest wins. */
public enum GrantLimit {
  /** {@code months × S × n}: what was asked for. */
  REQUESTED,
  /** {@code 6 × S}: the most for one case. */
  PER_CASE_CAP,
  /** {@code 12 × S} less what the household was granted earlier in the calendar year. */
  YEARLY_CAP
}
