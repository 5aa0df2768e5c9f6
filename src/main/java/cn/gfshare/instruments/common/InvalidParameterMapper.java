package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.StrictParamConverters.InvalidParameterException;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The same 422 {@link QueryParams} gives for a parameter a resource parses itself. */
public class InvalidParameterMapper {

  @ServerExceptionMapper(value = InvalidParameterException.class, priority = Priorities.USER - 100)
  public Response invalid(InvalidParameterException e, UriInfo uriInfo) {
    InvalidFieldsProblem problem =
        InvalidFieldsProblem.of("invalid-parameter", new FieldViolation(e.name, e.in, e.expected));
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(problem, ProblemContext.of(e, uriInfo))
        .toResponse();
  }
}
