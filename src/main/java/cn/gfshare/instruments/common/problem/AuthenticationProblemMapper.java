package cn.gfshare.instruments.common.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 as problem+json. quarkus-resteasy-problem 3.21's own reactive 401 mappers read a Vert.x field
 * that Quarkus 3.33 no longer has (NoSuchFieldError → 500), so these take precedence over them and
 * then run the library's post-processing (instance, correlation id, logging) like any other
 * problem.
 */
public class AuthenticationProblemMapper {

  @ServerExceptionMapper(
      value = {
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
      },
      priority = Priorities.USER - 100)
  public Response unauthorized(RuntimeException e, UriInfo uriInfo) {
    HttpProblem problem =
        HttpProblem.builder()
            .withType(URI.create(DomainProblem.TYPE_BASE + "unauthorized"))
            .withTitle("Unauthorized")
            .withStatus(401)
            .withDetail("A valid bearer token is required")
            .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .build();
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(problem, ProblemContext.of(e, uriInfo))
        .toResponse();
  }
}
