package cn.gfshare.instruments.common.outage;

import cn.gfshare.instruments.common.CorrelationIdFilter;
import cn.gfshare.instruments.common.problem.DatabaseUnavailableProblem;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * While the database is known to be down, /api requests get 503 before they authenticate or touch
 * the pool. The response is built here rather than thrown: thrown, every one of them would be
 * logged as an ERROR with a stack trace, thousands per second under load, where one warning from
 * {@link DatabaseAvailability} says it all.
 */
public class DatabaseOutageFilter {

  @Inject DatabaseAvailability availability;

  // after CorrelationIdFilter (Priorities.USER), so the id is known
  @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 10)
  public Response rejectWhileDown(ContainerRequestContext request) {
    if (!availability.isDown() || !request.getUriInfo().getPath().startsWith("/api/")) {
      return null;
    }
    return HttpProblem.builder(new DatabaseUnavailableProblem(availability.retryAfterSeconds()))
        .withInstance(URI.create(request.getUriInfo().getPath()))
        .with(
            CorrelationIdFilter.MDC_KEY,
            String.valueOf(request.getProperty(CorrelationIdFilter.MDC_KEY)))
        .build()
        .toResponse();
  }
}
