package cn.gfshare.instruments.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

/**
 * quarkus-rest wraps the parser's own errors (malformed JSON, a key twice, nesting too deep) in a
 * bare "HTTP 400 Bad Request" WebApplicationException; the library renders that as a problem that
 * does not say what is wrong. This swaps in the problem {@link JsonProblemMapper} gives for the
 * parser error itself.
 */
@ApplicationScoped
public class WrappedJsonProblems implements ProblemPostProcessor {

  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
    if (context.cause instanceof WebApplicationException e
        && e.getCause() instanceof JsonProcessingException json) {
      return JsonProblemMapper.problemFor(json);
    }
    return problem;
  }

  @Override
  public int priority() {
    // before ProblemTypeDefaults and the library's processors (instance, correlation id)
    return 300;
  }

  void register(@Observes StartupEvent event) {
    ExceptionMapperBase.postProcessorsRegistry.register(this);
  }
}
