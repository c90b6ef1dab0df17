package civil.eldercare.daycare;

import civil.core.money.Fraction;

/**
 * A centre's utilisation over a period: attendance-days ÷ (capacity × open days), exact; shown to
 * one decimal percent.
 */
public record Utilisation(String centreId, long attendanceDays, int capacity, long openDays) {
  public Fraction ratio() {
    return Fraction.of(attendanceDays, (long) capacity * openDays);
  }

  public long placeDays() {
    return (long) capacity * openDays;
  }
}
