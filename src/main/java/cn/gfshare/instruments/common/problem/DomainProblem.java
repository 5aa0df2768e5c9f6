package cn.gfshare.instruments.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.Map;

/**
 * Base of the service's domain exceptions. Extending the library's {@link HttpProblem} means one
 * mapper (quarkus-resteasy-problem's) renders every one of them as RFC 9457 problem+json.
 */
public abstract class DomainProblem extends HttpProblem {

  public static final String TYPE_BASE = "https://api.gf-instruments.cn/problems/";

  protected DomainProblem(
      String type, String title, int status, String detail, Map<String, ?> extra) {
    this(type, title, status, detail, extra, Map.of());
  }

  protected DomainProblem(
      String type,
      String title,
      int status,
      String detail,
      Map<String, ?> extra,
      Map<String, ?> headers) {
    super(build(type, title, status, detail, extra, headers));
  }

  private static HttpProblem.Builder build(
      String type,
      String title,
      int status,
      String detail,
      Map<String, ?> extra,
      Map<String, ?> headers) {
    HttpProblem.Builder b =
        HttpProblem.builder()
            .withType(URI.create(TYPE_BASE + type))
            .withTitle(title)
            .withStatus(status)
            .withDetail(detail);
    extra.forEach(b::with);
    headers.forEach(b::withHeader);
    return b;
  }
}
