package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.TooManyRequestsProblem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Fixed one-minute request budgets per client on /api/**, answered with 429 problem+json and
 * Retry-After. Budgets protect a replica from a runaway script; they are per replica by design
 * (nothing here decides correctness, so it need not live in the database).
 */
public class RateLimitFilter {

  private static final int MAX_TRACKED = 50_000;

  @Inject GfConfig config;
  @Inject CurrentIdentityAssociation identities;

  private final Clock clock = Clock.systemUTC();
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long minute, AtomicInteger count) {}

  @ServerRequestFilter
  public Uni<Void> limit(ContainerRequestContext request, HttpServerRequest http) {
    GfConfig.RateLimit limits = config.rateLimit();
    if (!limits.enabled() || !request.getUriInfo().getPath().startsWith("/api/")) {
      return Uni.createFrom().voidItem();
    }
    return identities
        .getDeferredIdentity()
        .onFailure()
        .recoverWithNull()
        .map(
            identity -> {
              String key;
              int budget;
              if (identity == null || identity.isAnonymous()) {
                key =
                    "ip:"
                        + (http.remoteAddress() == null ? "?" : http.remoteAddress().hostAddress());
                budget = limits.anonymousPerMinute();
              } else {
                String name = identity.getPrincipal().getName();
                key = "user:" + name;
                budget = limits.perClient().getOrDefault(name, limits.perMinute());
              }
              count(key, budget);
              return null;
            });
  }

  private void count(String key, int budget) {
    long nowMillis = clock.millis();
    long minute = nowMillis / 60_000;
    if (windows.size() > MAX_TRACKED) {
      windows.values().removeIf(w -> w.minute() < minute);
    }
    Window w =
        windows.compute(
            key,
            (k, old) ->
                old == null || old.minute() != minute
                    ? new Window(minute, new AtomicInteger())
                    : old);
    if (w.count().incrementAndGet() > budget) {
      long retryAfter = Math.max(1, 60 - (nowMillis / 1000) % 60);
      throw new TooManyRequestsProblem(retryAfter);
    }
  }
}
