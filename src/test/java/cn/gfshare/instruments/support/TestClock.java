package cn.gfshare.instruments.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock, unless a test pins it to another instant to
 * see what the service does then (a no-show after the grace, an expiry after the start). Tokens are
 * checked against the real clock, so a pinned clock does not expire them.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

  private static volatile Duration offset = Duration.ZERO;

  /** From now on the service's "now" is {@code at}, moving on in real time. */
  public static void pin(Instant at) {
    offset = Duration.between(Instant.now(), at);
  }

  public static void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
