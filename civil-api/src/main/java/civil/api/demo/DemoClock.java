package civil.api.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock the demo data is written by: the loader sets the day before each step, so what the
 * services date "today" (a reversal, say) falls on the day the story says.
 */
public final class DemoClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  public DemoClock(ZoneId zone, LocalDate start) {
    this.zone = zone;
    setDate(start);
  }

  /** Moves the clock to ten in the morning of {@code date}. */
  public void setDate(LocalDate date) {
    now = date.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    DemoClock c = new DemoClock(other, LocalDate.now(this));
    c.now = now;
    return c;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
