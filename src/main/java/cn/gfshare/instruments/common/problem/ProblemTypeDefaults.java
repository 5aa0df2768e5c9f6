package cn.gfshare.instruments.common.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Problems raised by the framework (404, 405, 415, 400 on bad JSON …) come without a type; RFC 9457
 * reads that as about:blank, but clients find an explicit, documented type easier to switch on.
 */
@ApplicationScoped
public class ProblemTypeDefaults implements ProblemPostProcessor {

  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
    if (problem.getType() != null) {
      return problem;
    }
    return HttpProblem.builder(problem)
        .withType(URI.create(DomainProblem.TYPE_BASE + "http-" + problem.getStatusCode()))
        .build();
  }

  @Override
  public int priority() {
    // before the library's own processors (which add instance and MDC values) see the problem
    return 200;
  }

  void register(@Observes StartupEvent event) {
    ExceptionMapperBase.postProcessorsRegistry.register(this);
  }
}
