package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval [start, end) of instants; start strictly before end. */
public record TimeSlot(Instant start, Instant end) implements Comparable<TimeSlot> {

  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new RuleViolation("slot-order", "start must be before end");
    }
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(TimeSlot other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  @Override
  public int compareTo(TimeSlot o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }
}
