package cn.gfshare.instruments.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * The service's clock, injectable so time-dependent rules can be reasoned about in one place and
 * tests and scheduled jobs can pin time.
 */
@ApplicationScoped
public class Clocks {
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * The application's clock for code that cannot be injected (entity lifecycle callbacks). Outside
   * a running application (plain unit tests) it is the system clock.
   */
  public static Instant now() {
    ArcContainer container = Arc.container();
    return container == null ? Instant.now() : container.instance(Clock.class).get().instant();
  }
}
