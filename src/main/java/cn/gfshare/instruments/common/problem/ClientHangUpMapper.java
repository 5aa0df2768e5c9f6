package cn.gfshare.instruments.common.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Reading a body fails with an IOException when the client hangs up (an aborted upload, a reset
 * connection). That is the client's doing, not a server error: one DEBUG line, no stack trace, and
 * status 499 (nginx's "client closed request"), so the HTTP metrics count it as neither a 5xx nor a
 * 4xx the service sent to anyone. Other I/O failures stay 500 problems, logged as before.
 */
public class ClientHangUpMapper {

  /** No one reads this status; it labels the request in metrics and access logs. */
  static final int CLIENT_CLOSED_REQUEST = 499;

  private static final Logger LOG = Logger.getLogger(ClientHangUpMapper.class);

  @ServerExceptionMapper(value = IOException.class, priority = JsonProblemMapper.PRIORITY)
  public Response io(IOException e, UriInfo uriInfo) {
    Throwable hangUp = hangUp(e);
    if (hangUp != null) {
      LOG.debugf("client closed the connection during %s: %s", uriInfo.getPath(), hangUp);
      return Response.status(CLIENT_CLOSED_REQUEST).build();
    }
    HttpProblem problem =
        HttpProblem.builder().withTitle("Internal Server Error").withStatus(500).build();
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(problem, ProblemContext.of(e, uriInfo))
        .toResponse();
  }

  static Throwable hangUp(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
        return t;
      }
      if (t instanceof SocketException s
          && s.getMessage() != null
          && (s.getMessage().contains("reset") || s.getMessage().contains("Broken pipe"))) {
        return t;
      }
    }
    return null;
  }
}
