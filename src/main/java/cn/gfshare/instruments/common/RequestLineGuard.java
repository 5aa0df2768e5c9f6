package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.DomainProblem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests the HTTP layer refuses before any JAX-RS code runs (an over-long URL, a broken {@code %}
 * escape, a body whose Content-Length exceeds the limit) would get an empty error from Vert.x; this
 * answers them first, as problem+json like every other error.
 */
@ApplicationScoped
public class RequestLineGuard {

  /** Longer request targets are no URL of this API (the codec's own limit is set far above). */
  static final int MAX_URI_LENGTH = 8192;

  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  void register(@Observes Filters filters) {
    // ahead of the security and JAX-RS handlers: nothing else should see these requests
    filters.register(this::check, 1000);
  }

  void check(RoutingContext rc) {
    String uri = rc.request().uri();
    if (uri.length() > MAX_URI_LENGTH) {
      refuse(
          rc,
          414,
          "URI too long",
          "The request URL is longer than " + MAX_URI_LENGTH + " characters");
      return;
    }
    if (BAD_ESCAPE.matcher(uri).find()) {
      refuse(rc, 400, "Bad request", "The URL holds a % that does not start an escape such as %20");
      return;
    }
    String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && tooLong(length)) {
      refuse(
          rc,
          413,
          "Content too large",
          "The body is larger than " + maxBodySize.asLongValue() + " bytes");
      return;
    }
    rc.next();
  }

  private static boolean parses(String uri) {
    try {
      new URI(uri);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
    } catch (NumberFormatException e) {
      return false; // the codec itself refuses a malformed Content-Length
    }
  }

  static void refuse(RoutingContext rc, int status, String title, String detail) {
    JsonObject problem =
        new JsonObject()
            .put("type", DomainProblem.TYPE_BASE + "http-" + status)
            .put("title", title)
            .put("status", status);
    if (detail != null) {
      problem.put("detail", detail);
    }
    rc.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
        // the rest of an over-long body is not read: the connection cannot be reused
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(problem.encode());
  }
}
