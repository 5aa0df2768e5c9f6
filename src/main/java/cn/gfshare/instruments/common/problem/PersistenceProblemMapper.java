package cn.gfshare.instruments.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Races the services' own checks cannot see (two replicas writing the same row or natural key at
 * once) end at the database; these answer them as 412/409 problems instead of a 500, without
 * leaking SQL.
 */
public class PersistenceProblemMapper {

  @ServerExceptionMapper(
      value = {OptimisticLockException.class, StaleStateException.class},
      priority = Priorities.USER - 100)
  public Response concurrentUpdate(RuntimeException e) {
    return HttpProblem.builder()
        .withType(URI.create(DomainProblem.TYPE_BASE + "precondition-failed"))
        .withTitle("Precondition failed")
        .withStatus(412)
        .withDetail("The resource was changed concurrently; re-read it and retry with the new ETag")
        .build()
        .toResponse();
  }

  @ServerExceptionMapper(
      value = ConstraintViolationException.class,
      priority = Priorities.USER - 100)
  public Response constraintViolated(ConstraintViolationException e) {
    return HttpProblem.builder()
        .withType(URI.create(DomainProblem.TYPE_BASE + "conflict"))
        .withTitle("Conflict")
        .withStatus(409)
        .withDetail(
            "The change clashes with data written at the same time (a duplicate code?); re-read and retry")
        .build()
        .toResponse();
  }
}
