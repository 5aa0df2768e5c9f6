package cn.gfshare.instruments.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request a correlation id (the caller's {@code X-Correlation-Id} when it is sane),
 * puts it in the logging MDC so log lines and problem+json bodies carry the same id, and echoes it
 * back.
 */
public class CorrelationIdFilter {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @ServerRequestFilter(preMatching = true)
  public void assign(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.setProperty(MDC_KEY, id);
    MDC.put(MDC_KEY, id);
  }

  @ServerResponseFilter
  public void echo(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(MDC_KEY);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
  }
}
