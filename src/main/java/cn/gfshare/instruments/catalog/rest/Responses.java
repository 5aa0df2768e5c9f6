package cn.gfshare.instruments.catalog.rest;

import cn.gfshare.instruments.common.ETags;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Single-item responses carry the entity's version as a strong ETag; a GET whose If-None-Match
 * names it gets 304. Representations differ for anonymous and signed-in callers (contact details),
 * hence {@code Vary: Authorization}.
 */
final class Responses {

  private Responses() {}

  static <T> RestResponse<T> tagged(T body, long version, String ifNoneMatch) {
    EntityTag tag = new EntityTag(String.valueOf(version));
    if (ifNoneMatch != null && !ifNoneMatch.isBlank() && ETags.matches(ifNoneMatch, version)) {
      return RestResponse.ResponseBuilder.<T>notModified(tag)
          .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
          .build();
    }
    return RestResponse.ResponseBuilder.ok(body)
        .tag(tag)
        .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
        .build();
  }

  static <T> RestResponse<T> tagged(T body, long version) {
    return tagged(body, version, null);
  }

  static <T> RestResponse<T> created(String path, T body, long version) {
    return RestResponse.ResponseBuilder.<T>created(URI.create(path))
        .entity(body)
        .tag(new EntityTag(String.valueOf(version)))
        .build();
  }
}
